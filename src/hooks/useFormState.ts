import {useSyncExternalStore} from 'react';
import {
  getServerSnapshot,
  getSnapshot,
  subscribe,
} from '@site/src/stores/policyForm';
import type {FormState} from '@site/src/stores/policyForm';

/** The values and options every page of the set-up shares. */
export function useFormState(): FormState {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
