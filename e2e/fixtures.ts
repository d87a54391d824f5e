import {resolve} from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {test as base, expect} from '@playwright/test';
import type {Locator, Page} from '@playwright/test';
import {isPageReady} from '../scripts/page-ready.mjs';
import {FIELD_NAMES} from '../src/utils/policy';
import type {FieldId} from '../src/utils/policy';

/** The build under test: the one playwright.config.ts serves. */
export const BUILD_DIR = resolve(
  __dirname,
  '..',
  process.env.E2E_BUILD_DIR ?? 'build',
);

interface ConsoleWatch {
  readonly problems: string[];
  readonly expected: RegExp[];
}

interface ConsoleFixtures {
  /** Watches the test's whole browser context; checks it at the end. */
  consoleWatch: ConsoleWatch;
  /**
   * Console errors and warnings, and uncaught exceptions, from every page of
   * the test's context, as `type: text` (`pageerror: message` for an
   * exception). A test may take them out as it goes (the fuzz tests answer
   * for each run's own); whatever is left fails the test.
   */
  consoleProblems: string[];
  /**
   * Names messages the test causes on purpose: each pattern must match at
   * least one problem by the end (so the test shows it caused what it meant
   * to), and the problems it matches are allowed. Anything else still fails.
   */
  expectConsoleErrors: (...patterns: RegExp[]) => void;
}

/**
 * Every test fails on a console error or warning, or an uncaught exception,
 * as typescript-eslint's website tests do, but those it names with
 * `expectConsoleErrors`.
 */
// Playwright's `use` is named `provide` here: the React hooks lint takes
// `use(…)` for React's hook.
export const test = base.extend<ConsoleFixtures>({
  consoleWatch: [
    async ({context}, provide) => {
      const watch: ConsoleWatch = {problems: [], expected: []};
      context.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          watch.problems.push(`${message.type()}: ${message.text()}`);
        }
      });
      context.on('weberror', (error) =>
        watch.problems.push(`pageerror: ${error.error().message}`),
      );
      await provide(watch);
      const seen = new Set<RegExp>();
      const unexpected = watch.problems.filter((problem) => {
        const pattern = watch.expected.find((p) => p.test(problem));
        if (pattern) {
          seen.add(pattern);
        }
        return pattern === undefined;
      });
      expect(unexpected, 'console errors and warnings').toEqual([]);
      expect(
        watch.expected.filter((pattern) => !seen.has(pattern)),
        'expected console errors that never came',
      ).toEqual([]);
    },
    {auto: true},
  ],
  consoleProblems: async ({consoleWatch}, provide) => {
    await provide(consoleWatch.problems);
  },
  expectConsoleErrors: async ({consoleWatch}, provide) => {
    await provide((...patterns) => {
      consoleWatch.expected.push(...patterns);
    });
  },
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
    // Every rule still runs and every violation is reported with all its
    // nodes; only the passes and incomplete results, which no test reads,
    // get one node each instead of a selector for every node of the page.
    // Before withTags: options() replaces every option set so far.
    .options({resultTypes: ['violations']})
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

/** One of the two live policies' code blocks, found by its file name. */
export function policyBlock(page: Page, name: 'agent' | 'sagemaker'): Locator {
  return page
    .locator('.theme-code-block')
    .filter({hasText: `wandb-launch-${name}-policy.json`});
}

/** The text input for a placeholder, found by its label. */
export function fieldInput(page: Page, id: FieldId): Locator {
  return page.locator('input').and(page.getByLabel(FIELD_NAMES[id]));
}

/**
 * The text of a code block as users copy it. Docusaurus renders each line as a
 * block with a <br>, so innerText doubles every newline: undo that.
 */
export async function codeBlockText(block: Locator): Promise<string> {
  // Outputs follow the form in a transition, marked busy until they catch up
  // (useDeferredFormState): read what the reader sees once the page is done.
  await expect(block.page().locator('[aria-busy="true"]')).toHaveCount(0);
  const text = await block.locator('pre code').innerText();
  return text.replace(/\n\n/g, '\n').replace(/\n$/, '');
}
