import type {Page} from '@playwright/test';
import {
  codeBlockText,
  expect,
  fieldInput,
  gotoHydrated,
  policyBlock,
  test,
  waitForHydration,
} from './fixtures';

const KMS_KEY =
  'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

function summary(page: Page) {
  return page.getByRole('status').filter({hasText: /placeholder|value/});
}

async function policiesText(page: Page): Promise<string> {
  return (
    (await codeBlockText(policyBlock(page, 'agent'))) +
    (await codeBlockText(policyBlock(page, 'sagemaker')))
  );
}

test.describe('typing while the page loads', () => {
  for (const [what, url, kept] of [
    ['stored values', '/', ['YOUR-REPO-NAME', 'stored-repo']],
    [
      'a share link',
      '/#REGION=us-east-1&BUCKET-NAME=linked-bucket',
      ['BUCKET-NAME', 'linked-bucket'],
    ],
  ] as const) {
    test(`keeps every keystroke over ${what}`, async ({page}) => {
      await gotoHydrated(page);
      await fieldInput(page, 'YOUR-REPO-NAME').fill('stored-repo');
      // The page's scripts come late, early or in between, so that the
      // values are restored after, during or before the typing.
      let delay = 0;
      await page.route(/\/assets\/js\/.*\.js$/, async (route) => {
        await new Promise((done) => setTimeout(done, delay));
        await route.continue();
      });
      for (delay of [600, 150, 60, 0]) {
        // From another page: going to a fragment of this one would not load it.
        await page.goto('about:blank');
        await page.goto(url, {waitUntil: 'domcontentloaded'});
        const account = fieldInput(page, 'ACCOUNT-ID');
        await account.focus();
        await account.pressSequentially('123456789012', {delay: 10});
        await waitForHydration(page);
        await expect(account).toHaveValue('123456789012');
        await expect(policyBlock(page, 'agent')).toContainText(
          ':123456789012:repository/',
        );
        // What was restored stays where the user did not type.
        await expect(fieldInput(page, kept[0])).toHaveValue(kept[1]);
        await account.fill('');
        await fieldInput(page, 'YOUR-REPO-NAME').fill('stored-repo');
      }
    });
  }
});

test('a partition that cannot match is an error, and the status is not ready', async ({
  page,
}) => {
  await gotoHydrated(page);
  await fieldInput(page, 'REGION').fill('cn-north-1');
  await fieldInput(page, 'ACCOUNT-ID').fill('123456789012');
  await fieldInput(page, 'YOUR-REPO-NAME').fill('launch');
  await fieldInput(page, 'BUCKET-NAME').fill('launch-context');
  const role = fieldInput(page, 'ARN-OF-ROLE-TO-PASS');
  await role.fill('arn:aws:iam::123456789012:role/Exec');
  await fieldInput(page, 'ARN-OF-KMS-KEY').fill(
    'arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  );
  await role.blur();
  await expect(role).toHaveAttribute('aria-invalid', 'true');
  await expect(summary(page)).toContainText('<ARN-OF-ROLE-TO-PASS>');
  await expect(summary(page)).not.toContainText('ready');
  await expect(page.getByText('Ready to paste into IAM.')).toHaveCount(1);
  expect(await policiesText(page)).not.toContain('"arn:aws:');
});

test('a warning is listed in the summary, and nothing says ready while it stands', async ({
  page,
}) => {
  await gotoHydrated(page);
  await fieldInput(page, 'REGION').fill('us-east-1');
  await fieldInput(page, 'ACCOUNT-ID').fill('123456789012');
  await fieldInput(page, 'YOUR-REPO-NAME').fill('launch');
  await fieldInput(page, 'BUCKET-NAME').fill('launch-context');
  await fieldInput(page, 'ARN-OF-ROLE-TO-PASS').fill(
    'arn:aws:iam::210987654321:role/Other',
  );
  await fieldInput(page, 'ARN-OF-KMS-KEY').fill(KMS_KEY);
  await expect(summary(page)).toContainText('warning');
  await expect(summary(page)).toContainText('<ARN-OF-ROLE-TO-PASS>');
  await expect(summary(page)).not.toContainText('ready');
  // The role is in the SageMaker policy only: the agent's is ready.
  await expect(page.getByText('Ready to paste into IAM.')).toHaveCount(1);
});

test.describe('two tabs', () => {
  test('stay in step, and neither loses the other one’s values', async ({
    context,
  }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await gotoHydrated(a);
    await gotoHydrated(b);
    await fieldInput(a, 'BUCKET-NAME').fill('bucket-from-a');
    await expect(fieldInput(b, 'BUCKET-NAME')).toHaveValue('bucket-from-a');
    await fieldInput(b, 'YOUR-REPO-NAME').fill('repo-from-b');
    await expect(fieldInput(a, 'YOUR-REPO-NAME')).toHaveValue('repo-from-b');
    await a.reload();
    await waitForHydration(a);
    await expect(fieldInput(a, 'BUCKET-NAME')).toHaveValue('bucket-from-a');
    await expect(fieldInput(a, 'YOUR-REPO-NAME')).toHaveValue('repo-from-b');
  });

  test('Clear in one tab is not undone by the other', async ({context}) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await gotoHydrated(a);
    await fieldInput(a, 'BUCKET-NAME').fill('bucket-from-a');
    await gotoHydrated(b);
    await a.getByRole('button', {name: 'Clear'}).click();
    await expect(fieldInput(b, 'BUCKET-NAME')).toHaveValue('');
    await fieldInput(b, 'ACCOUNT-ID').fill('123456789012');
    await a.reload();
    await waitForHydration(a);
    await expect(fieldInput(a, 'ACCOUNT-ID')).toHaveValue('123456789012');
    await expect(fieldInput(a, 'BUCKET-NAME')).toHaveValue('');
  });
});

test('a partial share link says what it replaced, and brings it back in one click', async ({
  page,
  context,
}) => {
  await gotoHydrated(page);
  await fieldInput(page, 'ARN-OF-KMS-KEY').fill(KMS_KEY);
  await page.getByRole('switch', {name: 'Least privilege'}).check();
  const other = await context.newPage();
  await gotoHydrated(other, '/#REGION=eu-west-1&ACCOUNT-ID=123456789012');
  await expect(fieldInput(other, 'ARN-OF-KMS-KEY')).toHaveValue('');
  const notice = other.getByText('These values came from a shared link.');
  await expect(notice).toContainText('<ARN-OF-KMS-KEY>');
  await other.getByRole('button', {name: 'Restore my previous values'}).click();
  await expect(fieldInput(other, 'ARN-OF-KMS-KEY')).toHaveValue(KMS_KEY);
  await expect(fieldInput(other, 'REGION')).toHaveValue('');
  await expect(
    other.getByRole('switch', {name: 'Least privilege'}),
  ).toBeChecked();
});

test('fields no policy uses say so, and show no errors', async ({page}) => {
  await gotoHydrated(page);
  const bucket = fieldInput(page, 'BUCKET-NAME');
  const key = fieldInput(page, 'ARN-OF-KMS-KEY');
  await bucket.fill('s3://bad');
  await key.fill('alias/x');
  await key.blur();
  await expect(bucket).toHaveAttribute('aria-invalid', 'true');
  await page
    .getByRole('radio', {name: 'Docker builder on the agent’s host'})
    .check();
  await page.getByRole('switch', {name: /kms:CreateGrant/}).uncheck();
  for (const field of [bucket, key]) {
    await expect(field).toHaveAttribute('aria-invalid', 'false');
    await expect(field).toHaveAccessibleDescription(
      /No policy uses this field/,
    );
  }
  await expect(bucket).toHaveValue('s3://bad');
  await expect(summary(page)).not.toContainText('invalid');
});

test.describe('announcements', () => {
  test('the status speaks of an error only once the field shows it', async ({
    page,
  }) => {
    await gotoHydrated(page);
    const account = fieldInput(page, 'ACCOUNT-ID');
    await account.fill('42');
    await expect(account).toHaveAttribute('aria-invalid', 'false');
    await expect(summary(page)).not.toContainText('invalid');
    await account.blur();
    await expect(summary(page)).toContainText(
      '1 value invalid and left out (<ACCOUNT-ID>)',
    );
    // The field's error is in a live region, so it is spoken when it shows.
    await expect(
      page.locator('[aria-live="polite"]').filter({hasText: '12 digits'}),
    ).toHaveCount(1);
  });

  test('Check values says so when every value is valid', async ({page}) => {
    await gotoHydrated(page);
    await fieldInput(page, 'ACCOUNT-ID').fill('123456789012');
    await page.getByRole('button', {name: 'Check values'}).click();
    await expect(
      page.getByRole('status').filter({hasText: 'Every value is valid'}),
    ).toBeVisible();
  });
});

test.describe('storage', () => {
  for (const [what, script] of [
    [
      'disabled',
      () =>
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException(
              'The operation is insecure.',
              'SecurityError',
            );
          },
        }),
    ],
    [
      'full',
      () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('Quota exceeded.', 'QuotaExceededError');
        };
      },
    ],
  ] as const) {
    test(`says once that values are not kept when storage is ${what}`, async ({
      page,
      expectConsoleErrors,
    }) => {
      if (what === 'disabled') {
        expectConsoleErrors(
          /^(?:error|warning): Docusaurus browser storage is not available/,
        );
      }
      await page.addInitScript(script);
      await gotoHydrated(page);
      const note = page.getByText(/cannot keep your values/);
      await expect(note).toHaveCount(0);
      await fieldInput(page, 'ACCOUNT-ID').pressSequentially('1234');
      await expect(note).toHaveCount(1);
      await expect(note).not.toHaveAttribute('role', 'alert');
    });
  }
});
