/** Highlights hcl code blocks on the pages that import this, and only there. */
import './globalPrism';
import 'prismjs/components/prism-hcl';
