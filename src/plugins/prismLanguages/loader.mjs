import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

// prism-react-renderer ships one file: Prism, then some 40 languages, then its
// React code. Setting up those languages (each `insertBefore` walks every
// grammar already defined) costs about 300 ms of main thread on a phone-speed
// CPU before the page can respond; this site highlights JSON only.
const LANGUAGES_START =
  '// src/prism-langs.ts\nvar Prism = __toESM(require_prism());\n';
const LANGUAGES_END = '// src/themes/index.ts';

/**
 * Replaces the languages prism-react-renderer bundles by the given grammars
 * (the text of `prismjs/components/prism-<language>.js`, which assign to
 * `Prism.languages`: here, the bundle's own Prism).
 * @param {string} source prism-react-renderer's dist/index.js or index.mjs
 * @param {readonly string[]} grammars
 * @returns {string}
 */
export function keepLanguages(source, grammars) {
  const start = source.indexOf(LANGUAGES_START);
  const end = source.indexOf(LANGUAGES_END, start);
  if (start < 0 || end < 0) {
    throw new Error(
      'prism-react-renderer no longer has the layout src/plugins/prismLanguages expects: check its dist file and update the loader.',
    );
  }
  return (
    source.slice(0, start + LANGUAGES_START.length) +
    grammars.join('\n') +
    '\n' +
    source.slice(end)
  );
}

/**
 * The grammar file of a language, from the prismjs package.
 * @param {string} language
 */
export function grammarFile(language) {
  return fileURLToPath(
    import.meta.resolve(`prismjs/components/prism-${language}.js`),
  );
}

/**
 * @this {{getOptions(): {languages: string[]}, addDependency(file: string): void}}
 * @param {string} source
 */
export default function prismLanguagesLoader(source) {
  const files = this.getOptions().languages.map(grammarFile);
  files.forEach((file) => this.addDependency(file));
  return keepLanguages(
    source,
    files.map((file) => readFileSync(file, 'utf8')),
  );
}
