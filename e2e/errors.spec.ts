/**
 * When the form's code throws, the rest of the page still renders: each
 * policy says that the generator failed and points to the page's original
 * snippets, which stay below as static HTML with their placeholders.
 *
 * The failures are made from outside, with nothing test-only in the site: the
 * served chunk that holds the generator is altered on its way to the browser
 * (as a bad deploy or a broken proxy would), or a browser API is broken before
 * the page loads (as an old or hardened browser might have it).
 */
import type {Page} from '@playwright/test';
import {
  expect,
  gotoHydrated,
  policyBlock,
  test,
  waitForHydration,
} from './fixtures';
import {SEED_AGENT_POLICY, SEED_SAGEMAKER_POLICY} from './seedPolicies';

const INJECTED = 'policy generator broken on purpose by e2e/errors.spec.ts';
/**
 * What the page reports of the injected failure: the only errors allowed (the
 * fixture fails a test on any other console error or warning).
 */
const INJECTED_ERROR =
  /policy generator broken on purpose by e2e\/errors\.spec\.ts/;

/** The generator's policy documents, as the minifier writes them. */
const POLICY_LITERAL = '{Version:"2012-10-17",Statement:';

/**
 * Serves the site with its generator altered to throw (always, or once the
 * page sets `window.__breakGenerator`). Resolves to the chunks altered.
 */
async function breakGenerator(
  page: Page,
  when: 'always' | 'on demand',
): Promise<ReadonlySet<string>> {
  const altered = new Set<string>();
  const thrower = `(()=>{throw new Error(${JSON.stringify(INJECTED)})})()`;
  const version =
    when === 'always'
      ? thrower
      : `(window.__breakGenerator?${thrower}:"2012-10-17")`;
  await page.route('**/assets/js/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (!body.includes(POLICY_LITERAL)) {
      await route.fulfill({response});
      return;
    }
    // Scripts the page runs, not the chunks Docusaurus prefetches (as
    // `<link rel="prefetch">`) for the pages its visible links lead to.
    if (route.request().resourceType() === 'script') {
      altered.add(new URL(route.request().url()).pathname);
    }
    const headers = {...response.headers()};
    delete headers['content-encoding'];
    delete headers['content-length'];
    await route.fulfill({
      response,
      headers,
      body: body.replaceAll(POLICY_LITERAL, `{Version:${version},Statement:`),
    });
  });
  return altered;
}

/** No live policy is left: only the original snippets, below. */
async function expectOriginalPolicies(page: Page): Promise<void> {
  // Each failed policy points to them.
  await expect(
    page
      .locator('.theme-admonition-danger')
      .getByRole('link', {name: 'The original snippets'}),
  ).toHaveCount(2);
  // No code block with a copy button is left: the live policies are gone.
  await expect(page.locator('.theme-code-block')).toHaveCount(0);
  const originals = [
    ['Original: the agent policy (ECR and S3)', SEED_AGENT_POLICY],
    ['Original: the SageMaker policy', SEED_SAGEMAKER_POLICY],
  ] as const;
  for (const [name, policy] of originals) {
    const text = await page
      .getByRole('figure', {name})
      .locator('pre')
      .innerText();
    expect(JSON.parse(text)).toEqual(policy);
  }
  await expect(
    page.getByRole('figure', {name: 'Original: the SageMaker policy'}),
  ).toContainText('<ARN-OF-ROLE-TO-PASS>');
}

async function expectRestOfPage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', {level: 1})).toHaveText(
    'Set up SageMaker',
  );
  await expect(
    page.getByRole('heading', {level: 2, name: 'Permissions'}),
  ).toBeVisible();
  await expect(page.locator('.theme-admonition-note')).toContainText(
    'The kms:CreateGrant permission for SageMaker queues',
  );
  await expect(
    page.getByRole('navigation', {name: 'Docs sidebar'}),
  ).toBeVisible();
}

test('a generator that throws as soon as it runs leaves the original policies', async ({
  page,
  expectConsoleErrors,
}) => {
  expectConsoleErrors(INJECTED_ERROR);
  const altered = await breakGenerator(page, 'always');
  await page.goto('/');
  await waitForHydration(page);
  // The generator loads at the reader's first interaction, here a focus.
  expect(altered.size, 'chunks that hold the generator, at start').toBe(0);
  await page.getByRole('textbox', {name: 'AWS account ID'}).focus();

  // Each policy, and the form, say so.
  await expect(
    page.getByText('The policy generator failed', {exact: true}),
  ).toHaveCount(4);
  expect(altered.size, 'chunks that hold the generator').toBe(1);
  await expectOriginalPolicies(page);
  await expectRestOfPage(page);
  // No form that could not work.
  await expect(page.getByRole('textbox')).toHaveCount(0);
});

test('a generator that throws on a key press leaves the original policies', async ({
  page,
  expectConsoleErrors,
}) => {
  expectConsoleErrors(INJECTED_ERROR);
  await breakGenerator(page, 'on demand');
  await gotoHydrated(page);
  const account = page.getByRole('textbox', {name: 'AWS account ID'});
  await account.fill('123456789012');
  await expect(policyBlock(page, 'agent')).toContainText(
    ':123456789012:repository/',
  );

  await page.evaluate(() => {
    (window as unknown as {__breakGenerator: boolean}).__breakGenerator = true;
  });
  await account.fill('210987654321');
  await expect(
    page.getByText('The policy generator failed', {exact: true}),
  ).toHaveCount(4);
  await expectOriginalPolicies(page);
  await expectRestOfPage(page);
  // Nothing of the value typed stays in a policy the reader might copy.
  await expect(page.locator('.theme-code-block')).not.toContainText([
    '210987654321',
  ]);
});

/** The form fills in the live policies, as where nothing is broken. */
async function expectFormFillsPolicies(page: Page): Promise<void> {
  await page
    .getByRole('textbox', {name: 'AWS account ID'})
    .fill('123456789012');
  await expect(policyBlock(page, 'agent')).toContainText(
    ':123456789012:repository/',
  );
  await expect(page.getByText('The policy generator failed')).toHaveCount(0);
}

test('a browser whose Intl.NumberFormat throws gets the live policies all the same', async ({
  page,
}) => {
  // Some hardened or trimmed browsers ship without a working Intl: the
  // policies' size line groups digits without it.
  await page.addInitScript(() => {
    Intl.NumberFormat = function NumberFormat(): never {
      throw new Error('Intl.NumberFormat is broken on purpose');
    } as unknown as typeof Intl.NumberFormat;
  });
  await gotoHydrated(page);
  await expectFormFillsPolicies(page);
  await expect(page.getByText(/\d of 6,144 characters/)).toHaveCount(2);
});

test('works when storage is disabled', async ({page, expectConsoleErrors}) => {
  // Private modes and blocked cookies make localStorage throw on access.
  // Docusaurus warns about it itself (its colour mode is not kept): that
  // warning is the only message allowed.
  expectConsoleErrors(
    /^(?:error|warning): Docusaurus browser storage is not available/,
  );
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await gotoHydrated(page);
  await expectFormFillsPolicies(page);
});
