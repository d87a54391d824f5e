import type {Page} from '@playwright/test';
import {
  codeBlockText,
  expect,
  expectNoAxeViolations,
  gotoHydrated,
  policyBlock,
  test,
  waitForHydration,
} from './fixtures';
import {ECR_ACTIONS, expectedPolicies} from './expectedPolicies';

const COMMERCIAL = {
  'AWS Region': 'us-east-1',
  'AWS account ID': '123456789012',
  'ECR repository name': 'wandb-launch/agent-images',
  'S3 bucket name': 'my-launch-build-context',
  'ARN of the SageMaker execution role':
    'arn:aws:iam::123456789012:role/service-role/SageMakerExec',
  'ARN of the KMS key':
    'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
};

async function policyText(
  page: Page,
  name: 'agent' | 'sagemaker',
): Promise<string> {
  return codeBlockText(policyBlock(page, name));
}

async function policy(
  page: Page,
  name: 'agent' | 'sagemaker',
): Promise<unknown> {
  return JSON.parse(await policyText(page, name));
}

async function fillForm(
  page: Page,
  values: Record<string, string>,
): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    await page.getByLabel(label).fill(value);
  }
}

test.beforeEach(async ({page}) => {
  await gotoHydrated(page);
});

test('every keystroke fills both policies, commercial partition', async ({
  page,
}) => {
  await fillForm(page, COMMERCIAL);
  const expected = expectedPolicies({
    partition: 'aws',
    region: 'us-east-1',
    account: '123456789012',
    repository: 'wandb-launch/agent-images',
    bucket: 'my-launch-build-context',
    role: COMMERCIAL['ARN of the SageMaker execution role'],
    key: COMMERCIAL['ARN of the KMS key'],
  });
  expect(await policy(page, 'agent')).toEqual(expected.agent);
  expect(await policy(page, 'sagemaker')).toEqual(expected.sagemaker);
  await expect(
    page.getByRole('status').filter({hasText: 'placeholder'}),
  ).toHaveText('Every placeholder is filled: both policies are ready to copy.');
  await expect(page.getByText('Ready to paste into IAM.')).toHaveCount(2);
});

test('a GovCloud region switches every ARN to aws-us-gov', async ({page}) => {
  const role = 'arn:aws-us-gov:iam::123456789012:role/LaunchJobs';
  const key =
    'arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab';
  await fillForm(page, {
    ...COMMERCIAL,
    'AWS Region': 'us-gov-west-1',
    'ARN of the SageMaker execution role': role,
    'ARN of the KMS key': key,
  });
  const expected = expectedPolicies({
    partition: 'aws-us-gov',
    region: 'us-gov-west-1',
    account: '123456789012',
    repository: 'wandb-launch/agent-images',
    bucket: 'my-launch-build-context',
    role,
    key,
  });
  expect(await policy(page, 'agent')).toEqual(expected.agent);
  expect(await policy(page, 'sagemaker')).toEqual(expected.sagemaker);
});

test('updates on each keystroke, not only on leaving a field', async ({
  page,
}) => {
  const account = page.getByLabel('AWS account ID');
  await account.pressSequentially('12345678901');
  await expect(policyBlock(page, 'agent')).toContainText('<ACCOUNT-ID>');
  await account.press('2');
  await expect(policyBlock(page, 'agent')).toContainText(
    ':123456789012:repository/',
  );
  await expect(policyBlock(page, 'agent')).not.toContainText('<ACCOUNT-ID>');
});

const INVALID: [
  label: string,
  value: string,
  placeholder: string,
  message: RegExp,
][] = [
  ['AWS Region', 'us-east-99', '<REGION>', /Region/],
  ['AWS account ID', '12345678901', '<ACCOUNT-ID>', /12 digits/],
  ['ECR repository name', 'My_Repo', '<YOUR-REPO-NAME>', /repository name/i],
  ['S3 bucket name', 'my..bucket', '<BUCKET-NAME>', /bucket name/i],
  [
    'ARN of the SageMaker execution role',
    'arn:aws:iam::123456789012:user/alice',
    '<ARN-OF-ROLE-TO-PASS>',
    /role/,
  ],
  [
    'ARN of the KMS key',
    'arn:aws:kms:us-east-1:123456789012:alias/my-key',
    '<ARN-OF-KMS-KEY>',
    /key ARN/,
  ],
];

for (const [label, value, placeholder, message] of INVALID) {
  test(`an invalid ${label} shows its error at the field and keeps ${placeholder}`, async ({
    page,
  }) => {
    const field = page.getByLabel(label);
    await field.fill(value);
    // Not while typing for the first time...
    await expect(field).toHaveAttribute('aria-invalid', 'false');
    // ...but once the field is left.
    await field.blur();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
    await expect(field).toHaveAccessibleDescription(/^Error: /);
    const texts =
      (await policyText(page, 'agent')) + (await policyText(page, 'sagemaker'));
    expect(texts).toContain(placeholder);
    expect(texts).not.toContain(value);
    await expect(
      page.getByRole('status').filter({hasText: 'invalid'}),
    ).toContainText(placeholder);
  });
}

test('pressing Enter reveals pending errors', async ({page}) => {
  const field = page.getByLabel('AWS account ID');
  await field.fill('42');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
});

test('a warning looks different from an error and does not block the value', async ({
  page,
}) => {
  await fillForm(page, {
    ...COMMERCIAL,
    'ARN of the SageMaker execution role':
      'arn:aws:iam::210987654321:role/Other',
  });
  const role = page.getByLabel('ARN of the SageMaker execution role');
  await role.blur();
  await expect(role).toHaveAttribute('aria-invalid', 'false');
  await expect(role).toHaveAccessibleDescription(/^Warning: /);
  expect(await policyText(page, 'sagemaker')).toContain(
    'arn:aws:iam::210987654321:role/Other',
  );
});

test('copy buttons and downloads give the current policy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await fillForm(page, COMMERCIAL);
  for (const name of ['agent', 'sagemaker'] as const) {
    const shown = await policyText(page, name);
    await policyBlock(page, name)
      .getByRole('button', {name: 'Copy code to clipboard'})
      .click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      shown,
    );

    const downloadPromise = page.waitForEvent('download');
    await page
      .getByRole('button', {name: `Download wandb-launch-${name}-policy.json`})
      .click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(
      `wandb-launch-${name}-policy.json`,
    );
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
    }
    // A POSIX text file: it ends with a newline.
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`${shown}\n`);
  }
});

test('shows each policy size against the IAM limit', async ({page}) => {
  await fillForm(page, COMMERCIAL);
  const text = await policyText(page, 'agent');
  const size = text.replace(/\s/g, '').length;
  await expect(
    page.getByText(`${size.toLocaleString('en-US')} of 6,144 characters`),
  ).toBeVisible();
});

test('values survive a reload, and Clear empties the form', async ({page}) => {
  await fillForm(page, COMMERCIAL);
  await page.reload();
  await waitForHydration(page);
  for (const [label, value] of Object.entries(COMMERCIAL)) {
    await expect(page.getByLabel(label)).toHaveValue(value);
  }
  expect(await policyText(page, 'agent')).toContain(
    'repository/wandb-launch/agent-images',
  );

  await page.getByRole('button', {name: 'Clear'}).click();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  for (const label of Object.keys(COMMERCIAL)) {
    await expect(page.getByLabel(label)).toHaveValue('');
  }
  await page.reload();
  await expect(page.getByLabel('AWS account ID')).toHaveValue('');
  expect(await policyText(page, 'agent')).toContain('<ACCOUNT-ID>');
});

test('a share link restores the values in a fresh browser', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await fillForm(page, COMMERCIAL);
  await page.getByRole('button', {name: 'Copy share link'}).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(
    `${baseURL}/#REGION=us-east-1&ACCOUNT-ID=123456789012&YOUR-REPO-NAME=wandb-launch%2Fagent-images&BUCKET-NAME=my-launch-build-context&ARN-OF-ROLE-TO-PASS=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fservice-role%2FSageMakerExec&ARN-OF-KMS-KEY=arn%3Aaws%3Akms%3Aus-east-1%3A123456789012%3Akey%2F1234abcd-12ab-34cd-56ef-1234567890ab` +
      // Every option too, so the link reproduces the whole page.
      '&builder=kaniko&least-privilege=off&kms-grant=on&pass-role-to-sagemaker-only=off&agent-runs-on=ec2&create-resources=off',
  );

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await gotoHydrated(other, link);
  for (const [label, value] of Object.entries(COMMERCIAL)) {
    await expect(other.getByLabel(label)).toHaveValue(value);
  }
  expect(await policy(other, 'sagemaker')).toEqual(
    await policy(page, 'sagemaker'),
  );
  await expect(
    other.getByText('These values came from a shared link.'),
  ).toBeVisible();
  await fresh.close();
});

test('a share link wins over stored values, and its invalid values show errors', async ({
  page: first,
  context,
}) => {
  await fillForm(first, COMMERCIAL);
  const page = await context.newPage();
  await gotoHydrated(page, '/#ACCOUNT-ID=12345&REGION=eu-west-1');
  await expect(page.getByLabel('AWS Region')).toHaveValue('eu-west-1');
  const account = page.getByLabel('AWS account ID');
  await expect(account).toHaveValue('12345');
  await expect(account).toHaveAttribute('aria-invalid', 'true');
  const text = await policyText(page, 'agent');
  expect(text).toContain(
    'arn:aws:ecr:eu-west-1:<ACCOUNT-ID>:repository/<YOUR-REPO-NAME>',
  );
  // The link's values leave the address bar once read.
  expect(new URL(page.url()).hash).toBe('');
});

test('the builder choice and the switches add and remove statements, and say so', async ({
  page,
}) => {
  await fillForm(page, COMMERCIAL);
  await page
    .getByRole('radio', {name: 'Docker builder on the agent’s host'})
    .check();
  const agent = (await policy(page, 'agent')) as {
    Statement: {Action: unknown}[];
  };
  expect(agent.Statement.map((statement) => statement.Action)).toEqual([
    [...ECR_ACTIONS, 'ecr:DescribeImages', 'ecr:BatchGetImage'],
    'ecr:GetAuthorizationToken',
    'ecr:BatchCheckLayerAvailability',
  ]);
  const noS3 = page.getByText(
    'The S3 statements are left out: the Docker builder needs no bucket.',
  );
  await expect(noS3).toBeVisible();
  await page.getByRole('radio', {name: 'Kaniko builder'}).check();
  await expect(noS3).toHaveCount(0);

  const kms = page.getByRole('switch', {
    name: 'kms:CreateGrant for an encrypted training volume',
  });
  await kms.uncheck();
  const withoutKms = (await policy(page, 'sagemaker')) as {
    Statement: {Action: unknown}[];
  };
  expect(withoutKms.Statement.map((statement) => statement.Action)).toEqual([
    [
      'sagemaker:CreateTrainingJob',
      'sagemaker:AddTags',
      'sagemaker:DescribeTrainingJob',
      'sagemaker:StopTrainingJob',
    ],
    'iam:PassRole',
    ['logs:DescribeLogStreams', 'logs:GetLogEvents'],
  ]);
  await expect(
    page.getByText('The kms:CreateGrant statement is left out.'),
  ).toBeVisible();

  const passRole = page.getByRole('switch', {
    name: 'Only pass the role to SageMaker',
  });
  await passRole.check();
  const hardened = (await policy(page, 'sagemaker')) as {
    Statement: {Condition?: unknown}[];
  };
  expect(hardened.Statement[1]?.Condition).toEqual({
    StringEquals: {'iam:PassedToService': 'sagemaker.amazonaws.com'},
  });
  await passRole.uncheck();

  // Least privilege implies the PassRole condition: shown on, not changeable.
  await page.getByRole('switch', {name: 'Least privilege'}).check();
  await expect(passRole).toBeChecked();
  await expect(passRole).toBeDisabled();
  const lean = (await policy(page, 'sagemaker')) as {
    Statement: {Condition?: unknown}[];
  };
  expect(lean.Statement[1]?.Condition).toEqual({
    StringEquals: {'iam:PassedToService': 'sagemaker.amazonaws.com'},
  });
});

test('shows what the generator corrects, with sources', async ({page}) => {
  await page
    .getByText('What the generated policies fix in the original snippets')
    .click();
  const links = page.locator('details').getByRole('link');
  await expect(links.first()).toBeVisible();
  expect(await links.count()).toBeGreaterThanOrEqual(4);
  // AWS's documentation, and the line of the agent's code that makes a call.
  for (const href of await links.evaluateAll((anchors) =>
    anchors.map((a) => (a as HTMLAnchorElement).href),
  )) {
    expect(href).toMatch(
      /^https:\/\/(?:docs\.aws\.amazon\.com\/|github\.com\/wandb\/wandb\/blob\/[0-9a-f]{40}\/wandb\/sdk\/launch\/)/,
    );
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no accessibility violations with errors showing, ${colorScheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({colorScheme});
    await gotoHydrated(page);
    for (const [label, value] of INVALID) {
      await page.getByLabel(label).fill(value);
    }
    await page.getByLabel('AWS account ID').press('Enter');
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(6);
    await page
      .getByLabel('ARN of the SageMaker execution role')
      .fill('arn:aws:iam::210987654321:role/x');
    await expectNoAxeViolations(page);
  });
}

test('works with the keyboard alone, in page order', async ({page}) => {
  await page.getByLabel('AWS Region').focus();
  const order = [
    'AWS account ID',
    'ECR repository name',
    'S3 bucket name',
    'ARN of the SageMaker execution role',
    'ARN of the KMS key',
  ];
  for (const label of order) {
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(label)).toBeFocused();
  }
  await page.keyboard.type(
    'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  );
  await page.keyboard.press('Tab');
  const kaniko = page.getByRole('radio', {name: 'Kaniko builder'});
  await expect(kaniko).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByRole('radio', {name: 'Docker builder on the agent’s host'}),
  ).toBeChecked();
  await page.keyboard.press('Tab');
  const leastPrivilege = page.getByRole('switch', {name: 'Least privilege'});
  await expect(leastPrivilege).toBeFocused();
  await page.keyboard.press('Space');
  await expect(leastPrivilege).toBeChecked();
});

test.describe('the Region field', () => {
  test('filters Regions by ID or name as you type, grouped by partition', async ({
    page,
  }) => {
    const region = page.getByRole('combobox', {name: 'AWS Region'});
    await region.fill('frank');
    const list = page.getByRole('listbox', {name: 'Regions'});
    await expect(list).toBeVisible();
    await expect(list.getByRole('option')).toHaveText([
      'eu-central-1Europe (Frankfurt)',
    ]);
    await expect(
      list.getByRole('group', {name: 'Commercial (aws)'}),
    ).toBeVisible();
    await list.getByRole('option', {name: /eu-central-1/}).click();
    await expect(region).toHaveValue('eu-central-1');
    await expect(list).toBeHidden();
    expect(await policyText(page, 'agent')).toContain(
      'arn:aws:ecr:eu-central-1:',
    );
  });

  test('lists every partition, and the keyboard picks a Region', async ({
    page,
  }) => {
    const region = page.getByRole('combobox', {name: 'AWS Region'});
    await region.focus();
    await region.press('ArrowDown');
    const list = page.getByRole('listbox', {name: 'Regions'});
    for (const group of [
      'Commercial (aws)',
      'China (aws-cn)',
      'GovCloud US (aws-us-gov)',
    ]) {
      await expect(list.getByRole('group', {name: group})).toBeAttached();
    }
    await region.fill('beijing');
    await region.press('ArrowDown');
    await expect(region).toHaveAttribute('aria-activedescendant', /.+/);
    await region.press('Enter');
    await expect(region).toHaveValue('cn-north-1');
    await expect(region).toHaveAttribute('aria-expanded', 'false');
    expect(await policyText(page, 'agent')).toContain(
      'arn:aws-cn:ecr:cn-north-1:',
    );
  });

  test('accepts a typed Region without the list, and Escape closes the list', async ({
    page,
  }) => {
    const region = page.getByRole('combobox', {name: 'AWS Region'});
    await region.fill('ap-southeast-2');
    await expect(region).toHaveAttribute('aria-expanded', 'true');
    await region.press('Escape');
    await expect(region).toHaveAttribute('aria-expanded', 'false');
    expect(await policyText(page, 'sagemaker')).toContain(
      'sagemaker.ap-southeast-2.amazonaws.com',
    );
  });
});
