import type {Page} from '@playwright/test';
import {
  codeBlockText,
  expect,
  expectNoAxeViolations,
  gotoHydrated,
  test,
} from './fixtures';
import {DEFAULT_OPTIONS, FIELD_SPECS} from '../src/utils/policy';
import type {FieldValues} from '../src/utils/policy';
import {formatShareLink} from '../src/utils/formState';
import {generateCodePage} from '../src/utils/setup/codePage';

/** Every field's own example: each is valid. */
const EXAMPLES = Object.fromEntries(
  Object.values(FIELD_SPECS).map((spec) => [spec.id, spec.example]),
) as FieldValues;

const TABS = [
  {label: 'AWS CLI', id: 'cli-script'},
  {label: 'CloudFormation', id: 'cloudformation-template'},
  {label: 'Terraform', id: 'terraform'},
] as const;

async function openWithExamples(page: Page): Promise<void> {
  await gotoHydrated(
    page,
    `/create-with-code${formatShareLink(EXAMPLES, DEFAULT_OPTIONS)}`,
  );
}

test('each tab shows its output, and copy and download give the same text', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithExamples(page);
  const {documents} = generateCodePage(EXAMPLES, DEFAULT_OPTIONS);
  for (const tab of TABS) {
    const document = documents[tab.id];
    if (document === undefined) {
      throw new Error(`no document ${tab.id}`);
    }
    await page.getByRole('tab', {name: tab.label}).click();
    const panel = page.getByRole('tabpanel');
    const block = panel
      .locator('.theme-code-block')
      .filter({hasText: document.filename});
    await expect(block).toBeVisible();
    // Only the tab shown is rendered, so a key press highlights one document.
    await expect(page.locator('.theme-code-block')).toHaveCount(1);
    await expect.poll(() => codeBlockText(block)).toBe(document.text);
    await block.getByRole('button', {name: 'Copy code to clipboard'}).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      document.text,
    );
    const downloadPromise = page.waitForEvent('download');
    await panel
      .getByRole('button', {name: `Download ${document.filename}`})
      .click();
    const download = await downloadPromise;
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) {
      chunks.push(chunk as Buffer);
    }
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`${document.text}\n`);
  }
});

test('the tab chosen is remembered on the next visit', async ({page}) => {
  await gotoHydrated(page, '/create-with-code');
  await page.getByRole('tab', {name: 'Terraform'}).click();
  await gotoHydrated(page, '/');
  await gotoHydrated(page, '/create-with-code');
  await expect(page.getByRole('tab', {name: 'Terraform'})).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('an empty form gives code that refuses to run, and says why', async ({
  page,
}) => {
  await gotoHydrated(page, '/create-with-code');
  await expect(
    page.getByRole('tabpanel').getByText(/Highlighted lines still hold/),
  ).toBeVisible();
});

test('the code page has no accessibility violations', async ({page}) => {
  await openWithExamples(page);
  await expectNoAxeViolations(page);
});
