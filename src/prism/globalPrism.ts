/**
 * Prism's grammar files (`prismjs/components/prism-*.js`) add themselves to
 * a global `Prism`: make it prism-react-renderer's, as Docusaurus's own
 * prism-include-languages does, so that a page can import the grammars only
 * it needs. Import this before any grammar.
 *
 * A page must import every grammar its code blocks use, and Markdown blocks
 * in other languages are written as `text`: the server renders every page
 * with every page's grammars, so a block its own page does not load would be
 * highlighted on the server only, and fail to hydrate (React error 418).
 * https://docusaurus.io/docs/markdown-features/code-blocks#supported-languages
 */
import {Prism} from 'prism-react-renderer';

(globalThis as {Prism?: typeof Prism}).Prism = Prism;
