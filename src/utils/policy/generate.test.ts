import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {CallId} from './agentCalls';
import {CORRECTIONS} from './corrections';
import {EMPTY_VALUES, placeholderOf, POLICY_FIELD_IDS} from './fields';
import type {PolicyFieldId} from './fields';
import {generatePolicies} from './generate';
import {DEFAULT_OPTIONS, allOptionCombinations} from './options';
import {agentPolicyOf, KEY_ID, policiesOf} from './testing/fixtures';
import type {
  CallGrant,
  FieldValues,
  GeneratedPolicy,
  PolicyDocument,
  PolicyOptions,
  PolicyStatement,
} from './types';
import {validateFields, validValues} from './validate';

// The expected documents below are written out by hand from the agent's
// calls and AWS's documentation: nothing here asks the generator, its
// statement table or its call table what they should be.

/** The original page's ECR actions on the repository, in its order. */
const PAGE_ECR_ACTIONS = [
  'ecr:PutLifecyclePolicy',
  'ecr:PutImageTagMutability',
  'ecr:StartImageScan',
  'ecr:CreateRepository',
  'ecr:PutImageScanningConfiguration',
  'ecr:UploadLayerPart',
  'ecr:BatchDeleteImage',
  'ecr:DeleteLifecyclePolicy',
  'ecr:DeleteRepository',
  'ecr:PutImage',
  'ecr:CompleteLayerUpload',
  'ecr:StartLifecyclePolicyPreview',
  'ecr:InitiateLayerUpload',
  'ecr:DeleteRepositoryPolicy',
];

/** The resources a Region's policies name, written out by hand. */
interface ExpectedArns {
  readonly repository: string;
  readonly bucket: string;
  readonly objects: string;
  readonly trainingJobs: string;
  readonly role: string;
  readonly kmsKey: string;
  readonly viaService: string;
  readonly logs: string;
}

interface RegionCase {
  readonly name: string;
  readonly values: FieldValues;
  readonly arns: ExpectedArns;
}

const COMMERCIAL: RegionCase = {
  name: 'commercial (us-east-1, aws)',
  values: {
    ...EMPTY_VALUES,
    REGION: 'us-east-1',
    'ACCOUNT-ID': '123456789012',
    'YOUR-REPO-NAME': 'project-a/web-app',
    'BUCKET-NAME': 'my-launch-bucket',
    'ARN-OF-ROLE-TO-PASS':
      'arn:aws:iam::123456789012:role/service-role/SageMakerExecutionRole',
    'ARN-OF-KMS-KEY': `arn:aws:kms:us-east-1:123456789012:key/${KEY_ID}`,
  },
  arns: {
    repository:
      'arn:aws:ecr:us-east-1:123456789012:repository/project-a/web-app',
    bucket: 'arn:aws:s3:::my-launch-bucket',
    objects: 'arn:aws:s3:::my-launch-bucket/*',
    trainingJobs: 'arn:aws:sagemaker:us-east-1:123456789012:training-job/*',
    role: 'arn:aws:iam::123456789012:role/service-role/SageMakerExecutionRole',
    kmsKey: `arn:aws:kms:us-east-1:123456789012:key/${KEY_ID}`,
    viaService: 'sagemaker.us-east-1.amazonaws.com',
    logs: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/sagemaker/TrainingJobs:*',
  },
};

const CHINA: RegionCase = {
  name: 'China (cn-north-1, aws-cn, ViaService still .amazonaws.com)',
  values: {
    ...EMPTY_VALUES,
    REGION: 'cn-north-1',
    'ACCOUNT-ID': '000011112222',
    'YOUR-REPO-NAME': 'launch',
    'BUCKET-NAME': 'launch.bucket.cn',
    'ARN-OF-ROLE-TO-PASS':
      'arn:aws-cn:iam::000011112222:role/SageMakerExecutionRole',
    'ARN-OF-KMS-KEY':
      'arn:aws-cn:kms:cn-north-1:000011112222:key/mrk-1234abcd12ab34cd56ef1234567890ab',
  },
  arns: {
    repository: 'arn:aws-cn:ecr:cn-north-1:000011112222:repository/launch',
    bucket: 'arn:aws-cn:s3:::launch.bucket.cn',
    objects: 'arn:aws-cn:s3:::launch.bucket.cn/*',
    trainingJobs: 'arn:aws-cn:sagemaker:cn-north-1:000011112222:training-job/*',
    role: 'arn:aws-cn:iam::000011112222:role/SageMakerExecutionRole',
    kmsKey:
      'arn:aws-cn:kms:cn-north-1:000011112222:key/mrk-1234abcd12ab34cd56ef1234567890ab',
    viaService: 'sagemaker.cn-north-1.amazonaws.com',
    logs: 'arn:aws-cn:logs:cn-north-1:000011112222:log-group:/aws/sagemaker/TrainingJobs:*',
  },
};

const GOVCLOUD: RegionCase = {
  name: 'GovCloud (us-gov-west-1, aws-us-gov)',
  values: {
    ...EMPTY_VALUES,
    REGION: 'us-gov-west-1',
    'ACCOUNT-ID': '999988887777',
    'YOUR-REPO-NAME': 'wandb/launch-agent',
    'BUCKET-NAME': 'gov-launch-bucket',
    'ARN-OF-ROLE-TO-PASS': 'arn:aws-us-gov:iam::999988887777:role/Exec',
    'ARN-OF-KMS-KEY': `arn:aws-us-gov:kms:us-gov-west-1:999988887777:key/${KEY_ID}`,
  },
  arns: {
    repository:
      'arn:aws-us-gov:ecr:us-gov-west-1:999988887777:repository/wandb/launch-agent',
    bucket: 'arn:aws-us-gov:s3:::gov-launch-bucket',
    objects: 'arn:aws-us-gov:s3:::gov-launch-bucket/*',
    trainingJobs:
      'arn:aws-us-gov:sagemaker:us-gov-west-1:999988887777:training-job/*',
    role: 'arn:aws-us-gov:iam::999988887777:role/Exec',
    kmsKey: `arn:aws-us-gov:kms:us-gov-west-1:999988887777:key/${KEY_ID}`,
    viaService: 'sagemaker.us-gov-west-1.amazonaws.com',
    logs: 'arn:aws-us-gov:logs:us-gov-west-1:999988887777:log-group:/aws/sagemaker/TrainingJobs:*',
  },
};

/** What the page shows before anything is typed. */
const PLACEHOLDERS: ExpectedArns = {
  repository: 'arn:aws:ecr:<REGION>:<ACCOUNT-ID>:repository/<YOUR-REPO-NAME>',
  bucket: 'arn:aws:s3:::<BUCKET-NAME>',
  objects: 'arn:aws:s3:::<BUCKET-NAME>/*',
  // Corrected: the page's `arn:aws:sagemaker:<REGION>:<ACCOUNT-ID>/*` matches nothing.
  trainingJobs: 'arn:aws:sagemaker:<REGION>:<ACCOUNT-ID>:training-job/*',
  role: '<ARN-OF-ROLE-TO-PASS>',
  kmsKey: '<ARN-OF-KMS-KEY>',
  viaService: 'sagemaker.<REGION>.amazonaws.com',
  logs: 'arn:aws:logs:<REGION>:<ACCOUNT-ID>:log-group:/aws/sagemaker/TrainingJobs:*',
};

const ECR_TOKEN: PolicyStatement = {
  Sid: 'EcrToken',
  Effect: 'Allow',
  Action: 'ecr:GetAuthorizationToken',
  Resource: '*',
};

/** The push set (AWS's ECR guide) and the agent's image check, in call order. */
const LEAST_PRIVILEGE_PUSH = [
  'ecr:DescribeImages',
  'ecr:BatchCheckLayerAvailability',
  'ecr:InitiateLayerUpload',
  'ecr:UploadLayerPart',
  'ecr:CompleteLayerUpload',
  'ecr:PutImage',
  'ecr:BatchGetImage',
];

const agentDocument = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements,
});

const ecrRepository = (
  arns: ExpectedArns,
  actions: string[],
): PolicyStatement => ({
  Sid: 'EcrRepository',
  Effect: 'Allow',
  Action: actions,
  Resource: arns.repository,
});

/** The page's own statement for the layer check, kept without least privilege. */
const ecrLayerCheck = (arns: ExpectedArns): PolicyStatement => ({
  Sid: 'EcrLayerCheck',
  Effect: 'Allow',
  Action: 'ecr:BatchCheckLayerAvailability',
  Resource: arns.repository,
});

/** Kaniko, the page's statements: what they lack added after the page's actions. */
const kanikoAgent = (arns: ExpectedArns) =>
  agentDocument(
    ecrRepository(arns, [
      ...PAGE_ECR_ACTIONS,
      'ecr:DescribeImages',
      'ecr:BatchGetImage',
      'ecr:GetDownloadUrlForLayer',
    ]),
    ECR_TOKEN,
    ecrLayerCheck(arns),
    {
      Sid: 'ListObjectsInBucket',
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: [arns.bucket],
    },
    {
      Sid: 'AllObjectActions',
      Effect: 'Allow',
      Action: 's3:*Object',
      Resource: [arns.objects],
    },
  );

/** Docker: the page's ECR statements (no Kaniko cache reads), no S3. */
const dockerAgent = (arns: ExpectedArns) =>
  agentDocument(
    ecrRepository(arns, [
      ...PAGE_ECR_ACTIONS,
      'ecr:DescribeImages',
      'ecr:BatchGetImage',
    ]),
    ECR_TOKEN,
    ecrLayerCheck(arns),
  );

/** Kaniko with least privilege: only the actions the agent and Kaniko call. */
const kanikoLeastPrivilegeAgent = (arns: ExpectedArns) =>
  agentDocument(
    ecrRepository(arns, [
      ...LEAST_PRIVILEGE_PUSH,
      'ecr:GetDownloadUrlForLayer',
    ]),
    ECR_TOKEN,
    {
      Sid: 'BuildContextBucket',
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: [arns.bucket],
    },
    {
      Sid: 'BuildContextObjects',
      Effect: 'Allow',
      Action: ['s3:PutObject', 's3:GetObject'],
      Resource: [arns.objects],
    },
  );

/** Docker with least privilege: the push set and the image check only. */
const dockerLeastPrivilegeAgent = (arns: ExpectedArns) =>
  agentDocument(ecrRepository(arns, LEAST_PRIVILEGE_PUSH), ECR_TOKEN);

/** The SageMaker policy: the same statements with every builder. */
function sagemakerPolicy(
  arns: ExpectedArns,
  {passRoleToSageMakerOnly}: {readonly passRoleToSageMakerOnly: boolean},
): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'TrainingJobs',
        Effect: 'Allow',
        Action: [
          'sagemaker:CreateTrainingJob',
          // Tags given to CreateTrainingJob are authorized as AddTags.
          'sagemaker:AddTags',
          'sagemaker:DescribeTrainingJob',
          'sagemaker:StopTrainingJob',
        ],
        Resource: arns.trainingJobs,
      },
      {
        Sid: 'PassExecutionRole',
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: arns.role,
        ...(passRoleToSageMakerOnly
          ? {
              Condition: {
                StringEquals: {
                  'iam:PassedToService': 'sagemaker.amazonaws.com',
                },
              },
            }
          : {}),
      },
      {
        Sid: 'VolumeKeyGrant',
        Effect: 'Allow',
        Action: 'kms:CreateGrant',
        Resource: arns.kmsKey,
        Condition: {
          StringEquals: {'kms:ViaService': arns.viaService},
          // Corrected: the page had "true" under StringEquals.
          Bool: {'kms:GrantIsForAWSResource': true},
        },
      },
      {
        Sid: 'TrainingJobLogs',
        Effect: 'Allow',
        Action: ['logs:DescribeLogStreams', 'logs:GetLogEvents'],
        Resource: arns.logs,
      },
    ],
  };
}

interface ModeCase {
  readonly name: string;
  readonly options: PolicyOptions;
  /** Undefined: no agent policy at all. */
  readonly agent: ((arns: ExpectedArns) => PolicyDocument) | undefined;
  readonly passRoleToSageMakerOnly: boolean;
}

const MODES: readonly ModeCase[] = [
  {
    name: 'default options (Kaniko)',
    options: DEFAULT_OPTIONS,
    agent: kanikoAgent,
    passRoleToSageMakerOnly: false,
  },
  {
    name: 'least privilege (Kaniko)',
    options: {...DEFAULT_OPTIONS, leastPrivilege: true},
    agent: kanikoLeastPrivilegeAgent,
    passRoleToSageMakerOnly: true,
  },
  {
    name: 'Docker builder',
    options: {...DEFAULT_OPTIONS, builder: 'docker'},
    agent: dockerAgent,
    passRoleToSageMakerOnly: false,
  },
  {
    name: 'Docker builder, least privilege',
    options: {...DEFAULT_OPTIONS, builder: 'docker', leastPrivilege: true},
    agent: dockerLeastPrivilegeAgent,
    passRoleToSageMakerOnly: true,
  },
  {
    name: 'noop builder (prebuilt image)',
    options: {...DEFAULT_OPTIONS, builder: 'noop'},
    agent: undefined,
    passRoleToSageMakerOnly: false,
  },
  {
    name: 'PassRole to SageMaker only',
    options: {...DEFAULT_OPTIONS, restrictPassRole: true},
    agent: kanikoAgent,
    passRoleToSageMakerOnly: true,
  },
];

function expectPolicy(
  policy: GeneratedPolicy | undefined,
  document: PolicyDocument,
) {
  expect(policy?.document).toEqual(document);
  // The text pins the key order too: Sid, Effect, Action, Resource, Condition.
  expect(policy?.text).toBe(JSON.stringify(document, null, 2));
  expect(policy?.size).toBe(JSON.stringify(document).replace(/\s/g, '').length);
  expect(policy?.sizeLimit).toBe(6144);
}

describe('generatePolicies with every field filled', () => {
  describe.each([COMMERCIAL, CHINA, GOVCLOUD])('$name', (region) => {
    it.each(MODES)('writes the policies for $name', (mode) => {
      const result = generatePolicies(region.values, mode.options);
      expect(result.issues).toEqual([]);
      if (mode.agent === undefined) {
        expect(result.agent).toBeUndefined();
      } else {
        expectPolicy(result.agent, mode.agent(region.arns));
        expect(result.agent?.placeholders).toEqual([]);
      }
      expectPolicy(result.sagemaker, sagemakerPolicy(region.arns, mode));
      expect(result.sagemaker.placeholders).toEqual([]);
    });
  });

  it('writes keys in the page order and the text exactly as JSON.stringify with two spaces', () => {
    const result = generatePolicies(GOVCLOUD.values, {
      ...DEFAULT_OPTIONS,
      restrictPassRole: true,
      agentHost: 'ec2',
    });
    const order = ['Sid', 'Effect', 'Action', 'Resource', 'Condition'];
    for (const policy of policiesOf(result)) {
      expect(Object.keys(policy.document)).toEqual(['Version', 'Statement']);
      for (const statement of policy.document.Statement) {
        const keys = Object.keys(statement);
        expect(keys).toEqual(order.filter((key) => keys.includes(key)));
      }
    }
    expect(result.sagemaker.text).toContain(
      [
        '      "Condition": {',
        '        "StringEquals": {',
        '          "kms:ViaService": "sagemaker.us-gov-west-1.amazonaws.com"',
        '        },',
        '        "Bool": {',
        '          "kms:GrantIsForAWSResource": true',
        '        }',
        '      }',
      ].join('\n'),
    );
  });
});

describe('the calls and the statements that allow them', () => {
  const sagemaker = (callId: CallId, sid: string | undefined): CallGrant => ({
    callId,
    policy: 'sagemaker',
    sid,
  });
  const agent = (callId: CallId, sid: string): CallGrant => ({
    callId,
    policy: 'agent',
    sid,
  });
  const SAGEMAKER_CALLS = [
    sagemaker('get-caller-identity', undefined),
    sagemaker('create-training-job', 'TrainingJobs'),
    sagemaker('tag-on-create', 'TrainingJobs'),
    sagemaker('pass-role', 'PassExecutionRole'),
    sagemaker('volume-key-grant', 'VolumeKeyGrant'),
    sagemaker('describe-training-job', 'TrainingJobs'),
    sagemaker('stop-training-job', 'TrainingJobs'),
    sagemaker('describe-log-streams', 'TrainingJobLogs'),
    sagemaker('get-log-events', 'TrainingJobLogs'),
  ];

  it('names the statement of every call with the default options', () => {
    expect(generatePolicies(COMMERCIAL.values).calls).toEqual([
      ...SAGEMAKER_CALLS,
      agent('ecr-token', 'EcrToken'),
      agent('describe-images', 'EcrRepository'),
      agent('push-check-layers', 'EcrLayerCheck'),
      agent('push-layers', 'EcrRepository'),
      agent('push-image', 'EcrRepository'),
      agent('kaniko-cache', 'EcrRepository'),
      agent('head-bucket', 'ListObjectsInBucket'),
      agent('upload-context', 'AllObjectActions'),
      agent('kaniko-read-context', 'AllObjectActions'),
    ]);
  });

  it('names the least-privilege statements with least privilege', () => {
    expect(
      generatePolicies(COMMERCIAL.values, {
        ...DEFAULT_OPTIONS,
        leastPrivilege: true,
      }).calls,
    ).toEqual([
      ...SAGEMAKER_CALLS,
      agent('ecr-token', 'EcrToken'),
      agent('describe-images', 'EcrRepository'),
      agent('push-check-layers', 'EcrRepository'),
      agent('push-layers', 'EcrRepository'),
      agent('push-image', 'EcrRepository'),
      agent('kaniko-cache', 'EcrRepository'),
      agent('head-bucket', 'BuildContextBucket'),
      agent('upload-context', 'BuildContextObjects'),
      agent('kaniko-read-context', 'BuildContextObjects'),
    ]);
  });

  it('has only the SageMaker calls with a prebuilt image and no KMS key', () => {
    expect(
      generatePolicies(COMMERCIAL.values, {
        ...DEFAULT_OPTIONS,
        builder: 'noop',
        includeKmsGrant: false,
      }).calls,
    ).toEqual(
      SAGEMAKER_CALLS.filter((call) => call.callId !== 'volume-key-grant'),
    );
  });

  it.each(allOptionCombinations())(
    'names, for %o, only Sids that its policy holds',
    (options) => {
      const result = generatePolicies(COMMERCIAL.values, options);
      for (const call of result.calls) {
        if (call.sid === undefined) {
          expect(call.callId).toBe('get-caller-identity');
          continue;
        }
        const policy =
          call.policy === 'agent' ? agentPolicyOf(result) : result.sagemaker;
        expect(
          policy.document.Statement.map((statement) => statement.Sid),
        ).toContain(call.sid);
      }
    },
  );
});

describe('generatePolicies with nothing filled', () => {
  it('keeps the page structure and placeholders, with only the corrections applied', () => {
    const result = generatePolicies(EMPTY_VALUES, DEFAULT_OPTIONS);
    expect(result.issues).toEqual([]);
    expectPolicy(result.agent, kanikoAgent(PLACEHOLDERS));
    expectPolicy(
      result.sagemaker,
      sagemakerPolicy(PLACEHOLDERS, {passRoleToSageMakerOnly: false}),
    );
    expect(result.agent?.placeholders).toEqual([
      'REGION',
      'ACCOUNT-ID',
      'YOUR-REPO-NAME',
      'BUCKET-NAME',
    ]);
    expect(result.sagemaker.placeholders).toEqual([
      'REGION',
      'ACCOUNT-ID',
      'ARN-OF-ROLE-TO-PASS',
      'ARN-OF-KMS-KEY',
    ]);
  });

  it('uses the defaults when no options are given', () => {
    expect(generatePolicies(EMPTY_VALUES)).toEqual(
      generatePolicies(EMPTY_VALUES, DEFAULT_OPTIONS),
    );
    expect(DEFAULT_OPTIONS).toEqual({
      builder: 'kaniko',
      leastPrivilege: false,
      includeKmsGrant: true,
      restrictPassRole: false,
      agentHost: 'ec2',
    });
  });
});

/** The agent's Sids for these options, as the expected documents above have them. */
function expectedAgentSids(options: PolicyOptions): string[] | undefined {
  switch (options.builder) {
    case 'noop':
      return undefined;
    case 'docker':
      return options.leastPrivilege
        ? ['EcrRepository', 'EcrToken']
        : ['EcrRepository', 'EcrToken', 'EcrLayerCheck'];
    case 'kaniko':
      return options.leastPrivilege
        ? [
            'EcrRepository',
            'EcrToken',
            'BuildContextBucket',
            'BuildContextObjects',
          ]
        : [
            'EcrRepository',
            'EcrToken',
            'EcrLayerCheck',
            'ListObjectsInBucket',
            'AllObjectActions',
          ];
  }
}

describe('options', () => {
  it('has 24 combinations, each once', () => {
    const combinations = allOptionCombinations();
    expect(combinations).toHaveLength(3 * 2 * 2 * 2);
    expect(
      new Set(combinations.map((options) => JSON.stringify(options))).size,
    ).toBe(24);
  });

  it.each(allOptionCombinations())('%o', (options) => {
    const {agent, sagemaker} = generatePolicies(COMMERCIAL.values, options);
    expect(agent?.document.Statement.map((statement) => statement.Sid)).toEqual(
      expectedAgentSids(options),
    );
    expect(agent?.text.includes('arn:aws:s3:::') ?? false).toBe(
      options.builder === 'kaniko',
    );
    expect(agent?.text.includes('arn:aws:ecr:') ?? false).toBe(
      options.builder !== 'noop',
    );
    expect(
      sagemaker.document.Statement.map((statement) => statement.Sid),
    ).toEqual(
      options.includeKmsGrant
        ? [
            'TrainingJobs',
            'PassExecutionRole',
            'VolumeKeyGrant',
            'TrainingJobLogs',
          ]
        : ['TrainingJobs', 'PassExecutionRole', 'TrainingJobLogs'],
    );
    const passRoleOnlyToSageMaker =
      options.leastPrivilege || options.restrictPassRole;
    expect(sagemaker.document.Statement[1]?.Condition).toEqual(
      passRoleOnlyToSageMaker
        ? {StringEquals: {'iam:PassedToService': 'sagemaker.amazonaws.com'}}
        : undefined,
    );
    expect('Condition' in (sagemaker.document.Statement[1] ?? {})).toBe(
      passRoleOnlyToSageMaker,
    );
  });

  it('drops the placeholders of the statements it drops', () => {
    const {agent, sagemaker} = generatePolicies(EMPTY_VALUES, {
      builder: 'docker',
      leastPrivilege: false,
      includeKmsGrant: false,
      restrictPassRole: true,
      agentHost: 'ec2',
    });
    expect(agent?.placeholders).toEqual([
      'REGION',
      'ACCOUNT-ID',
      'YOUR-REPO-NAME',
    ]);
    expect(sagemaker.placeholders).toEqual([
      'REGION',
      'ACCOUNT-ID',
      'ARN-OF-ROLE-TO-PASS',
    ]);
  });

  it('has no agent policy, and so no repository or bucket, with a prebuilt image', () => {
    const result = generatePolicies(EMPTY_VALUES, {
      ...DEFAULT_OPTIONS,
      builder: 'noop',
    });
    expect(result.agent).toBeUndefined();
    expect(result.sagemaker.placeholders).toEqual([
      'REGION',
      'ACCOUNT-ID',
      'ARN-OF-ROLE-TO-PASS',
      'ARN-OF-KMS-KEY',
    ]);
  });
});

describe('fields in use', () => {
  it('reports no issue of a field that no policy uses with these options, and names it unused', () => {
    const values = {
      ...COMMERCIAL.values,
      'BUCKET-NAME': 's3://bad',
      'ARN-OF-KMS-KEY': 'alias/x',
    };
    const all = generatePolicies(values);
    expect(all.issues.map((issue) => issue.field)).toEqual([
      'BUCKET-NAME',
      'ARN-OF-KMS-KEY',
    ]);
    expect(all.unused).toEqual([]);
    for (const builder of ['docker', 'noop'] as const) {
      const result = generatePolicies(values, {
        ...DEFAULT_OPTIONS,
        builder,
        includeKmsGrant: false,
      });
      expect(result.issues).toEqual([]);
      expect(result.unused).toEqual(
        builder === 'noop'
          ? ['YOUR-REPO-NAME', 'BUCKET-NAME', 'ARN-OF-KMS-KEY']
          : ['BUCKET-NAME', 'ARN-OF-KMS-KEY'],
      );
    }
  });

  it('lists the fields each policy uses, filled or not', () => {
    const result = generatePolicies(COMMERCIAL.values);
    expect(agentPolicyOf(result).fields).toEqual([
      'REGION',
      'ACCOUNT-ID',
      'YOUR-REPO-NAME',
      'BUCKET-NAME',
    ]);
    expect(result.sagemaker.fields).toEqual([
      'REGION',
      'ACCOUNT-ID',
      'ARN-OF-ROLE-TO-PASS',
      'ARN-OF-KMS-KEY',
    ]);
  });
});

describe('what goes in', () => {
  it('keeps the placeholder of a field with an error and fills the others', () => {
    const result = generatePolicies({
      ...COMMERCIAL.values,
      'ACCOUNT-ID': '1234-5678-9012',
      'ARN-OF-KMS-KEY': 'alias/x',
    });
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'account-id-format',
      'kms-key-is-alias',
    ]);
    const agent = agentPolicyOf(result);
    expect(agent.text).toContain(
      'arn:aws:ecr:us-east-1:<ACCOUNT-ID>:repository/project-a/web-app',
    );
    expect(agent.text).not.toContain('1234-5678-9012');
    expect(result.sagemaker.text).not.toContain('1234-5678-9012');
    expect(result.sagemaker.document.Statement[2]?.Resource).toBe(
      '<ARN-OF-KMS-KEY>',
    );
    expect(result.sagemaker.placeholders).toEqual([
      'ACCOUNT-ID',
      'ARN-OF-KMS-KEY',
    ]);
  });

  it('inserts trimmed values and values with warnings', () => {
    const kmsKey = `arn:aws:kms:eu-west-1:210987654321:key/${KEY_ID}`;
    const result = generatePolicies({
      ...COMMERCIAL.values,
      REGION: '  us-east-1\n',
      'ARN-OF-KMS-KEY': kmsKey,
    });
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['whitespace-trimmed', 'warning'],
      ['arn-account-mismatch', 'warning'],
      ['arn-region-mismatch', 'warning'],
    ]);
    expect(result.sagemaker.document.Statement[0]?.Resource).toBe(
      'arn:aws:sagemaker:us-east-1:123456789012:training-job/*',
    );
    expect(result.sagemaker.document.Statement[2]?.Resource).toBe(kmsKey);
  });

  it('writes arn:aws while the region is unknown, and the region partition once it is valid', () => {
    const withRegion = (region: string) =>
      generatePolicies({...EMPTY_VALUES, REGION: region}).sagemaker.document
        .Statement[0]?.Resource;
    expect(withRegion('')).toBe(
      'arn:aws:sagemaker:<REGION>:<ACCOUNT-ID>:training-job/*',
    );
    expect(withRegion('CN-NORTH-1')).toBe(
      'arn:aws:sagemaker:<REGION>:<ACCOUNT-ID>:training-job/*',
    );
    expect(withRegion('cn-northwest-1')).toBe(
      'arn:aws-cn:sagemaker:cn-northwest-1:<ACCOUNT-ID>:training-job/*',
    );
    expect(withRegion('us-iso-east-1')).toBe(
      'arn:aws-iso:sagemaker:us-iso-east-1:<ACCOUNT-ID>:training-job/*',
    );
    expect(withRegion('eu-isoe-west-1')).toBe(
      'arn:aws-iso-e:sagemaker:eu-isoe-west-1:<ACCOUNT-ID>:training-job/*',
    );
  });

  it('writes the partition into the logs ARN too', () => {
    const result = generatePolicies({
      ...EMPTY_VALUES,
      REGION: 'us-isob-east-1',
    });
    expect(result.sagemaker.document.Statement.at(-1)?.Resource).toBe(
      'arn:aws-iso-b:logs:us-isob-east-1:<ACCOUNT-ID>:log-group:/aws/sagemaker/TrainingJobs:*',
    );
  });
});

describe('the corrections are applied', () => {
  it.each(
    CORRECTIONS.map((correction) => [correction.id, correction] as const),
  )('%s', (_id, correction) => {
    expect(correction.source.url).toMatch(
      /^https:\/\/docs\.aws\.amazon\.com\//,
    );
    expect(correction.reason).toMatch(/\.$/);
  });

  it('has one entry per fix, each with its own id', () => {
    const ids = CORRECTIONS.map((correction) => correction.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'sagemaker-training-job-arn',
        'partition-from-region',
        'grant-is-for-aws-resource-bool',
        'via-service-suffix',
        'kms-key-arn-only',
      ]),
    );
  });
});

// ---------------------------------------------------------------------------
// Properties over arbitrary and hostile input

const VALID_EXAMPLES: Readonly<Record<PolicyFieldId, readonly string[]>> = {
  REGION: [
    'us-east-1',
    'cn-north-1',
    'us-gov-west-1',
    'eu-west-1',
    'us-isob-east-1',
  ],
  'ACCOUNT-ID': ['123456789012', '000011112222', '210987654321'],
  'YOUR-REPO-NAME': ['my-repo', 'project-a/web-app', 'a__b.c'],
  'BUCKET-NAME': ['my-bucket', 'launch.bucket.cn', 'abc'],
  'ARN-OF-ROLE-TO-PASS': [
    'arn:aws:iam::123456789012:role/Exec',
    'arn:aws-cn:iam::000011112222:role/service-role/Exec',
    'arn:aws-us-gov:iam::210987654321:role/a+=,.@_-',
  ],
  'ARN-OF-KMS-KEY': [
    `arn:aws:kms:us-east-1:123456789012:key/${KEY_ID}`,
    'arn:aws-cn:kms:cn-north-1:000011112222:key/mrk-1234abcd12ab34cd56ef1234567890ab',
    `arn:aws:kms:eu-west-1:210987654321:key/${KEY_ID}`,
  ],
};

const HOSTILE_FRAGMENTS = [
  '"',
  '\\',
  '\\"',
  '</script>',
  '<script>alert(1)</script>',
  '<!--',
  '${x}',
  '"},{"Effect":"Allow","Action":"*","Resource":"*"},{"Sid":"',
  '*',
  '?',
  ':*',
  '/*',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\u2028',
  '\ud800',
  '\udfff',
  '😀',
  'é',
  'ÿ',
  'Ā',
  'שלום',
  '<REGION>',
  '<ACCOUNT-ID>',
  'arn:',
  ':',
  '/',
  '-',
  '.',
  '..',
];

function fieldValue(field: PolicyFieldId): fc.Arbitrary<string> {
  const valid = fc.constantFrom(...VALID_EXAMPLES[field]);
  const fragment = fc.oneof(
    valid,
    fc.constantFrom(...HOSTILE_FRAGMENTS),
    fc.string({maxLength: 12}),
    fc.string({unit: 'binary', maxLength: 12}),
    fc.string({unit: 'grapheme', maxLength: 6}),
  );
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .array(fragment, {maxLength: 5})
        .map((parts) => parts.join('')),
    },
    {weight: 2, arbitrary: valid},
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('', ' ', '\t', '\n', '\u200b'),
          valid,
          fc.constantFrom('', ' ', '\n', '*', '?', '\u202e'),
        )
        .map(([before, value, after]) => `${before}${value}${after}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...HOSTILE_FRAGMENTS, 'a', '1', 'a-'),
          fc.constantFrom(2048, 2049, 100_000),
        )
        .map(([unit, length]) =>
          unit.repeat(Math.ceil(length / unit.length)).slice(0, length),
        ),
    },
  );
}

const arbitraryValues: fc.Arbitrary<FieldValues> = fc
  .record({
    REGION: fieldValue('REGION'),
    'ACCOUNT-ID': fieldValue('ACCOUNT-ID'),
    'YOUR-REPO-NAME': fieldValue('YOUR-REPO-NAME'),
    'BUCKET-NAME': fieldValue('BUCKET-NAME'),
    'ARN-OF-ROLE-TO-PASS': fieldValue('ARN-OF-ROLE-TO-PASS'),
    'ARN-OF-KMS-KEY': fieldValue('ARN-OF-KMS-KEY'),
  })
  .map((values) => ({...EMPTY_VALUES, ...values}));

const arbitraryOptions: fc.Arbitrary<PolicyOptions> = fc.record({
  builder: fc.constantFrom('kaniko', 'docker', 'noop'),
  leastPrivilege: fc.boolean(),
  includeKmsGrant: fc.boolean(),
  restrictPassRole: fc.boolean(),
  agentHost: fc.constant('ec2'),
});

/** Which policy text uses which field, given the options. */
function usesField(
  policy: 'agent' | 'sagemaker',
  field: PolicyFieldId,
  options: PolicyOptions,
): boolean {
  switch (field) {
    case 'REGION':
    case 'ACCOUNT-ID':
      return true;
    case 'YOUR-REPO-NAME':
      return policy === 'agent' && options.builder !== 'noop';
    case 'BUCKET-NAME':
      return policy === 'agent' && options.builder === 'kaniko';
    case 'ARN-OF-ROLE-TO-PASS':
      return policy === 'sagemaker';
    case 'ARN-OF-KMS-KEY':
      return policy === 'sagemaker' && options.includeKmsGrant;
  }
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  if (Array.isArray(value)) {
    return value.flatMap(allStrings);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => [
      key,
      ...allStrings(inner),
    ]);
  }
  return [];
}

const IAM_CHARACTERS = /^[\t\n\r\u0020-\u00ff]*$/;
/** Control, zero-width and bidi characters: a message must never carry them. */
function invisibleCharacters(text: string): string[] {
  return Array.from(text).filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x200b && code <= 0x200f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2060 && code <= 0x2069) ||
      (code >= 0xd800 && code <= 0xdfff) ||
      code === 0xfeff
    );
  });
}

const countWildcards = (text: string) => text.replace(/[^*?]/g, '').length;

describe('properties', () => {
  const emptyTexts = new Map<string, {agent: string; sagemaker: string}>();
  const emptyTextsFor = (options: PolicyOptions) => {
    const key = JSON.stringify(options);
    let texts = emptyTexts.get(key);
    if (texts === undefined) {
      const {agent, sagemaker} = generatePolicies(EMPTY_VALUES, options);
      texts = {agent: agent?.text ?? '', sagemaker: sagemaker.text};
      emptyTexts.set(key, texts);
    }
    return texts;
  };

  it('always writes a well-formed policy that holds only valid values or placeholders', () => {
    fc.assert(
      fc.property(arbitraryValues, arbitraryOptions, (values, options) => {
        const result = generatePolicies(values, options);
        // A prebuilt image needs no agent policy, whatever the values.
        expect(result.agent === undefined).toBe(options.builder === 'noop');
        for (const policy of policiesOf(result)) {
          // Plain checks gathered into one expect each: expect() per item is slow over 300 runs.
          expect(JSON.parse(policy.text)).toEqual(policy.document);
          expect(policy.document.Version).toBe('2012-10-17');
          const sids = policy.document.Statement.flatMap(
            (statement) => statement.Sid ?? [],
          );
          expect(sids.filter((sid) => !/^[A-Za-z0-9]+$/.test(sid))).toEqual([]);
          expect(IAM_CHARACTERS.test(policy.text)).toBe(true);
          expect(
            allStrings(policy.document).filter(
              (text) => !IAM_CHARACTERS.test(text),
            ),
          ).toEqual([]);
          // No input can add a wildcard: only the page's own ones are there.
          expect(countWildcards(policy.text)).toBe(
            countWildcards(emptyTextsFor(options)[policy.id]),
          );
          expect(policy.size).toBeLessThan(policy.sizeLimit);
          const expectedPlaceholders = POLICY_FIELD_IDS.filter(
            (field) =>
              usesField(policy.id, field, options) &&
              validValues(values)[field] === undefined,
          );
          expect(policy.placeholders).toEqual(expectedPlaceholders);
          const missingValues = POLICY_FIELD_IDS.flatMap((field) => {
            const value = validValues(values)[field];
            return usesField(policy.id, field, options) &&
              value !== undefined &&
              !policy.text.includes(value)
              ? [field]
              : [];
          });
          expect(missingValues).toEqual([]);
        }
      }),
      {numRuns: 300},
    );
  });

  it('inserts only values that validate again, unchanged, on their own', () => {
    fc.assert(
      fc.property(arbitraryValues, (values) => {
        for (const field of POLICY_FIELD_IDS) {
          const value = validValues(values)[field];
          if (value === undefined) {
            continue;
          }
          expect(value).toBe(values[field].trim());
          expect(value).toMatch(/^[\x21-\x7e]+$/);
          expect(value).not.toMatch(/[*?]/);
          const again = validateFields({...EMPTY_VALUES, [field]: value});
          expect(again.filter((issue) => issue.severity === 'error')).toEqual(
            [],
          );
        }
      }),
      {numRuns: 300},
    );
  });

  it('writes short, full-sentence messages for any input', () => {
    fc.assert(
      fc.property(arbitraryValues, (values) => {
        for (const issue of validateFields(values)) {
          expect(issue.message).toMatch(/^[A-Z“]/);
          expect(issue.message).toMatch(/[.)]$/);
          expect(issue.message.length).toBeLessThan(600);
          expect(invisibleCharacters(issue.message)).toEqual([]);
        }
      }),
      {numRuns: 300},
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbitraryValues, arbitraryOptions, (values, options) => {
        expect(generatePolicies(values, options)).toEqual(
          generatePolicies({...values}, {...options}),
        );
      }),
      {numRuns: 50},
    );
  });
});

it('placeholderOf writes the page placeholders', () => {
  expect(POLICY_FIELD_IDS.map(placeholderOf)).toEqual([
    '<REGION>',
    '<ACCOUNT-ID>',
    '<YOUR-REPO-NAME>',
    '<BUCKET-NAME>',
    '<ARN-OF-ROLE-TO-PASS>',
    '<ARN-OF-KMS-KEY>',
  ]);
});
