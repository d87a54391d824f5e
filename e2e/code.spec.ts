import type {Page} from '@playwright/test';
import {
  codeBlockText,
  expect,
  expectNoAxeViolations,
  gotoHydrated,
  test,
} from './fixtures';
import {DEFAULT_OPTIONS, EMPTY_VALUES, FIELD_SPECS} from '../src/utils/policy';
import type {FieldValues} from '../src/utils/policy';
import {formatShareLink} from '../src/utils/formState';
import {generateCodePageTabs} from '../src/utils/setup/testing/codePageTabs';

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
  const {documents} = generateCodePageTabs(EXAMPLES, DEFAULT_OPTIONS);
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

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the code page shows the AWS CLI script with every placeholder', async ({
    page,
  }) => {
    await page.goto('/create-with-code');
    const script = generateCodePageTabs(EMPTY_VALUES, DEFAULT_OPTIONS)
      .documents['cli-script'];
    const block = page.locator('.theme-code-block');
    await expect(block).toHaveCount(1);
    expect(await codeBlockText(block)).toBe(script?.text);
  });
});

test('each tab’s code loads at the first interaction or with the tab, and the page’s HTML shows it until then', async ({
  page,
}) => {
  // A string of each tab's writer, in no other module.
  const MARKERS = {
    'AWS CLI': 'ensure_role',
    CloudFormation: 'AWSTemplateFormatVersion',
    Terraform: 'required_providers',
  };
  const loaded = new Set<string>();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') {
      const text = await response.text();
      for (const [tab, marker] of Object.entries(MARKERS)) {
        if (text.includes(marker)) {
          loaded.add(tab);
        }
      }
    }
  });
  // Whether the shown tab was ever without its code block once the page
  // had one: Docusaurus's Tabs remount their content after hydration.
  await page.addInitScript(() => {
    const w = window as unknown as {__tabEmptied: boolean};
    w.__tabEmptied = false;
    let seen = false;
    new MutationObserver(() => {
      const shown =
        document.querySelector('[role="tabpanel"] .theme-code-block') !== null;
      seen ||= shown;
      w.__tabEmptied ||= seen && !shown;
    }).observe(document, {childList: true, subtree: true});
  });
  await gotoHydrated(page, '/create-with-code');
  const block = page.getByRole('tabpanel').locator('.theme-code-block');
  const empty = generateCodePageTabs(EMPTY_VALUES, DEFAULT_OPTIONS);
  expect(await codeBlockText(block)).toBe(empty.documents['cli-script']?.text);
  // Nothing of any tab's code until the reader interacts: the page's HTML
  // shows the script, without the buttons of a live code block.
  await page.waitForLoadState('networkidle');
  expect([...loaded]).toEqual([]);
  await expect(block.getByRole('button')).toHaveCount(0);

  await page.getByRole('textbox', {name: 'AWS account ID'}).focus();
  await expect(block.getByRole('button', {name: /Copy/})).toBeVisible();
  expect(await codeBlockText(block)).toBe(empty.documents['cli-script']?.text);
  expect([...loaded]).toEqual(['AWS CLI']);
  expect(
    await page.evaluate(
      () => (window as unknown as {__tabEmptied: boolean}).__tabEmptied,
    ),
  ).toBe(false);

  await page.getByRole('tab', {name: 'Terraform'}).click();
  await expect
    .poll(() => codeBlockText(block))
    .toBe(empty.documents.terraform?.text);
  expect([...loaded].sort()).toEqual(['AWS CLI', 'Terraform']);
});
