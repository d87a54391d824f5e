import type {Page} from '@playwright/test';
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

test('has no accessibility violations in forced colours', async ({page}) => {
  await page.emulateMedia({forcedColors: 'active'});
  await gotoHydrated(page);
  expect(
    await page.evaluate(() => matchMedia('(forced-colors: active)').matches),
  ).toBe(true);
  await expectNoAxeViolations(page);
});

test.describe('at 320 px wide', () => {
  test.use({viewport: {width: 320, height: 640}});

  for (const url of ['/', '/apply-policies', '/troubleshooting']) {
    test(`${url} reflows with no page-level horizontal scroll`, async ({
      page,
    }) => {
      await gotoHydrated(page, url);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(320);
    });
  }
});

// 1280 px, the same at 200% zoom, and 320 px (WCAG 2.4.11).
for (const [width, height, deviceScaleFactor] of [
  [1280, 800, 1],
  [640, 400, 2],
  [320, 640, 1],
] as const) {
  test.describe(`at ${width} px wide (${deviceScaleFactor}x)`, () => {
    test.use({viewport: {width, height}, deviceScaleFactor});

    test('tabbing to a code block’s buttons keeps them clear of the sticky navbar', async ({
      page,
    }) => {
      await gotoHydrated(page);
      const block = policyBlock(page, 'agent');
      const copy = block.getByRole('button', {name: 'Copy code to clipboard'});
      const navbarBottom = await page
        .locator('.navbar')
        .evaluate((navbar) => navbar.getBoundingClientRect().bottom);
      await page.getByRole('button', {name: 'Clear'}).focus();
      const reached: string[] = [];
      for (let press = 0; press < 6 && !reached.includes('Copy'); press++) {
        await page.keyboard.press('Tab');
        const button = block.locator('button:focus');
        if ((await button.count()) === 0) {
          continue;
        }
        const name = (await button.getAttribute('aria-label')) ?? '';
        reached.push(name.startsWith('Copy') ? 'Copy' : name);
        // Scrolling may be smooth: wait for it to settle.
        await expect
          .poll(() => button.evaluate((b) => b.getBoundingClientRect().top))
          .toBeGreaterThanOrEqual(navbarBottom);
      }
      expect(reached).toContain('Copy');
      await expect(copy).toBeInViewport();
    });
  });
}

/** Chromium's own accessible names and descriptions (Playwright computes its own). */
async function chromiumAccessibilityTree(
  page: Page,
): Promise<{role: string; name: string; description: string}[]> {
  const cdp = await page.context().newCDPSession(page);
  const {nodes} = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.map((node) => ({
    role: String(node.role?.value ?? ''),
    name: String(node.name?.value ?? ''),
    description: String(node.description?.value ?? ''),
  }));
}

for (const width of [1280, 320]) {
  test(`the accessibility tree keeps the spaces between words, at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({width, height: 800});
    await gotoHydrated(page);
    const tree = await chromiumAccessibilityTree(page);
    const named = (role: string) =>
      tree.filter((node) => node.role === role).map((node) => node.name);
    expect(named('combobox')).toEqual(['AWS Region <REGION>']);
    expect(named('textbox')).toContain('S3 bucket name <BUCKET-NAME>');
    expect(named('textbox')).toContain('ARN of the KMS key <ARN-OF-KMS-KEY>');
    expect(
      tree.find(
        (node) =>
          node.role === 'switch' && node.name.startsWith('kms:CreateGrant'),
      )?.description,
    ).toContain('sets a VolumeKmsKeyId and');
    const rows = named('rowheader');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((row) => /\S:runner\//.test(row))).toEqual([]);
    // No word glued to a placeholder or to code anywhere in the page.
    expect(
      tree
        .flatMap((node) => [node.name, node.description])
        .filter((text) => /[a-z]<[A-Z]|>[a-z]|\b(a|sets)[A-Z]/.test(text)),
    ).toEqual([]);
  });
}

test('the AWS CLI page is reachable and accessible', async ({page}) => {
  await gotoHydrated(page, '/apply-policies');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(
    'Apply the policies with the AWS CLI',
  );
  await expectNoAxeViolations(page);
});

test('the troubleshooting page is last in the sidebar, and accessible', async ({
  page,
}) => {
  await gotoHydrated(page, '/troubleshooting');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(
    'Troubleshoot the first run',
  );
  const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
  await expect(sidebar.getByRole('link').last()).toHaveText(
    'Troubleshoot the first run',
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
