/** Highlights ini code blocks on the pages that import this, and only there. */
import './globalPrism';
import 'prismjs/components/prism-ini';
