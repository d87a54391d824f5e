import {
  codeBlockText,
  expect,
  expectNoAxeViolations,
  gotoHydrated,
  policyBlock,
  test,
} from './fixtures';
import {expectedPolicies} from './expectedPolicies';
import {SEED_AGENT_POLICY, SEED_SAGEMAKER_POLICY} from './seedPolicies';

test.describe('the page without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('reads exactly as the original page', async ({page}) => {
    await page.goto('/');
    await expect(page).toHaveTitle(
      'Set up SageMaker | W&B Launch on SageMaker',
    );
    await expect(page.getByRole('heading', {level: 1})).toHaveText(
      'Set up SageMaker',
    );
    await expect(
      page.getByRole('heading', {level: 2, name: 'Permissions'}),
    ).toBeVisible();
    await expect(
      page.getByText(
        'and access to an S3 bucket if you want to use the kaniko builder',
      ),
    ).toBeVisible();

    // The generated policies with their placeholders, then the original
    // snippets, labelled, for comparison.
    const blocks = page.locator('pre code');
    await expect(blocks).toHaveCount(4);
    const template = expectedPolicies({
      partition: 'aws',
      region: '<REGION>',
      account: '<ACCOUNT-ID>',
      repository: '<YOUR-REPO-NAME>',
      bucket: '<BUCKET-NAME>',
      role: '<ARN-OF-ROLE-TO-PASS>',
      key: '<ARN-OF-KMS-KEY>',
    });
    expect(JSON.parse(await blocks.nth(0).innerText())).toEqual(template.agent);
    expect(JSON.parse(await blocks.nth(1).innerText())).toEqual(
      template.sagemaker,
    );
    await expect(
      page.getByRole('heading', {level: 3, name: 'The original snippets'}),
    ).toBeVisible();
    expect(JSON.parse(await blocks.nth(2).innerText())).toEqual(
      SEED_AGENT_POLICY,
    );
    expect(JSON.parse(await blocks.nth(3).innerText())).toEqual(
      SEED_SAGEMAKER_POLICY,
    );
    await expect(
      page.getByText('Original: the SageMaker policy'),
    ).toBeVisible();
    // The agent's calls, for the default options.
    await expect(
      page.getByRole('table', {name: /The agent’s AWS calls/}).getByRole('row'),
    ).toHaveCount(19);

    // No form before JavaScript: nothing to fill that would not work.
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });
});

test('shows the note on kms:CreateGrant as an admonition', async ({page}) => {
  await gotoHydrated(page);
  const note = page.locator('.theme-admonition-note');
  await expect(note).toContainText('note');
  await expect(note).toContainText(
    'The kms:CreateGrant permission for SageMaker queues is required only if the associated ResourceConfig has a specified VolumeKmsKeyId',
  );
});

test('lists the page in the sidebar named default', async ({page}) => {
  await gotoHydrated(page);
  const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
  await expect(
    sidebar.getByRole('link', {name: 'Set up SageMaker'}),
  ).toHaveAttribute('aria-current', 'page');
  await expect(
    sidebar.getByRole('link', {name: 'Apply the policies with the AWS CLI'}),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/docs-doc-id-setup-sagemaker/);
});

test('each copy button copies exactly its policy', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await gotoHydrated(page);
  // The live policies; the original snippets below have no copy button.
  for (const name of ['agent', 'sagemaker'] as const) {
    const block = policyBlock(page, name);
    await block.getByRole('button', {name: 'Copy code to clipboard'}).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await codeBlockText(block));
    expect(() => JSON.parse(copied) as unknown).not.toThrow();
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`has no accessibility violations in ${colorScheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({colorScheme});
    await gotoHydrated(page);
    await expect(page.locator('html')).toHaveAttribute(
      'data-theme',
      colorScheme,
    );
    await expectNoAxeViolations(page);
  });
}

test('the AWS CLI page is reachable and accessible', async ({page}) => {
  await gotoHydrated(page, '/apply-policies');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(
    'Apply the policies with the AWS CLI',
  );
  await expectNoAxeViolations(page);
});

test('dark mode recolours every line of the live policies', async ({page}) => {
  await page.emulateMedia({colorScheme: 'light'});
  await gotoHydrated(page);
  const properties = page.locator('.theme-code-block .token.property');
  const colours = (): Promise<string[]> =>
    properties.evaluateAll((tokens) =>
      tokens.map((token) => getComputedStyle(token).color),
    );
  const [light] = await colours();
  const toggle = page.getByRole('button', {
    name: /Switch between dark and light mode/,
  });
  // The toggle cycles through system, light and dark.
  await expect(async () => {
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark', {
      timeout: 500,
    });
  }).toPass();
  const dark = await colours();
  expect(dark.length).toBeGreaterThan(20);
  expect(new Set(dark)).toEqual(new Set([dark[0]]));
  expect(dark[0]).not.toBe(light);
});
