import {use, useEffect, useSyncExternalStore} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type {OnDemand} from '@site/src/utils/onDemand';

// A pointer over the page too: a mouse comes over a button before it clicks
// it, so the code is there by the click.
const INTERACTIONS = [
  'pointerover',
  'pointerdown',
  'keydown',
  'focusin',
  'touchstart',
];

/**
 * The code once loaded, started when `needed` holds; undefined until then in
 * the browser. On the server it is always there: rendering waits for it (no
 * Suspense boundary above, so the page's HTML holds what it renders).
 */
export function useOnDemand<T>(
  code: OnDemand<T>,
  needed: boolean,
): T | undefined {
  const loaded = useSyncExternalStore(code.subscribe, code.current, () =>
    ExecutionEnvironment.canUseDOM ? undefined : code.current(),
  );
  useEffect(() => {
    if (needed) {
      // A failure is thrown where the value is read (code.current).
      code.load().catch(() => undefined);
    }
  }, [code, needed]);
  if (!ExecutionEnvironment.canUseDOM) {
    return loaded ?? use(code.load());
  }
  return loaded;
}

/**
 * Starts loading the code at the reader's first pointer, touch, key or focus
 * anywhere on the page, so that it is there by the time they type or copy.
 */
export function useLoadOnInteraction(code: OnDemand<unknown>): void {
  useEffect(() => {
    const start = (): void => {
      stop();
      code.load().catch(() => undefined);
    };
    const stop = (): void => {
      for (const type of INTERACTIONS) {
        document.removeEventListener(type, start, true);
      }
    };
    for (const type of INTERACTIONS) {
      document.addEventListener(type, start, {capture: true, passive: true});
    }
    return stop;
  }, [code]);
}
