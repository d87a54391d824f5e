import {staticHtml} from '@site/src/components/StaticHtml';

/** The id of the page's heading over the original snippets. */
export const ORIGINAL_POLICIES_ANCHOR = 'the-original-snippets';

/**
 * What the generated policies change from the original snippets, and why:
 * the same for every reader, so the page's HTML carries it and the form's
 * code does not.
 */
export default staticHtml(() => import('./Content'));
