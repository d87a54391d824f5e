/**
 * The form's state, shared by every page of the set-up and every output on
 * them: the values and options, kept in localStorage, restored after
 * hydration, and replaced by a share link's values. What each page generates
 * from them is the page's own (`useGenerated`), so no page loads another's
 * generators.
 */
import {DEFAULT_OPTIONS} from '@site/src/utils/policy/options';
import {EMPTY_VALUES} from '@site/src/utils/policy/fields';
import type {
  FieldId,
  FieldValues,
  PolicyOptions,
} from '@site/src/utils/policy/types';
import {
  STORAGE_KEY,
  formatShareLink,
  formatStoredForm,
  holdsForm,
  parseShareLink,
  parseStoredForm,
  replacedByLink,
} from '@site/src/utils/formState';
import type {StoredForm} from '@site/src/utils/formState';
import {isDecodableFragment} from '@site/src/utils/fragment';
import {localStorageRecord} from '@site/src/utils/storage';
import {
  dropFragment,
  takeShareLinks,
} from '@site/src/clientModules/shareLinkFragment';

export interface FormState {
  readonly values: FieldValues;
  readonly options: PolicyOptions;
  /** True when the values came from a share link on this page load. */
  readonly fromShareLink: boolean;
  /** What the share link replaced of the reader's own form, said and undoable. */
  readonly replaced?:
    | {
        readonly message: string;
        readonly values: FieldValues;
        readonly options: PolicyOptions;
      }
    | undefined;
  /** True when the browser refused to keep the last change (storage disabled or full). */
  readonly notKept?: boolean | undefined;
}

type Extra = Pick<FormState, 'fromShareLink' | 'replaced'>;

function createState(
  values: FieldValues,
  options: PolicyOptions,
  extra: Extra = {fromShareLink: false},
): FormState {
  return {values, options, ...extra};
}

/** What a change keeps of the state it changes. */
const extraOf = ({fromShareLink, replaced}: FormState): Extra => ({
  fromShareLink,
  replaced,
});

/** The form as a stored record or a link gives it, with the defaults. */
const complete = ({values, options}: StoredForm) =>
  [
    {...EMPTY_VALUES, ...values},
    {...DEFAULT_OPTIONS, ...options},
  ] as const;

const storage = localStorageRecord(STORAGE_KEY);

// The server render, and the first client render that hydrates it, use the
// empty form; stored values arrive right after hydration.
const initialState = createState(EMPTY_VALUES, DEFAULT_OPTIONS);
let state = initialState;
let restored = false;
const listeners = new Set<() => void>();
let stopTakingShareLinks: (() => void) | undefined;

function setState(next: FormState, keep = true): void {
  // Storage can be full or disabled (private mode): the form still works,
  // and says that it cannot keep the values.
  const notKept = keep
    ? !storage.write(formatStoredForm(next.values, next.options))
    : state.notKept;
  state = {...next, notKept};
  listeners.forEach((listener) => listener());
}

/**
 * Another tab changed the record: take its form, so that the tabs stay in
 * step and neither writes back what the other changed or cleared.
 */
function handleStorage(event: StorageEvent): void {
  if (event.key === STORAGE_KEY || event.key === null) {
    const [values, options] = complete(parseStoredForm(event.newValue));
    setState(createState(values, options), false);
  }
}

/**
 * Restores stored values, then lets a share link's fragment win over them.
 * Runs before the first change, so a keystroke is applied over it, never
 * under it.
 */
function restore(): void {
  if (restored) {
    return;
  }
  restored = true;
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
    // would re-render it and every output for nothing while the page starts.
    return;
  }
  const [values, options] = complete(stored);
  setState(createState(values, options), !fromShareLink);
  if (fromShareLink) {
    applyLink(linked);
  }
}

/**
 * A link reproduces the sender's page: its values and options (the defaults
 * for a link from before options were in links), saying what it replaced.
 */
function applyLink(linked: StoredForm): void {
  const [values, options] = complete(linked);
  const message = replacedByLink(state, {values, options});
  setState(
    createState(values, options, {
      fromShareLink: true,
      replaced:
        message === undefined
          ? undefined
          : {message, values: state.values, options: state.options},
    }),
  );
}

/** A share link opened while the form is on the page; true if it was one. */
function applyShareLink(hash: string): boolean {
  const linked = parseShareLink(hash);
  if (!holdsForm(linked)) {
    return false;
  }
  restore();
  applyLink(linked);
  return true;
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  restore();
  if (stopTakingShareLinks === undefined) {
    const stopTaking = takeShareLinks(applyShareLink);
    window.addEventListener('storage', handleStorage);
    stopTakingShareLinks = () => {
      stopTaking();
      window.removeEventListener('storage', handleStorage);
    };
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopTakingShareLinks?.();
      stopTakingShareLinks = undefined;
    }
  };
}

export const getSnapshot = (): FormState => state;
export const getServerSnapshot = (): FormState => initialState;

export function setFieldValue(id: FieldId, value: string): void {
  restore();
  setState(
    createState({...state.values, [id]: value}, state.options, extraOf(state)),
  );
}

export function setOption<Key extends keyof PolicyOptions>(
  key: Key,
  value: PolicyOptions[Key],
): void {
  restore();
  setState(
    createState(state.values, {...state.options, [key]: value}, extraOf(state)),
  );
}

/** Takes back the values and options a share link replaced. */
export function restoreReplaced(): void {
  const {replaced} = state;
  if (replaced !== undefined) {
    setState(createState(replaced.values, replaced.options));
  }
}

export function clearForm(): void {
  restore();
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
