import {useSyncExternalStore} from 'react';
import {
  DEFAULT_OPTIONS,
  EMPTY_VALUES,
  generatePolicies,
} from '@site/src/utils/policy';
import type {
  FieldId,
  FieldValues,
  GenerationResult,
  PolicyOptions,
} from '@site/src/utils/policy';
import {
  STORAGE_KEY,
  formatShareFragment,
  formatStoredForm,
  parseShareFragment,
  parseStoredForm,
} from '@site/src/utils/formState';

export interface PolicyFormState {
  readonly values: FieldValues;
  readonly options: PolicyOptions;
  /** Generated once per change and shared by the form and both policies. */
  readonly result: GenerationResult;
  /** True when the values came from a share link on this page load. */
  readonly fromShareLink: boolean;
}

function createState(
  values: FieldValues,
  options: PolicyOptions,
  fromShareLink = false,
): PolicyFormState {
  return {
    values,
    options,
    result: generatePolicies(values, options),
    fromShareLink,
  };
}

// The server render, and the first client render that hydrates it, use the
// empty form; stored values arrive right after hydration.
const initialState = createState(EMPTY_VALUES, DEFAULT_OPTIONS);
let state = initialState;
let restored = false;
const listeners = new Set<() => void>();

function setState(next: PolicyFormState): void {
  state = next;
  try {
    localStorage.setItem(
      STORAGE_KEY,
      formatStoredForm(next.values, next.options),
    );
  } catch {
    // Storage can be full or disabled (private mode): the form still works.
  }
  listeners.forEach((listener) => listener());
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Restores stored values, then lets a share link's fragment win over them. */
function restore(): void {
  restored = true;
  const stored = parseStoredForm(readStorage());
  const linked = parseShareFragment(window.location.hash);
  const fromShareLink = Object.keys(linked).length > 0;
  if (fromShareLink) {
    // Once read, the values live in storage: drop them from the address bar so
    // a later reload does not bring back stale link values over newer edits.
    const {pathname, search} = window.location;
    window.history.replaceState(window.history.state, '', pathname + search);
  }
  const values = fromShareLink
    ? {...EMPTY_VALUES, ...linked}
    : {...EMPTY_VALUES, ...stored.values};
  setState(
    createState(values, {...DEFAULT_OPTIONS, ...stored.options}, fromShareLink),
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!restored) {
    restore();
  }
  return () => listeners.delete(listener);
}

export function setFieldValue(id: FieldId, value: string): void {
  setState(
    createState(
      {...state.values, [id]: value},
      state.options,
      state.fromShareLink,
    ),
  );
}

export function setOption(key: keyof PolicyOptions, enabled: boolean): void {
  setState(
    createState(
      state.values,
      {...state.options, [key]: enabled},
      state.fromShareLink,
    ),
  );
}

export function clearForm(): void {
  setState(createState(EMPTY_VALUES, DEFAULT_OPTIONS));
  try {
    // Nothing of the user's stays behind once they clear the form.
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage disabled: there is nothing stored either.
  }
}

export function shareLinkFor(values: FieldValues): string {
  const {origin, pathname} = window.location;
  return origin + pathname + formatShareFragment(values);
}

/** The form's state, shared by every component on the page. */
export function usePolicyForm(): PolicyFormState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => initialState,
  );
}
