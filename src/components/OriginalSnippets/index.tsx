import {staticHtml} from '@site/src/components/StaticHtml';

/**
 * The original page's two snippets, for comparison: the same for every
 * reader, so the page's HTML carries them and the form's code does not.
 */
export default staticHtml(() => import('./Content'));
