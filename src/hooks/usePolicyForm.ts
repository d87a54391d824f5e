import {generatePolicies} from '@site/src/utils/policy';
import type {
  FieldValues,
  GenerationResult,
  PolicyOptions,
} from '@site/src/utils/policy';
import {rememberLast} from '@site/src/utils/lastResult';
import {useDeferredFormState} from '@site/src/hooks/useDeferredFormState';
import type {DeferredFormState} from '@site/src/hooks/useDeferredFormState';

export interface PolicyFormState extends DeferredFormState {
  /** Generated once per change and shared by the form and both policies. */
  readonly result: GenerationResult;
}

const generateOnce = rememberLast(
  (values: FieldValues, options: PolicyOptions) =>
    generatePolicies(values, options),
);

/**
 * The form's state with both policies, deferred behind the fields (see
 * useDeferredFormState). Throws what the generator threw, while
 * rendering, for the nearest error boundary to show its fallback.
 */
export function usePolicyForm(): PolicyFormState {
  const state = useDeferredFormState();
  return {...state, result: generateOnce(state.values, state.options)};
}
