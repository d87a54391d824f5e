import {startTransition, useEffect, useState} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

/**
 * False on the server and while hydrating; true at once when the page is
 * mounted by a client-side navigation. After hydration the live output takes
 * over in a transition: React renders it in short slices that leave the main
 * thread free, where a synchronous swap was one long task on a slow phone.
 */
export function useIsLive(): boolean {
  const mountedAfterHydration = useIsBrowser();
  const [live, setLive] = useState(mountedAfterHydration);
  useEffect(() => {
    if (!live) {
      startTransition(() => setLive(true));
    }
  }, [live]);
  return live;
}
