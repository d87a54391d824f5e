import {
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type {RefObject} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {
  getServerSnapshot,
  getSnapshot,
  subscribe,
} from '@site/src/stores/policyForm';
import type {FormState} from '@site/src/stores/policyForm';

export interface DeferredFormState extends FormState {
  /**
   * For the output's element: marked `aria-busy` while it shows an earlier
   * state than the form's fields.
   */
  readonly busyRef: RefObject<HTMLDivElement | null>;
}

/**
 * The form's state for what it fills in. The fields read the store at once
 * (useFormState); the outputs take each change in a transition, which React
 * renders after the key's own update has painted and interrupts when the
 * next key comes. They are not subscribed with useSyncExternalStore, whose
 * updates are always urgent: so a key press renders the form alone.
 */
export function useDeferredFormState(): DeferredFormState {
  // While hydrating, the server's state: the store may hold values already.
  const isBrowser = useIsBrowser();
  const [state, setState] = useState(() =>
    isBrowser ? getSnapshot() : getServerSnapshot(),
  );
  const busyRef = useRef<HTMLDivElement>(null);
  const committed = useRef(state);
  useEffect(() => {
    const update = (): void => {
      const next = getSnapshot();
      if (next === committed.current) {
        return;
      }
      // Set on the element, not as state: a state update would render the
      // output urgently, the work this hook keeps off the key press.
      busyRef.current?.setAttribute('aria-busy', 'true');
      startTransition(() => setState(next));
    };
    const unsubscribe = subscribe(update);
    // A change between the render and the subscription (restored values).
    update();
    return unsubscribe;
  }, []);
  useLayoutEffect(() => {
    committed.current = state;
    // An older transition can commit while a newer one waits: busy until
    // the output shows the store's latest state.
    if (state === getSnapshot()) {
      busyRef.current?.removeAttribute('aria-busy');
    }
  }, [state]);
  return {...state, busyRef};
}
