/**
 * A page's generator, loaded on demand (onDemand.ts): one generation per
 * change of the form, however many outputs read it, and the result the
 * page's HTML was built with, generated once. Pure TypeScript: no React.
 */
import {rememberLast} from './lastResult';
import {onDemand} from './onDemand';
import type {OnDemand} from './onDemand';
import type {FieldValues, PolicyOptions} from './policy/types';

export type Generate<R> = (values: FieldValues, options: PolicyOptions) => R;

export interface PageEngine<R> {
  readonly generate: Generate<R>;
  /** The result for the form the page's HTML is built with. */
  readonly built: () => R;
}

export function pageEngine<R>(
  load: () => Promise<Generate<R>>,
  builtForm: {readonly values: FieldValues; readonly options: PolicyOptions},
): OnDemand<PageEngine<R>> {
  return onDemand(async () => {
    const generate = await load();
    let built: {readonly result: R} | undefined;
    return {
      generate: rememberLast((values: FieldValues, options: PolicyOptions) =>
        generate(values, options),
      ),
      built: () =>
        (built ??= {result: generate(builtForm.values, builtForm.options)})
          .result,
    };
  });
}
