import {readdir, readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {
  codeBlockText,
  expect,
  gotoHydrated,
  policyBlock,
  test,
} from './fixtures';
import {
  DEFAULT_OPTIONS,
  EMPTY_VALUES,
  generatePolicies,
} from '../src/utils/policy';
import type {CallId, FieldValues, PolicyOptions} from '../src/utils/policy';
import {CALL_SOURCES} from '../src/utils/policy/callSources';
import {formatShareLink} from '../src/utils/formState';
import {POLICY_FILE_NAMES, POLICY_NAMES} from '../src/utils/policyDisplay';

const CHINA: FieldValues = {
  ...EMPTY_VALUES,
  REGION: 'cn-northwest-1',
  'ACCOUNT-ID': '123456789012',
  'YOUR-REPO-NAME': 'launch/images',
  'BUCKET-NAME': 'launch-build-contexts',
  'ARN-OF-ROLE-TO-PASS': 'arn:aws-cn:iam::123456789012:role/SageMakerExec',
  'ARN-OF-KMS-KEY':
    'arn:aws-cn:kms:cn-northwest-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
};

const GOVCLOUD: FieldValues = {
  ...EMPTY_VALUES,
  REGION: 'us-gov-west-1',
  'ACCOUNT-ID': '210987654321',
  'YOUR-REPO-NAME': 'training',
  'BUCKET-NAME': 'gov-build-contexts',
  'ARN-OF-ROLE-TO-PASS':
    'arn:aws-us-gov:iam::210987654321:role/service-role/Exec',
  'ARN-OF-KMS-KEY':
    'arn:aws-us-gov:kms:us-gov-west-1:210987654321:key/mrk-1234abcd12ab34cd56ef1234567890ab',
};

const CASES: readonly {
  readonly name: string;
  readonly values: FieldValues;
  readonly options: PolicyOptions;
}[] = [
  {
    name: 'China, Kaniko, the page’s statements',
    values: CHINA,
    options: {
      builder: 'kaniko',
      leastPrivilege: false,
      includeKmsGrant: true,
      restrictPassRole: false,
      agentHost: 'ec2',
      createResources: false,
    },
  },
  {
    name: 'GovCloud, Docker, least privilege',
    values: GOVCLOUD,
    options: {
      builder: 'docker',
      leastPrivilege: true,
      includeKmsGrant: false,
      restrictPassRole: false,
      agentHost: 'ec2',
      createResources: false,
    },
  },
];

const apiOf = (callId: CallId): string => CALL_SOURCES[callId].api;

for (const {name, values, options} of CASES) {
  test(`a share link shows the engine’s calls and policies: ${name}`, async ({
    page,
  }) => {
    await gotoHydrated(page, `/${formatShareLink(values, options)}`);
    const expected = generatePolicies(values, options);

    const rows = page
      .getByRole('table', {name: /The agent’s AWS calls/})
      .getByRole('row');
    // The header row, then one row a call.
    await expect(rows).toHaveCount(expected.calls.length + 1);
    for (const [index, grant] of expected.calls.entries()) {
      const row = rows.nth(index + 1);
      await expect(row.getByRole('rowheader')).toContainText(
        apiOf(grant.callId),
      );
      await expect(row.getByRole('cell').last()).toHaveText(
        grant.sid === undefined
          ? 'No permission needed'
          : `${grant.sid} in ${POLICY_NAMES[grant.policy]}`,
      );
    }

    for (const policy of [expected.agent, expected.sagemaker]) {
      if (policy === undefined) {
        continue;
      }
      const block = page
        .locator('.theme-code-block')
        .filter({hasText: POLICY_FILE_NAMES[policy.id]});
      expect(await codeBlockText(block)).toBe(policy.text);
    }
  });
}

test('the prebuilt-image choice leaves out the agent policy and says why', async ({
  page,
}) => {
  await gotoHydrated(page);
  await page
    .getByRole('radio', {name: 'A prebuilt image named in the queue'})
    .check();
  await expect(
    page.getByText(/needs no ECR or S3 access: there is no agent policy/),
  ).toBeVisible();
  await expect(
    page
      .locator('.theme-code-block')
      .filter({hasText: POLICY_FILE_NAMES.agent}),
  ).toHaveCount(0);
  await expect(
    page.getByRole('table', {name: /The agent’s AWS calls/}),
  ).not.toContainText('ecr:');
});

test('the built site ships nothing of the AGPL policy evaluator', async () => {
  const dir = join(process.env.E2E_BUILD_DIR ?? 'build', 'assets', 'js');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    // Strings of @cloud-copilot/iam-simulate that survive minification.
    for (const marker of [
      'must.use.wildcard',
      'no.resource.types',
      'ImplicitlyDenied',
    ]) {
      expect(text, `${file} holds “${marker}”`).not.toContain(marker);
    }
  }
});

test('the call table is the page’s HTML until the options change its calls, then live', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') {
      scripts.push(request.url());
    }
  });
  await gotoHydrated(page);
  const table = page.getByRole('table', {name: /The agent’s AWS calls/});
  const rowsFor = (options: PolicyOptions): number =>
    generatePolicies(EMPTY_VALUES, options).calls.length + 1;
  await expect(table.getByRole('row')).toHaveCount(rowsFor(DEFAULT_OPTIONS));
  // The policy engine loads at the reader's first interaction (a focus).
  await page
    .getByRole('switch', {name: 'Only pass the role to SageMaker'})
    .focus();
  await page.waitForLoadState('networkidle');
  const loadedAtStart = scripts.length;

  // A switch that changes no call or statement leaves the table as built.
  await page
    .getByRole('switch', {name: 'Only pass the role to SageMaker'})
    .check();
  await expect(policyBlock(page, 'sagemaker')).toContainText(
    'iam:PassedToService',
  );
  expect(scripts.slice(loadedAtStart)).toEqual([]);

  // Another builder: other calls, drawn by the table's own code, loaded now.
  const docker: PolicyOptions = {
    ...DEFAULT_OPTIONS,
    restrictPassRole: true,
    builder: 'docker',
  };
  await page
    .getByRole('radio', {name: 'Docker builder on the agent’s host'})
    .check();
  await expect(table.getByRole('row')).toHaveCount(rowsFor(docker));
  await expect(table).not.toContainText('s3:');
  expect(scripts.length).toBeGreaterThan(loadedAtStart);

  // And live from then on, back to the built options too.
  await page.getByRole('radio', {name: 'Kaniko builder'}).check();
  await expect(table.getByRole('row')).toHaveCount(rowsFor(DEFAULT_OPTIONS));
  await expect(table).toContainText('s3:PutObject');
});
