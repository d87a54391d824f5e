import {staticHtml} from '@site/src/components/StaticHtml';

/** Where the agent can run, and the sources of each trust policy: in the page's HTML. */
export default staticHtml(() => import('./Content'));
