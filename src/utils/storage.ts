/**
 * One browser-storage record, fail-safe: storage can be disabled (private
 * modes, blocked cookies), full, or absent (server render). Not Docusaurus's
 * `createStorageSlot`: it reports failures only to the console, and the form
 * must know when a value was not kept.
 */
export interface StorageRecord {
  readonly read: () => string | null;
  /** False when the browser refused to keep the value. */
  readonly write: (value: string) => boolean;
  readonly remove: () => void;
}

function attempt<T>(action: (storage: Storage) => T, fallback: T): T {
  try {
    return action(window.localStorage);
  } catch {
    return fallback;
  }
}

export function localStorageRecord(key: string): StorageRecord {
  return {
    read: () => attempt((storage) => storage.getItem(key), null),
    write: (value) =>
      attempt((storage) => {
        storage.setItem(key, value);
        return true;
      }, false),
    remove: () => attempt((storage) => storage.removeItem(key), undefined),
  };
}
