/**
 * False for a fragment that does not percent-decode, such as `#%E0`:
 * Docusaurus decodes the fragment to scroll to it when it changes, and would
 * throw. Kept apart from the share-link parsing so that the client module
 * that guards every page imports nothing else.
 */
export function isDecodableFragment(hash: string): boolean {
  try {
    decodeURIComponent(hash.startsWith('#') ? hash.slice(1) : hash);
    return true;
  } catch {
    return false;
  }
}
