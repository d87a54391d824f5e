/**
 * Docusaurus's version of this module loads
 * `prismjs/components/prism-${language}` at run time for
 * `prism.additionalLanguages`, and that dynamic require bundles Prism's
 * language loader (27 KB) even when there are none.
 */
export default function prismIncludeLanguages(): void {
  // Nothing to load at run time: src/plugins/prismLanguages compiles the
  // site's languages into Prism at build time.
}
