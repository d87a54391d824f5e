/**
 * True once the page is ready to use: Docusaurus marks the document when React
 * has hydrated it, and each code block has its buttons once it is live (the
 * policies take over from the server's text just after hydration), except
 * those in static HTML that is never hydrated (src/components/StaticHtml).
 * Passed to
 * Playwright's `waitForFunction` by the e2e tests and the benchmark, so it
 * runs in the page and must not refer to anything outside itself.
 * @returns {boolean}
 */
export function isPageReady() {
  return (
    document.documentElement.dataset.hasHydrated === 'true' &&
    [
      ...document.querySelectorAll(
        '.theme-code-block:not([data-static-html] .theme-code-block)',
      ),
    ].every((block) => block.querySelector('button') !== null)
  );
}
