import {use, useEffect, useLayoutEffect, useSyncExternalStore} from 'react';
import type {ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type {OnDemand} from '@site/src/utils/onDemand';
import type {PageEngine} from '@site/src/utils/pageEngine';
import {sameForm} from '@site/src/utils/sameForm';
import {getServerSnapshot, getSnapshot} from '@site/src/stores/policyForm';
import {useDeferredFormState} from '@site/src/hooks/useDeferredFormState';
import type {DeferredFormState} from '@site/src/hooks/useDeferredFormState';
import {useOnDemand} from '@site/src/hooks/useOnDemand';

export interface Generated<R> extends DeferredFormState {
  /** Generated once per change and shared by the page's form and outputs. */
  readonly result: R;
  /** The result the page's HTML was built with (an empty form's). */
  readonly built: R;
}

/** The form the page's HTML is built with. */
export const BUILT_FORM = getServerSnapshot();

const inHtml = new Map<string, unknown>();

/** The built result the page's HTML holds (BuiltResult), if it holds one: not after a client-side navigation. */
function builtInHtml<R>(id: string): R | null {
  if (!inHtml.has(id)) {
    const text = document.getElementById(id)?.textContent;
    inHtml.set(id, text ? JSON.parse(text) : null);
  }
  return inHtml.get(id) as R | null;
}

/**
 * The page's result for the form's deferred state (useDeferredFormState).
 * Until the page's engine has loaded (at the reader's first interaction, or
 * at once for a form other than the built one), the result the page's HTML
 * holds as JSON under `builtId`: outputs marked busy while it is not theirs.
 * Throws what the generator threw, for the nearest error boundary.
 */
export function useGenerated<R>(
  engine: OnDemand<PageEngine<R>>,
  builtId: string,
): Generated<R> {
  const state = useDeferredFormState();
  const {busyRef} = state;
  const asBuilt = sameForm(state, BUILT_FORM);
  const fromHtml = ExecutionEnvironment.canUseDOM
    ? builtInHtml<R>(builtId)
    : null;
  const loaded = useOnDemand(engine, !asBuilt || fromHtml === null);
  const waiting = loaded === undefined && !asBuilt;
  useLayoutEffect(() => {
    if (waiting) {
      busyRef.current?.setAttribute('aria-busy', 'true');
    } else if (sameForm(state, getSnapshot())) {
      busyRef.current?.removeAttribute('aria-busy');
    }
  }, [waiting, state, busyRef]);
  if (loaded === undefined) {
    // Without the built result: on the server, rendering waits for the
    // engine; in the browser, WaitsForEngine renders this only once loaded.
    const built =
      fromHtml ??
      (ExecutionEnvironment.canUseDOM ? undefined : use(engine.load()).built());
    if (built === undefined) {
      throw new Error('useGenerated ran before its engine had loaded.');
    }
    return {...state, result: built, built};
  }
  return {
    ...state,
    result: loaded.generate(state.values, state.options),
    built: fromHtml ?? loaded.built(),
  };
}

/**
 * Renders its children once they can show a result: at once where the
 * page's HTML holds the built result, else (a client-side navigation) once
 * the engine has loaded. Suspending inside useGenerated instead would replay
 * the components after it with other hooks (React error 467).
 */
export function WaitsForEngine<R>({
  engine,
  builtId,
  children,
}: {
  readonly engine: OnDemand<PageEngine<R>>;
  readonly builtId: string;
  readonly children: ReactNode;
}): ReactNode {
  const loaded = useSyncExternalStore(
    engine.subscribe,
    () => engine.current() !== undefined,
    () => true,
  );
  const ready = loaded || builtInHtml(builtId) !== null;
  useEffect(() => {
    if (!ready) {
      engine.load().catch(() => undefined);
    }
  }, [engine, ready]);
  return ready ? children : null;
}
