/**
 * Code that a page loads only when the reader needs it: one import, started
 * by the first `load()`, shared by every caller, with listeners told when it
 * settles. Pure TypeScript: no React.
 */
export interface OnDemand<T> {
  /** The loaded value; undefined until then. Throws what a failed load threw. */
  readonly current: () => T | undefined;
  /** Starts the import if it has not started; the same promise every time. */
  readonly load: () => Promise<T>;
  /** Whether the import has started, loaded or failed. */
  readonly status: () => Status;
  /** Called when the import starts, and when it settles. */
  readonly subscribe: (listener: () => void) => () => void;
}

type Status = 'idle' | 'loading' | 'loaded' | 'failed';

type State<T> =
  | {readonly status: 'idle' | 'loading'}
  | {readonly status: 'loaded'; readonly value: T}
  | {readonly status: 'failed'; readonly error: unknown};

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let state: State<T> = {status: 'idle'};
  let promise: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  const settle = (next: State<T>): void => {
    state = next;
    for (const listener of [...listeners]) {
      listener();
    }
  };
  return {
    current() {
      if (state.status === 'failed') {
        throw state.error;
      }
      return state.status === 'loaded' ? state.value : undefined;
    },
    load() {
      if (promise === undefined) {
        settle({status: 'loading'});
        promise = importer().then(
          (value) => {
            settle({status: 'loaded', value});
            return value;
          },
          (error: unknown) => {
            settle({status: 'failed', error});
            throw error;
          },
        );
      }
      return promise;
    },
    status: () => state.status,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
