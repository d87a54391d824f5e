import type {Browser, Page} from '@playwright/test';
import {
  codeBlockText,
  expect,
  expectNoAxeViolations,
  fieldInput,
  gotoHydrated,
  test,
  waitForHydration,
} from './fixtures';
import {DEFAULT_OPTIONS, EMPTY_VALUES, FIELD_SPECS} from '../src/utils/policy';
import type {FieldValues, PolicyOptions} from '../src/utils/policy';
import {formatShareLink} from '../src/utils/formState';
import type {PageResult} from '../src/utils/setup/page';
import {generateAgentConfigPage} from '../src/utils/setup/agentConfigPage';
import {generateAgentRolePage} from '../src/utils/setup/agentRolePage';
import {generateApplyPoliciesPage} from '../src/utils/setup/applyPoliciesPage';
import {generateExecutionRolePage} from '../src/utils/setup/executionRolePage';
import {generateQueuePage} from '../src/utils/setup/queuePage';

interface SetupPage {
  readonly path: string;
  readonly title: string;
  readonly generate: (
    values: FieldValues,
    options: PolicyOptions,
  ) => PageResult;
}

/** The set-up's pages after the first, in the sidebar's order. */
const PAGES: readonly SetupPage[] = [
  {
    path: '/execution-role',
    title: 'Create the execution role',
    generate: generateExecutionRolePage,
  },
  {
    path: '/agent-role',
    title: 'Create the agent’s role',
    generate: generateAgentRolePage,
  },
  {
    path: '/apply-policies',
    title: 'Apply the policies with the AWS CLI',
    generate: generateApplyPoliciesPage,
  },
  {path: '/queue', title: 'Configure the queue', generate: generateQueuePage},
  {
    path: '/agent',
    title: 'Configure the agent',
    generate: generateAgentConfigPage,
  },
];

function pageAt(path: string): SetupPage {
  const found = PAGES.find((setupPage) => setupPage.path === path);
  if (found === undefined) {
    throw new Error(`no set-up page at ${path}`);
  }
  return found;
}

/** Every field's own example: each is a valid value. */
const EXAMPLES = Object.fromEntries(
  Object.values(FIELD_SPECS).map((spec) => [spec.id, spec.example]),
) as FieldValues;

const CHINA: FieldValues = {
  ...EXAMPLES,
  REGION: 'cn-north-1',
  'ARN-OF-ROLE-TO-PASS':
    'arn:aws-cn:iam::123456789012:role/SageMakerExecutionRole',
  'ARN-OF-KMS-KEY':
    'arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  'TRUSTED-PRINCIPAL-ARN': 'arn:aws-cn:iam::123456789012:role/CiRunner',
  'OIDC-ISSUER':
    'oidc.eks.cn-north-1.amazonaws.com.cn/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
};

function documentBlock(page: Page, filename: string) {
  return page.locator('.theme-code-block').filter({hasText: filename});
}

/** Each document the page shows equals the engine's for these values. */
async function expectDocuments(
  page: Page,
  setupPage: SetupPage,
  values: FieldValues,
  options: PolicyOptions,
): Promise<void> {
  const {documents} = setupPage.generate(values, options);
  for (const document of Object.values(documents)) {
    await expect
      .poll(() => codeBlockText(documentBlock(page, document.filename)), {
        message: `${setupPage.path}: ${document.filename}`,
      })
      .toBe(document.text);
  }
}

test.describe('the set-up pages without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  for (const setupPage of PAGES) {
    test(`${setupPage.path} reads with every placeholder`, async ({page}) => {
      await page.goto(setupPage.path);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(
        setupPage.title,
      );
      // The form cannot work without JavaScript: it is hidden.
      await expect(page.locator('.policy-form')).toBeHidden();
      await expectDocuments(page, setupPage, EMPTY_VALUES, DEFAULT_OPTIONS);
    });
  }
});

test('values typed on one page fill every page', async ({page}) => {
  await gotoHydrated(page);
  await fieldInput(page, 'REGION').fill('eu-west-1');
  await fieldInput(page, 'ACCOUNT-ID').fill('210987654321');
  // A client-side navigation, as a reader clicks through the sidebar.
  await page
    .getByRole('navigation', {name: 'Docs sidebar'})
    .getByRole('link', {name: 'Create the execution role'})
    .click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(
    'Create the execution role',
  );
  await expect(fieldInput(page, 'ACCOUNT-ID')).toHaveValue('210987654321');
  await fieldInput(page, 'OUTPUT-PREFIX').fill('runs');
  const values: FieldValues = {
    ...EMPTY_VALUES,
    REGION: 'eu-west-1',
    'ACCOUNT-ID': '210987654321',
    'OUTPUT-PREFIX': 'runs',
  };
  await expectDocuments(
    page,
    pageAt('/execution-role'),
    values,
    DEFAULT_OPTIONS,
  );

  // A full page load of another page reads the same values.
  await gotoHydrated(page, '/queue');
  await expect(fieldInput(page, 'OUTPUT-PREFIX')).toHaveValue('runs');
  await expectDocuments(page, pageAt('/queue'), values, DEFAULT_OPTIONS);
  // The first page never asks for OUTPUT-PREFIX: it kept its own values.
  await gotoHydrated(page, '/');
  await expect(fieldInput(page, 'REGION')).toHaveValue('eu-west-1');
});

async function openShareLink(
  browser: Browser,
  link: string,
  values: FieldValues,
  options: PolicyOptions,
): Promise<void> {
  // A fresh browser: nothing stored, only the link.
  const context = await browser.newContext();
  const page = await context.newPage();
  await gotoHydrated(page, `/queue${link}`);
  for (const setupPage of PAGES) {
    await gotoHydrated(page, setupPage.path);
    await expectDocuments(page, setupPage, values, options);
  }
  await context.close();
}

test('a share link fills every page in a fresh browser', async ({browser}) => {
  const options: PolicyOptions = {
    ...DEFAULT_OPTIONS,
    builder: 'docker',
    agentHost: 'eks-irsa',
  };
  await openShareLink(
    browser,
    formatShareLink(EXAMPLES, options),
    EXAMPLES,
    options,
  );
});

test('China: the agent page says what the agent cannot do there', async ({
  browser,
}) => {
  const options: PolicyOptions = {...DEFAULT_OPTIONS, agentHost: 'ec2'};
  await openShareLink(browser, formatShareLink(CHINA, options), CHINA, options);
  const context = await browser.newContext();
  const page = await context.newPage();
  await gotoHydrated(page, `/agent${formatShareLink(CHINA, options)}`);
  await expect(
    page.getByText('The agent does not recognize', {exact: false}),
  ).toBeVisible();
  await context.close();
});

test('every output copies and downloads what it shows', async ({
  page,
  context,
}) => {
  // Eight documents on five pages, each copied and downloaded: over a
  // minute on a loaded two-core machine.
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoHydrated(
    page,
    `/execution-role${formatShareLink(EXAMPLES, DEFAULT_OPTIONS)}`,
  );
  for (const setupPage of PAGES) {
    await gotoHydrated(page, setupPage.path);
    const {documents} = setupPage.generate(EXAMPLES, DEFAULT_OPTIONS);
    for (const document of Object.values(documents)) {
      const block = documentBlock(page, document.filename);
      await expect.poll(() => codeBlockText(block)).toBe(document.text);
      await block.getByRole('button', {name: 'Copy code to clipboard'}).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        document.text,
      );
      const downloadPromise = page.waitForEvent('download');
      await page
        .getByRole('button', {name: `Download ${document.filename}`})
        .click();
      const download = await downloadPromise;
      expect(download.suggestedFilename()).toBe(document.filename);
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) {
        chunks.push(chunk as Buffer);
      }
      expect(Buffer.concat(chunks).toString('utf8')).toBe(`${document.text}\n`);
    }
  }
});

test('an invalid value stays out of every output, with its message at the field', async ({
  page,
}) => {
  await gotoHydrated(page, '/queue');
  const count = fieldInput(page, 'INSTANCE-COUNT');
  await count.fill('two');
  await count.blur();
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  const block = documentBlock(page, 'sagemaker-queue-config.json');
  await expect
    .poll(() => codeBlockText(block))
    .toContain('"InstanceCount": "<INSTANCE-COUNT>"');
  expect(await codeBlockText(block)).not.toContain('two');
});

for (const setupPage of PAGES) {
  test(`${setupPage.path} has no accessibility violations`, async ({page}) => {
    await gotoHydrated(page, setupPage.path);
    await expectNoAxeViolations(page);
  });
}

test.describe('at 375 px wide', () => {
  test.use({viewport: {width: 375, height: 700}});

  test('every set-up page reflows with no page-level horizontal scroll', async ({
    page,
  }) => {
    for (const setupPage of PAGES) {
      await page.goto(setupPage.path);
      await waitForHydration(page);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        setupPage.path,
      ).toBeLessThanOrEqual(375);
    }
  });
});
