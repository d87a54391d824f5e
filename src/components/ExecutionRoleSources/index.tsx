import {staticHtml} from '@site/src/components/StaticHtml';

/** Why each statement of the execution role is there: the page's HTML holds it. */
export default staticHtml(() => import('./Content'));
