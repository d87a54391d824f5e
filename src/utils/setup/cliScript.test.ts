/**
 * The AWS CLI script, checked by the shell's own tools: ShellCheck on every
 * choice, Bash itself, and the real AWS CLI (Debian's awscli) sending its
 * requests to a loopback endpoint that answers as IAM, STS, ECR and S3 do.
 */
import {spawn, spawnSync} from 'node:child_process';
import {
  chmodSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS} from '../policy/options';
import {generatePolicies} from '../policy/generate';
import {filledValues} from '../policy/testing/fixtures';
import type {Builder} from '../policy/types';
import {
  cliScript,
  IAC_POLICY_NAMES,
  roleNameAndPath,
  terminatorFor,
} from './cliScript';
import type {IacDocuments} from './cliScript';
import type {AgentHost, SetupInputs} from './inputs';
import {agentRoleTrustPolicy} from './agentRole';
import {
  executionRolePermissionsPolicy,
  executionRoleTrustPolicy,
} from './executionRole';
import {AwsEndpoint, emptyState} from './testing/awsEndpoint';
import type {AccountState, RecordedRequest} from './testing/awsEndpoint';
import {
  ACCOUNT,
  AGENT_HOSTS,
  OTHER_ACCOUNT,
  PLACEHOLDER_INPUTS,
  setupInputs,
} from './testing/roleFixtures';

const REGIONS = [
  {partition: 'aws', region: 'us-east-1'},
  {partition: 'aws-cn', region: 'cn-north-1'},
  {partition: 'aws-us-gov', region: 'us-gov-west-1'},
] as const;
const BUILDERS: readonly Builder[] = ['kaniko', 'noop'];

/** The inputs and the page's own documents for one choice. */
function setup(
  partition: string,
  region: string,
  agentHost: AgentHost,
  builder: Builder,
  overrides: Partial<SetupInputs> = {},
): {inputs: SetupInputs; documents: IacDocuments} {
  const inputs = {
    ...setupInputs(partition, region, {agentHost}),
    builder,
    ...overrides,
  };
  const policies = generatePolicies(filledValues(partition, region), {
    ...DEFAULT_OPTIONS,
    builder,
    agentHost,
  });
  return {
    inputs,
    documents: {
      executionTrust: executionRoleTrustPolicy(inputs),
      executionPermissions: executionRolePermissionsPolicy(inputs),
      agentTrust: agentRoleTrustPolicy(inputs),
      agentPolicy: policies.agent?.document,
      sagemakerPolicy: policies.sagemaker.document,
    },
  };
}

const has = (command: string) => spawnSync(command, ['--version']).status === 0;
const HAS_SHELLCHECK = has('shellcheck');
const AWS = '/usr/bin/aws';
const HAS_AWS = spawnSync(AWS, ['--version']).status === 0;
if (!HAS_SHELLCHECK) {
  console.warn(
    'shellcheck is not installed (apt-get install shellcheck): the ShellCheck tests are skipped.',
  );
}
if (!HAS_AWS) {
  console.warn(
    `${AWS} is not installed (apt-get install awscli): the AWS CLI tests are skipped.`,
  );
}

const work = mkdtempSync(join(tmpdir(), 'cli-script-test-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

/**
 * ShellCheck's findings on each script, by one ShellCheck run for the lot:
 * every default check and the optional ones, but two. SC2250 is a style
 * (braces around every variable); SC2310 says `set -e` is off inside a
 * function run as a condition, which is how the script's `found` is meant to
 * run: it checks each of its own commands.
 */
function shellcheck(scripts: readonly string[]): string {
  const files = scripts.map((script, index) => {
    const file = join(work, `script-${index}.sh`);
    writeFileSync(file, script);
    return file;
  });
  const run = spawnSync(
    'shellcheck',
    ['-s', 'bash', '-o', 'all', '-e', 'SC2250,SC2310', '-f', 'gcc', ...files],
    {
      encoding: 'utf8',
    },
  );
  return run.stdout + run.stderr;
}

describe('cliScript, by ShellCheck', () => {
  it.skipIf(!HAS_SHELLCHECK)(
    'reports nothing for every Region, host, builder and resource option',
    () => {
      const scripts = REGIONS.flatMap(({partition, region}) =>
        AGENT_HOSTS.flatMap((host) =>
          BUILDERS.flatMap((builder) =>
            [false, true].map((createResources) => {
              const {inputs, documents} = setup(
                partition,
                region,
                host,
                builder,
              );
              return cliScript(inputs, documents, {createResources});
            }),
          ),
        ),
      );
      expect(scripts).toHaveLength(48);
      expect(shellcheck(scripts)).toBe('');
    },
    60_000,
  );
});

describe('terminatorFor', () => {
  it('picks a heredoc terminator no line of the document equals', () => {
    expect(terminatorFor('{\n  "a": "EOF"\n}')).toBe('EOF');
    expect(terminatorFor('EOF\nEOF1\nx')).toBe('EOF2');
  });
});

describe('cliScript, as written', () => {
  // The whole text for one choice per Region, reviewed by hand: what the
  // checks above and below cannot say (comments, order, wording).
  for (const {partition, region} of REGIONS) {
    it(`matches the reviewed script in ${region}`, async () => {
      const {inputs, documents} = setup(partition, region, 'ec2', 'kaniko');
      await expect(
        cliScript(inputs, documents, {createResources: true}),
      ).toMatchFileSnapshot(
        `__snapshots__/create-wandb-launch-sagemaker.${region}.sh`,
      );
    });
  }
});

describe('roleNameAndPath', () => {
  it('splits a role ARN as IAM does', () => {
    expect(
      roleNameAndPath('arn:aws:iam::123456789012:role/service-role/X'),
    ).toEqual({name: 'X', path: '/service-role/'});
    expect(roleNameAndPath('arn:aws:iam::123456789012:role/a/b/X')).toEqual({
      name: 'X',
      path: '/a/b/',
    });
    expect(roleNameAndPath('arn:aws:iam::123456789012:role/X')).toEqual({
      name: 'X',
      path: '/',
    });
    expect(roleNameAndPath('<ARN-OF-ROLE-TO-PASS>')).toEqual({
      name: '<ARN-OF-ROLE-TO-PASS>',
      path: '/',
    });
  });
});

/** Runs the script with Bash; `aws` is whatever PATH holds first. */
function runScript(
  script: string,
  env: Record<string, string>,
): Promise<{status: number | null; stdout: string; stderr: string}> {
  const file = join(work, `run-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(file, script);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [file], {env: {...env, LC_ALL: 'C.UTF-8'}});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({status, stdout, stderr}));
  });
}

/**
 * AWS CLI 2.9 ignores AWS_ENDPOINT_URL (added in 2.13), so a shim on PATH
 * adds --endpoint-url to each call and runs the real CLI.
 */
function shimDirectory(): string {
  const dir = mkdtempSync(join(work, 'bin-'));
  writeFileSync(
    join(dir, 'aws'),
    `#!/bin/sh\nexec ${AWS} "$@" --endpoint-url "$TEST_AWS_ENDPOINT"\n`,
  );
  chmodSync(join(dir, 'aws'), 0o755);
  return dir;
}

function awsEnv(
  url: string,
  region: string,
  bin: string,
): Record<string, string> {
  return {
    PATH: `${bin}:/usr/bin:/bin`,
    HOME: work,
    TEST_AWS_ENDPOINT: url,
    AWS_ENDPOINT_URL: url,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_DEFAULT_REGION: region,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_MAX_ATTEMPTS: '1',
  };
}

const operations = (requests: readonly RecordedRequest[]) =>
  requests.map(({service, operation}) => `${service}:${operation}`);

/** The state's policies as the documents they hold, URL-decoded by the endpoint's parser. */
const parsedPolicies = (state: AccountState) =>
  Object.fromEntries(
    Object.entries(state.roles).map(([name, role]) => [
      name,
      {
        path: role.path,
        trust: JSON.parse(role.trust) as unknown,
        policies: Object.fromEntries(
          Object.entries(role.policies).map(([policy, text]) => [
            policy,
            JSON.parse(text) as unknown,
          ]),
        ),
      },
    ]),
  );

// Concurrent: each test has its own endpoint, and most of their time is the
// CLI starting up (about 0.9 s a call here), one process at a time.
describe.skipIf(!HAS_AWS)(
  'cliScript, run with the real AWS CLI against a loopback endpoint',
  {concurrent: true},
  () => {
    let bin = '';
    beforeAll(() => {
      bin = shimDirectory();
    });

    it('creates everything on the first run, and on the second creates nothing and changes only what it replaces', async () => {
      const {inputs, documents} = setup(
        'aws-cn',
        'cn-north-1',
        'ec2',
        'kaniko',
      );
      const script = cliScript(inputs, documents, {createResources: true});
      const endpoint = new AwsEndpoint(ACCOUNT, 'aws-cn');
      const url = await endpoint.start();
      try {
        const first = await runScript(script, awsEnv(url, 'us-east-1', bin));
        expect(endpoint.unexpected).toEqual([]);
        expect(first.stderr).toBe('');
        expect(first.status).toBe(0);
        expect(operations(endpoint.requests)).toEqual([
          'sts:GetCallerIdentity',
          'iam:GetRole',
          'iam:CreateRole',
          'iam:PutRolePolicy',
          'iam:GetRole',
          'iam:CreateRole',
          'iam:PutRolePolicy',
          'iam:PutRolePolicy',
          'iam:GetInstanceProfile',
          'iam:CreateInstanceProfile',
          'iam:AddRoleToInstanceProfile',
          'ecr:DescribeRepositories',
          'ecr:CreateRepository',
          's3:HeadBucket',
          's3:CreateBucket',
        ]);
        const creates = endpoint.requests.filter(({operation}) =>
          /^(Create|Add|Put|Update)/.test(operation),
        );
        expect(
          creates.map(({operation, params}) => [
            operation,
            params.RoleName ??
              params.InstanceProfileName ??
              params.repositoryName ??
              params.Bucket,
            params.PolicyName,
            params.Path,
            params.LocationConstraint,
          ]),
        ).toEqual([
          [
            'CreateRole',
            'SageMakerExecutionRole',
            undefined,
            '/service-role/',
            undefined,
          ],
          [
            'PutRolePolicy',
            'SageMakerExecutionRole',
            IAC_POLICY_NAMES.execution,
            undefined,
            undefined,
          ],
          ['CreateRole', 'wandb-launch-agent', undefined, '/', undefined],
          [
            'PutRolePolicy',
            'wandb-launch-agent',
            IAC_POLICY_NAMES.agent,
            undefined,
            undefined,
          ],
          [
            'PutRolePolicy',
            'wandb-launch-agent',
            IAC_POLICY_NAMES.sagemaker,
            undefined,
            undefined,
          ],
          [
            'CreateInstanceProfile',
            'wandb-launch-agent',
            undefined,
            undefined,
            undefined,
          ],
          [
            'AddRoleToInstanceProfile',
            'wandb-launch-agent',
            undefined,
            undefined,
            undefined,
          ],
          [
            'CreateRepository',
            'project-a/web-app',
            undefined,
            undefined,
            undefined,
          ],
          [
            'CreateBucket',
            'my-launch-bucket',
            undefined,
            undefined,
            'cn-north-1',
          ],
        ]);
        // Every request signed for the script's Region, IAM's and STS's
        // included, whatever the environment's default Region.
        expect(new Set(endpoint.requests.map(({region}) => region))).toEqual(
          new Set(['cn-north-1']),
        );
        const expected = {
          SageMakerExecutionRole: {
            path: '/service-role/',
            trust: documents.executionTrust,
            policies: {
              [IAC_POLICY_NAMES.execution]: documents.executionPermissions,
            },
          },
          'wandb-launch-agent': {
            path: '/',
            trust: documents.agentTrust,
            policies: {
              [IAC_POLICY_NAMES.agent]: documents.agentPolicy,
              [IAC_POLICY_NAMES.sagemaker]: documents.sagemakerPolicy,
            },
          },
        };
        expect(parsedPolicies(endpoint.state)).toEqual(expected);
        const afterFirst = structuredClone(endpoint.state);
        expect(afterFirst).toMatchObject({
          instanceProfiles: {'wandb-launch-agent': ['wandb-launch-agent']},
          repositories: ['project-a/web-app'],
          buckets: {'my-launch-bucket': 'cn-north-1'},
        });

        endpoint.requests.length = 0;
        const second = await runScript(script, awsEnv(url, 'us-east-1', bin));
        expect(second.stderr).toBe('');
        expect(second.status).toBe(0);
        expect(operations(endpoint.requests)).toEqual([
          'sts:GetCallerIdentity',
          'iam:GetRole',
          'iam:UpdateAssumeRolePolicy',
          'iam:PutRolePolicy',
          'iam:GetRole',
          'iam:UpdateAssumeRolePolicy',
          'iam:PutRolePolicy',
          'iam:PutRolePolicy',
          'iam:GetInstanceProfile',
          'ecr:DescribeRepositories',
          's3:HeadBucket',
        ]);
        expect(endpoint.state).toEqual(afterFirst);
      } finally {
        await endpoint.close();
      }
    }, 300_000);

    it('updates an earlier set-up in us-east-1: a role name beginning with a dash, a stale agent policy removed, a bucket with no LocationConstraint', async () => {
      // The CLI's parser reads "--role-name -x" as a missing value: the
      // script's --option=value form must carry it.
      const agentRoleName = '-wandb=launch,agent@ml.+';
      const {inputs, documents} = setup(
        'aws',
        'us-east-1',
        'eks-irsa',
        'noop',
        {agentRoleName},
      );
      expect(documents.agentPolicy).toBeUndefined();
      const script = cliScript(inputs, documents, {createResources: true});
      const state = emptyState();
      state.roles[agentRoleName] = {
        path: '/',
        trust: '{"Version":"2012-10-17","Statement":[]}',
        policies: {
          [IAC_POLICY_NAMES.agent]: '{"Version":"2012-10-17","Statement":[]}',
        },
      };
      state.repositories.push('project-a/web-app');
      const endpoint = new AwsEndpoint(ACCOUNT, 'aws', state);
      const url = await endpoint.start();
      try {
        const run = await runScript(script, awsEnv(url, 'eu-west-1', bin));
        expect(endpoint.unexpected).toEqual([]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(
          endpoint.requests.map(({operation, params}) => [
            operation,
            params.RoleName ??
              params.Bucket ??
              params.repositoryNames ??
              params.repositoryName,
            params.PolicyName,
            params.LocationConstraint,
          ]),
        ).toEqual([
          ['GetCallerIdentity', undefined, undefined, undefined],
          ['GetRole', 'SageMakerExecutionRole', undefined, undefined],
          ['CreateRole', 'SageMakerExecutionRole', undefined, undefined],
          [
            'PutRolePolicy',
            'SageMakerExecutionRole',
            IAC_POLICY_NAMES.execution,
            undefined,
          ],
          ['GetRole', agentRoleName, undefined, undefined],
          ['UpdateAssumeRolePolicy', agentRoleName, undefined, undefined],
          ['GetRolePolicy', agentRoleName, IAC_POLICY_NAMES.agent, undefined],
          [
            'DeleteRolePolicy',
            agentRoleName,
            IAC_POLICY_NAMES.agent,
            undefined,
          ],
          [
            'PutRolePolicy',
            agentRoleName,
            IAC_POLICY_NAMES.sagemaker,
            undefined,
          ],
          ['DescribeRepositories', ['project-a/web-app'], undefined, undefined],
          ['HeadBucket', 'my-launch-bucket', undefined, undefined],
          ['CreateBucket', 'my-launch-bucket', undefined, undefined],
        ]);
        expect(new Set(endpoint.requests.map(({region}) => region))).toEqual(
          new Set(['us-east-1']),
        );
        expect(parsedPolicies(endpoint.state)).toEqual({
          SageMakerExecutionRole: {
            path: '/service-role/',
            trust: documents.executionTrust,
            policies: {
              [IAC_POLICY_NAMES.execution]: documents.executionPermissions,
            },
          },
          [agentRoleName]: {
            path: '/',
            trust: documents.agentTrust,
            policies: {[IAC_POLICY_NAMES.sagemaker]: documents.sagemakerPolicy},
          },
        });
        expect(endpoint.state.instanceProfiles).toEqual({});
        expect(endpoint.state.buckets).toEqual({'my-launch-bucket': ''});
      } finally {
        await endpoint.close();
      }
    }, 300_000);

    it('refuses, with the real CLI too, before any request, naming the placeholder', async () => {
      const {inputs, documents} = setup('aws', 'us-east-1', 'ec2', 'kaniko', {
        kmsKeyArn: '<ARN-OF-KMS-KEY>',
      });
      const script = cliScript(
        inputs,
        {
          ...documents,
          executionPermissions: executionRolePermissionsPolicy(inputs),
        },
        {createResources: true},
      );
      const endpoint = new AwsEndpoint(ACCOUNT, 'aws');
      const url = await endpoint.start();
      try {
        const run = await runScript(script, awsEnv(url, 'us-east-1', bin));
        expect(run.status).toBe(1);
        expect(run.stderr).toBe(
          'Fill in these placeholders first (on the page, or in this script): <ARN-OF-KMS-KEY>\n',
        );
        expect(endpoint.requests).toEqual([]);
      } finally {
        await endpoint.close();
      }
    });
  },
);

/**
 * A stand-in for `aws` that runs in milliseconds, for the property tests: it
 * records each call's arguments (NUL-separated) and the documents its
 * file:// arguments name, answers the caller's account, and says that
 * nothing exists yet, as the real services word it.
 */
const RECORDER = String.raw`#!/bin/bash
set -euo pipefail
n=$(($(cat "$RECORD_DIR/count" 2>/dev/null || echo 0) + 1))
echo "$n" >"$RECORD_DIR/count"
printf '%s\0' "$@" >"$RECORD_DIR/call-$n"
for arg in "$@"; do
  case "$arg" in
    *=file://*) cat "${'$'}{arg#*=file://}" >>"$RECORD_DIR/call-$n.json" ;;
  esac
done
case "$1 $2" in
  'sts get-caller-identity') echo "$RECORD_ACCOUNT" ;;
  'iam get-'*) echo 'An error occurred (NoSuchEntity) when calling the operation' >&2; exit 254 ;;
  'ecr describe-repositories') echo 'An error occurred (RepositoryNotFoundException)' >&2; exit 254 ;;
  's3api head-bucket') echo 'An error occurred (404) when calling the HeadBucket operation: Not Found' >&2; exit 254 ;;
esac
`;

interface RecordedCall {
  readonly args: readonly string[];
  /** The file:// document the call passed, parsed. */
  readonly document?: unknown;
}

function recorderDirectory(): string {
  const dir = mkdtempSync(join(work, 'recorder-'));
  writeFileSync(join(dir, 'aws'), RECORDER);
  chmodSync(join(dir, 'aws'), 0o755);
  return dir;
}

/** Runs the script with the recorder as `aws`; its calls in order. */
async function record(
  script: string,
  account: string,
): Promise<{status: number | null; stderr: string; calls: RecordedCall[]}> {
  const bin = recorderDirectory();
  const run = await runScript(script, {
    PATH: `${bin}:/usr/bin:/bin`,
    RECORD_DIR: bin,
    RECORD_ACCOUNT: account,
  });
  const count = Number(readFileOr(join(bin, 'count'), '0'));
  const calls = Array.from({length: count}, (_, index) => {
    const args = readFileSync(join(bin, `call-${index + 1}`), 'utf8')
      .split('\0')
      .slice(0, -1);
    const json = readFileOr(join(bin, `call-${index + 1}.json`), undefined);
    return json === undefined
      ? {args}
      : {args, document: JSON.parse(json) as unknown};
  });
  return {status: run.status, stderr: run.stderr, calls};
}

function readFileOr<T>(file: string, fallback: T): string | T {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

/** The value of `--name=value` in a call's arguments. */
const option = (call: RecordedCall, name: string) =>
  call.args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

// Hostile values the validators let through: every character each rule
// allows, quotes and leading dashes included (inputs.ts, validate/).
const roleName = fc.stringMatching(/^[\w+=,.@-]{1,64}$/);
const pathSegment = fc.stringMatching(/^[A-Za-z0-9+=,.@_-]{1,20}$/);
const repositoryName = fc.stringMatching(
  /^[a-z0-9]{1,8}(?:(?:\.|_|__|-+)[a-z0-9]{1,8}){0,3}(?:\/[a-z0-9]{1,8}(?:(?:\.|_|__|-+)[a-z0-9]{1,8}){0,3}){0,3}$/,
);
const bucketName = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{1,20}[a-z0-9]$/);
const outputPrefix = fc.stringMatching(
  /^[A-Za-z0-9!\-_.'()]{1,12}(?:\/[A-Za-z0-9!\-_.'()]{1,12}){0,3}$/,
);
const kubernetesName = fc.stringMatching(
  /^[a-z0-9](?:[-a-z0-9]{0,20}[a-z0-9])?$/,
);

const hostileInputs = fc.record({
  region: fc.constantFrom(...REGIONS),
  agentHost: fc.constantFrom(...AGENT_HOSTS),
  builder: fc.constantFrom(...BUILDERS),
  createResources: fc.boolean(),
  agentRoleName: roleName,
  executionRoleName: roleName,
  executionRolePath: fc.array(pathSegment, {maxLength: 3}),
  repository: repositoryName,
  bucket: bucketName,
  outputPrefix,
  trustedRoleName: roleName,
  k8sNamespace: kubernetesName,
  k8sServiceAccount: kubernetesName,
});

function hostileSetup(
  sample: typeof hostileInputs extends fc.Arbitrary<infer T> ? T : never,
) {
  const {partition, region} = sample.region;
  const executionRoleArn = `arn:${partition}:iam::${ACCOUNT}:role/${[...sample.executionRolePath, sample.executionRoleName].join('/')}`;
  return setup(partition, region, sample.agentHost, sample.builder, {
    agentRoleName: sample.agentRoleName,
    executionRoleArn,
    repository: sample.repository,
    bucket: sample.bucket,
    outputPrefix: sample.outputPrefix,
    trustedPrincipalArn: `arn:${partition}:iam::${ACCOUNT}:role/${sample.trustedRoleName}`,
    k8sNamespace: sample.k8sNamespace,
    k8sServiceAccount: sample.k8sServiceAccount,
  });
}

describe('cliScript, with hostile values the validators allow', () => {
  it('passes every value to the CLI exactly as typed, every document as the page shows it, and runs nothing else', async () => {
    const scripts: string[] = [];
    await fc.assert(
      fc.asyncProperty(hostileInputs, async (sample) => {
        const {inputs, documents} = hostileSetup(sample);
        const script = cliScript(inputs, documents, {
          createResources: sample.createResources,
        });
        scripts.push(script);
        const {status, stderr, calls} = await record(script, ACCOUNT);
        expect(stderr).toBe('');
        expect(status).toBe(0);
        const region = sample.region.region;
        for (const call of calls) {
          expect(option(call, 'region')).toBe(region);
        }
        const byOperation = (operation: string) =>
          calls.filter((call) => call.args.slice(0, 2).join(' ') === operation);
        const executionRole = roleNameAndPath(inputs.executionRoleArn);
        expect(
          byOperation('iam create-role').map((call) => [
            option(call, 'role-name'),
            option(call, 'path'),
            call.document,
          ]),
        ).toEqual([
          [
            executionRole.name,
            `/${sample.executionRolePath.map((segment) => `${segment}/`).join('')}`,
            documents.executionTrust,
          ],
          [sample.agentRoleName, '/', documents.agentTrust],
        ]);
        expect(
          byOperation('iam put-role-policy').map((call) => [
            option(call, 'role-name'),
            option(call, 'policy-name'),
            call.document,
          ]),
        ).toEqual([
          [
            sample.executionRoleName,
            IAC_POLICY_NAMES.execution,
            documents.executionPermissions,
          ],
          ...(documents.agentPolicy === undefined
            ? []
            : [
                [
                  sample.agentRoleName,
                  IAC_POLICY_NAMES.agent,
                  documents.agentPolicy,
                ],
              ]),
          [
            sample.agentRoleName,
            IAC_POLICY_NAMES.sagemaker,
            documents.sagemakerPolicy,
          ],
        ]);
        expect(
          byOperation('iam add-role-to-instance-profile').map((call) => [
            option(call, 'instance-profile-name'),
            option(call, 'role-name'),
          ]),
        ).toEqual(
          sample.agentHost === 'ec2'
            ? [[sample.agentRoleName, sample.agentRoleName]]
            : [],
        );
        expect(
          byOperation('ecr create-repository').map((call) =>
            option(call, 'repository-name'),
          ),
        ).toEqual(sample.createResources ? [sample.repository] : []);
        expect(
          byOperation('s3api create-bucket').map((call) => [
            option(call, 'bucket'),
            option(call, 'create-bucket-configuration'),
          ]),
        ).toEqual(
          sample.createResources
            ? [
                [
                  sample.bucket,
                  region === 'us-east-1'
                    ? undefined
                    : `LocationConstraint=${region}`,
                ],
              ]
            : [],
        );
      }),
      {numRuns: 10},
    );
    if (HAS_SHELLCHECK) {
      expect(shellcheck(scripts)).toBe('');
    }
  }, 120_000);

  it('creates nothing with credentials for another account', async () => {
    const {inputs, documents} = setup('aws', 'us-east-1', 'ec2', 'kaniko');
    const script = cliScript(inputs, documents, {createResources: true});
    const {status, stderr, calls} = await record(script, OTHER_ACCOUNT);
    expect(status).toBe(1);
    expect(stderr).toBe(
      `These credentials are for account ${OTHER_ACCOUNT}; the policies are for account ${ACCOUNT}.\n`,
    );
    expect(calls.map((call) => call.args.slice(0, 2))).toEqual([
      ['sts', 'get-caller-identity'],
    ]);
  });

  it('refuses to run while a placeholder remains, naming each, before any call', async () => {
    const fields = fc.subarray(
      [
        'region',
        'account',
        'agentRoleName',
        'executionRoleArn',
        'repository',
        'bucket',
        'outputPrefix',
        'kmsKeyArn',
        'trustedPrincipalArn',
        'k8sNamespace',
      ] as const,
      {minLength: 1},
    );
    await fc.assert(
      fc.asyncProperty(hostileInputs, fields, async (sample, missing) => {
        const {inputs: filled} = hostileSetup(sample);
        const inputs: SetupInputs = {
          ...filled,
          ...Object.fromEntries(
            missing.map((field) => [field, PLACEHOLDER_INPUTS[field]]),
          ),
        };
        const {documents} = setup(
          sample.region.partition,
          sample.region.region,
          sample.agentHost,
          sample.builder,
          inputs,
        );
        const rebuilt = {
          ...documents,
          executionTrust: executionRoleTrustPolicy(inputs),
          executionPermissions: executionRolePermissionsPolicy(inputs),
          agentTrust: agentRoleTrustPolicy(inputs),
        };
        const script = cliScript(inputs, rebuilt, {
          createResources: sample.createResources,
        });
        // Independently: every placeholder the documents or the used values hold.
        const used = [
          JSON.stringify(rebuilt),
          inputs.region,
          inputs.account,
          inputs.agentRoleName,
          inputs.executionRoleArn,
          ...(sample.createResources ? [inputs.repository, inputs.bucket] : []),
        ].join('\n');
        const expected = [
          ...new Set(used.match(/<[A-Z][A-Z0-9-]*>/g) ?? []),
        ].sort();
        const {status, stderr, calls} = await record(script, ACCOUNT);
        if (expected.length === 0) {
          // Every missing field was one these options do not use: it runs.
          expect(status).toBe(0);
          return;
        }
        expect(calls).toEqual([]);
        expect(status).toBe(1);
        expect(stderr).toBe(
          `Fill in these placeholders first (on the page, or in this script): ${expected.join(' ')}\n`,
        );
      }),
      {numRuns: 10},
    );
  }, 120_000);
});
