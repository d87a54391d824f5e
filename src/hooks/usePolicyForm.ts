import {useSyncExternalStore} from 'react';
import {
  getServerSnapshot,
  getSnapshot,
  subscribe,
} from '@site/src/stores/policyForm';
import type {PolicyFormState} from '@site/src/stores/policyForm';

/**
 * The form's state, shared by every component on the page. Throws what the
 * generator threw, for the nearest error boundary to show its fallback.
 */
export function usePolicyForm(): PolicyFormState {
  const current = useSyncExternalStore(
    subscribe,
    getSnapshot,
    getServerSnapshot,
  );
  if ('failure' in current) {
    throw current.failure;
  }
  return current;
}
