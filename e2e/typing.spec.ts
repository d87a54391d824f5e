/**
 * The outputs follow the form in a deferred render (useDeferredFormState):
 * typing fast on a phone-class CPU must still leave every output, and what
 * its buttons copy and download, equal to the engine's result for the final
 * values. The keys and values are the bench's (scripts/bench/pages.mjs).
 */
import type {Locator, Page} from '@playwright/test';
import {FORM_PAGES} from '../scripts/bench/pages.mjs';
import {
  codeBlockText,
  expect,
  fieldInput,
  gotoHydrated,
  policyBlock,
  test,
} from './fixtures';
import {
  DEFAULT_OPTIONS,
  EMPTY_VALUES,
  generatePolicies,
} from '../src/utils/policy';
import type {FieldId, FieldValues} from '../src/utils/policy';
import {POLICY_FILE_NAMES} from '../src/utils/policyDisplay';
import {generateApplyPoliciesPage} from '../src/utils/setup/applyPoliciesPage';
import {generateExecutionRolePage} from '../src/utils/setup/executionRolePage';
import {generateQueuePage} from '../src/utils/setup/queuePage';

interface Output {
  readonly block: Locator;
  readonly filename: string;
  readonly text: string;
}

/** Each page's outputs for these values, as the engine writes them. */
const OUTPUTS: Readonly<
  Record<string, (page: Page, values: FieldValues) => Output[]>
> = {
  '/': (page, values) => {
    const result = generatePolicies(values, DEFAULT_OPTIONS);
    return (['agent', 'sagemaker'] as const).flatMap((policy) => {
      const generated = result[policy];
      return generated === undefined
        ? []
        : [
            {
              block: policyBlock(page, policy),
              filename: POLICY_FILE_NAMES[policy],
              text: generated.text,
            },
          ];
    });
  },
  ...Object.fromEntries(
    (
      [
        ['/execution-role', generateExecutionRolePage],
        ['/apply-policies', generateApplyPoliciesPage],
        ['/queue', generateQueuePage],
      ] as const
    ).map(([path, generate]) => [
      path,
      (page: Page, values: FieldValues) =>
        Object.values(generate(values, DEFAULT_OPTIONS).documents).map(
          (document) => ({
            block: page
              .locator('.theme-code-block')
              .filter({hasText: document.filename}),
            filename: document.filename,
            text: document.text,
          }),
        ),
    ]),
  ),
};

async function downloaded(page: Page, filename: string): Promise<string> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', {name: `Download ${filename}`}).click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await downloadPromise).createReadStream()) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

for (const formPage of FORM_PAGES.filter(({path}) => path in OUTPUTS)) {
  test(`${formPage.path}: typing fast on a 4x slower CPU leaves no output stale`, async ({
    page,
    context,
  }) => {
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page, formPage.path);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
    const values: Record<string, string> = {...EMPTY_VALUES};
    for (const [field, value] of formPage.typed) {
      // No delay between keys: each arrives while the outputs still render.
      await fieldInput(page, field as FieldId).pressSequentially(value);
      values[field] = value;
    }
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 1});
    const outputs = OUTPUTS[formPage.path]?.(page, values as FieldValues) ?? [];
    expect(outputs.length).toBe(formPage.outputs);
    for (const {block, filename, text} of outputs) {
      await expect
        .poll(() => codeBlockText(block), {message: filename, timeout: 5000})
        .toBe(text);
    }
    // Caught up: nothing says it is still catching up.
    await expect(page.locator('article [aria-busy="true"]')).toHaveCount(0);
    for (const {block, filename, text} of outputs) {
      await block.getByRole('button', {name: 'Copy code to clipboard'}).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        text,
      );
      expect(await downloaded(page, filename)).toBe(`${text}\n`);
    }
  });
}
