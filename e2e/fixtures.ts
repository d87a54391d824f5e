import AxeBuilder from '@axe-core/playwright';
import {test as base, expect} from '@playwright/test';
import type {Locator, Page} from '@playwright/test';

/**
 * Every test fails on a console error or warning, or an uncaught exception,
 * as typescript-eslint's website tests do.
 */
export const test = base.extend<{consoleProblems: string[]}>({
  consoleProblems: [
    async ({page}, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          problems.push(`${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) =>
        problems.push(`pageerror: ${error.message}`),
      );
      await use(problems);
      expect(problems, 'console errors and warnings').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};

/**
 * Waits for the page to be ready: Docusaurus marks the document once React has
 * hydrated it, and each code block has its buttons once it is live (the
 * policies take over from the server's text just after hydration).
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.hasHydrated === 'true' &&
      [...document.querySelectorAll('.theme-code-block')].every((block) =>
        block.querySelector('button'),
      ),
  );
}

export async function gotoHydrated(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({page})
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    })),
  ).toEqual([]);
}

/**
 * The text of a code block as users copy it. Docusaurus renders each line as a
 * block with a <br>, so innerText doubles every newline: undo that.
 */
export async function codeBlockText(block: Locator): Promise<string> {
  const text = await block.locator('pre code').innerText();
  return text.replace(/\n\n/g, '\n').replace(/\n$/, '');
}
