import {staticHtml} from '@site/src/components/StaticHtml';

/**
 * The original page's policies, for comparison: static HTML, without copy
 * buttons or the code that would make them, since nobody should paste them.
 */
export default staticHtml(() => import('@site/docs/_original-snippets.mdx'));
