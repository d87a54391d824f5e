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
  isDecodableFragment,
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

/** What the generator threw for these values, in place of a result. */
interface FailedState extends Omit<PolicyFormState, 'result'> {
  readonly failure: unknown;
}

type StoreState = PolicyFormState | FailedState;

function createState(
  values: FieldValues,
  options: PolicyOptions,
  fromShareLink = false,
): StoreState {
  try {
    return {
      values,
      options,
      result: generatePolicies(values, options),
      fromShareLink,
    };
  } catch (failure) {
    // Kept, and thrown by usePolicyForm while rendering, where the error
    // boundaries of the form and of each policy catch it. Thrown here, at
    // import or in an event handler, it would escape them: the page would
    // not hydrate, or would go on showing the last policies.
    return {values, options, fromShareLink, failure};
  }
}

// The server render, and the first client render that hydrates it, use the
// empty form; stored values arrive right after hydration.
const initialState = createState(EMPTY_VALUES, DEFAULT_OPTIONS);
let state = initialState;
let restored = false;
const listeners = new Set<() => void>();

function setState(next: StoreState): void {
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

/** Removes the fragment from the address bar, without a navigation. */
function dropFragment(): void {
  const {pathname, search} = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}

/** Restores stored values, then lets a share link's fragment win over them. */
function restore(): void {
  restored = true;
  const stored = parseStoredForm(readStorage());
  const linked = parseShareFragment(window.location.hash);
  const fromShareLink = Object.keys(linked).length > 0;
  if (fromShareLink || !isDecodableFragment(window.location.hash)) {
    // Once read, the values live in storage: drop them from the address bar so
    // a later reload does not bring back stale link values over newer edits.
    // A fragment that does not decode goes too (see handleNavigate).
    dropFragment();
  }
  const nothingStored =
    Object.keys(stored.values).length === 0 &&
    Object.keys(stored.options).length === 0;
  if (!fromShareLink && nothingStored) {
    // A first visit: the page already shows the empty form, so a new state
    // would re-render it and both policies for nothing while the page starts.
    return;
  }
  const values = fromShareLink
    ? {...EMPTY_VALUES, ...linked}
    : {...EMPTY_VALUES, ...stored.values};
  setState(
    createState(values, {...DEFAULT_OPTIONS, ...stored.options}, fromShareLink),
  );
}

/**
 * Applies the share link a changed fragment holds, if any, while the form is
 * on the page. True when the fragment must leave the address bar: a share
 * link, as on load, or a fragment that does not decode (see handleNavigate).
 */
function takeFragment(hash: string): boolean {
  const linked = listeners.size > 0 ? parseShareFragment(hash) : {};
  const isShareLink = Object.keys(linked).length > 0;
  if (isShareLink) {
    setState(createState({...EMPTY_VALUES, ...linked}, state.options, true));
  }
  return isShareLink || !isDecodableFragment(hash);
}

/** The Navigation API's navigate event, where the browser has that API. */
interface NavigateEvent extends Event {
  readonly hashChange: boolean;
  readonly destination: {readonly url: string};
}

/**
 * A share link pasted into the address bar of the open page changes only the
 * fragment: the page does not reload, so its values are applied here, as on
 * load. A fragment that does not percent-decode (`#%E0`) is stopped too:
 * Docusaurus decodes a changed fragment to scroll to it, and its URIError
 * would take the whole page down.
 */
function handleNavigate(event: Event): void {
  const {hashChange, destination} = event as NavigateEvent;
  if (!hashChange || !event.cancelable) {
    return; // Back and forward: handleFragmentChange does what it can.
  }
  if (takeFragment(new URL(destination.url).hash)) {
    // Neither the router nor the address bar sees it; and the address bar
    // ends without a fragment, not with the one the page had before (found
    // by e2e/fuzz.spec.ts).
    event.preventDefault();
    dropFragment();
  }
}

/**
 * The fallback where the fragment changed anyway (browsers without the
 * Navigation API; back and forward): apply a share link and drop it from the
 * address bar. It runs after the router has read the address, so there it
 * cannot stop Docusaurus's URIError.
 */
function handleFragmentChange(): void {
  if (takeFragment(window.location.hash)) {
    dropFragment();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!restored) {
    restore();
    const {navigation} = window as {navigation?: EventTarget};
    navigation?.addEventListener('navigate', handleNavigate);
    window.addEventListener('popstate', handleFragmentChange);
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

/**
 * The form's state, shared by every component on the page. Throws what the
 * generator threw, for the nearest error boundary to show its fallback.
 */
export function usePolicyForm(): PolicyFormState {
  const current = useSyncExternalStore(
    subscribe,
    () => state,
    () => initialState,
  );
  if ('failure' in current) {
    throw current.failure;
  }
  return current;
}
