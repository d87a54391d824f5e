/**
 * The form's state, shared by the form and every output on the page: one
 * generation per change, kept in localStorage, restored after hydration, and
 * replaced by a share link's values.
 */
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
  formatShareLink,
  formatStoredForm,
  holdsForm,
  parseShareLink,
  parseStoredForm,
} from '@site/src/utils/formState';
import {isDecodableFragment} from '@site/src/utils/fragment';
import {localStorageRecord} from '@site/src/utils/storage';
import {
  dropFragment,
  takeShareLinks,
} from '@site/src/clientModules/shareLinkFragment';

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

export type StoreState = PolicyFormState | FailedState;

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

const storage = localStorageRecord(STORAGE_KEY);

// The server render, and the first client render that hydrates it, use the
// empty form; stored values arrive right after hydration.
const initialState = createState(EMPTY_VALUES, DEFAULT_OPTIONS);
let state = initialState;
let restored = false;
const listeners = new Set<() => void>();
let stopTakingShareLinks: (() => void) | undefined;

function setState(next: StoreState): void {
  state = next;
  // Storage can be full or disabled (private mode): the form still works.
  storage.write(formatStoredForm(next.values, next.options));
  listeners.forEach((listener) => listener());
}

/** Restores stored values, then lets a share link's fragment win over them. */
function restore(): void {
  const stored = parseStoredForm(storage.read());
  const linked = parseShareLink(window.location.hash);
  const fromShareLink = holdsForm(linked);
  if (fromShareLink || !isDecodableFragment(window.location.hash)) {
    // Once read, the values live in storage: drop them from the address bar so
    // a later reload does not bring back stale link values over newer edits.
    // A fragment that does not decode goes too (see the client module).
    dropFragment();
  }
  if (!fromShareLink && !holdsForm(stored)) {
    // A first visit: the page already shows the empty form, so a new state
    // would re-render it and both policies for nothing while the page starts.
    return;
  }
  // A link reproduces the sender's page: its options, or the defaults for
  // a link from before options were in links.
  const {values, options} = fromShareLink ? linked : stored;
  setState(
    createState(
      {...EMPTY_VALUES, ...values},
      {...DEFAULT_OPTIONS, ...options},
      fromShareLink,
    ),
  );
}

/** A share link opened while the form is on the page; true if it was one. */
function applyShareLink(hash: string): boolean {
  const linked = parseShareLink(hash);
  if (!holdsForm(linked)) {
    return false;
  }
  setState(
    createState(
      {...EMPTY_VALUES, ...linked.values},
      {...DEFAULT_OPTIONS, ...linked.options},
      true,
    ),
  );
  return true;
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!restored) {
    restored = true;
    restore();
  }
  stopTakingShareLinks ??= takeShareLinks(applyShareLink);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopTakingShareLinks?.();
      stopTakingShareLinks = undefined;
    }
  };
}

export const getSnapshot = (): StoreState => state;
export const getServerSnapshot = (): StoreState => initialState;

export function setFieldValue(id: FieldId, value: string): void {
  setState(
    createState(
      {...state.values, [id]: value},
      state.options,
      state.fromShareLink,
    ),
  );
}

export function setOption<Key extends keyof PolicyOptions>(
  key: Key,
  value: PolicyOptions[Key],
): void {
  setState(
    createState(
      state.values,
      {...state.options, [key]: value},
      state.fromShareLink,
    ),
  );
}

export function clearForm(): void {
  setState(createState(EMPTY_VALUES, DEFAULT_OPTIONS));
  // Nothing of the user's stays behind once they clear the form.
  storage.remove();
}

export function shareLinkFor(
  values: FieldValues,
  options: PolicyOptions,
): string {
  const {origin, pathname} = window.location;
  return origin + pathname + formatShareLink(values, options);
}
