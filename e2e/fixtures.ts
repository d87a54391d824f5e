import AxeBuilder from '@axe-core/playwright';
import {test as base, expect} from '@playwright/test';
import type {Locator, Page} from '@playwright/test';
import {isPageReady} from '../scripts/page-ready.mjs';

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

/** Waits until the page is hydrated and its code blocks are live. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(isPageReady);
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
