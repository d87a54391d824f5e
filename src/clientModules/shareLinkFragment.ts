/**
 * Watches the address bar's fragment on every page, for two reasons:
 *
 * - A share link pasted into the address bar of the open page changes only
 *   the fragment: the page does not reload, so the form (when it is on the
 *   page) applies its values here, as on load.
 * - A fragment that does not percent-decode (`#%E0`) is stopped: Docusaurus
 *   decodes a changed fragment to scroll to it, and its URIError takes the
 *   whole page down. Delete this part when upstream catches that error:
 *   https://github.com/facebook/docusaurus/blob/main/packages/docusaurus/src/client/ClientLifecyclesDispatcher.tsx
 *   (`scrollAfterNavigation`).
 *
 * It imports nothing of the form, so pages without one stay light.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {isDecodableFragment} from '@site/src/utils/fragment';

/** Applies a share link; true when the fragment was one. */
type ShareLinkHandler = (hash: string) => boolean;

let shareLinkHandler: ShareLinkHandler | undefined;

/** Lets the form take share links while it is on the page. */
export function takeShareLinks(handler: ShareLinkHandler): () => void {
  shareLinkHandler = handler;
  return () => {
    if (shareLinkHandler === handler) {
      shareLinkHandler = undefined;
    }
  };
}

/** Removes the fragment from the address bar, without a navigation. */
export function dropFragment(): void {
  const {pathname, search} = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}

/**
 * Applies the share link a changed fragment holds, if the form is on the
 * page. True when the fragment must leave the address bar: a share link, as
 * on load, or a fragment that does not decode.
 */
function takeFragment(hash: string): boolean {
  const isShareLink = shareLinkHandler?.(hash) ?? false;
  return isShareLink || !isDecodableFragment(hash);
}

/** The Navigation API's navigate event, where the browser has that API. */
interface NavigateEvent extends Event {
  readonly hashChange: boolean;
  readonly destination: {readonly url: string};
}

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
 * Navigation API; back and forward). It runs after the router has read the
 * address, so there it cannot stop Docusaurus's URIError.
 */
function handleFragmentChange(): void {
  if (takeFragment(window.location.hash)) {
    dropFragment();
  }
}

/** Adds the listeners; returns what removes them. */
export function watchFragment(): () => void {
  const {navigation} = window as {navigation?: EventTarget};
  navigation?.addEventListener('navigate', handleNavigate);
  window.addEventListener('popstate', handleFragmentChange);
  return () => {
    navigation?.removeEventListener('navigate', handleNavigate);
    window.removeEventListener('popstate', handleFragmentChange);
  };
}

if (ExecutionEnvironment.canUseDOM) {
  watchFragment();
}
