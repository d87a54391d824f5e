import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {CORRECTIONS} from './corrections';
import {EMPTY_VALUES, FIELD_IDS} from './fields';
import {DEFAULT_OPTIONS, generatePolicies} from './generate';
import type {
  FieldId,
  FieldValues,
  GeneratedPolicy,
  PolicyDocument,
  PolicyOptions,
} from './types';
import {validateFields, validValues} from './validate';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';

const ECR_ACTIONS = [
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

const COMMERCIAL: FieldValues = {
  REGION: 'us-east-1',
  'ACCOUNT-ID': '123456789012',
  'YOUR-REPO-NAME': 'project-a/web-app',
  'BUCKET-NAME': 'my-launch-bucket',
  'ARN-OF-ROLE-TO-PASS':
    'arn:aws:iam::123456789012:role/service-role/SageMakerExecutionRole',
  'ARN-OF-KMS-KEY': `arn:aws:kms:us-east-1:123456789012:key/${KEY_ID}`,
};

const CHINA: FieldValues = {
  REGION: 'cn-north-1',
  'ACCOUNT-ID': '000011112222',
  'YOUR-REPO-NAME': 'launch',
  'BUCKET-NAME': 'launch.bucket.cn',
  'ARN-OF-ROLE-TO-PASS':
    'arn:aws-cn:iam::000011112222:role/SageMakerExecutionRole',
  'ARN-OF-KMS-KEY':
    'arn:aws-cn:kms:cn-north-1:000011112222:key/mrk-1234abcd12ab34cd56ef1234567890ab',
};

const GOVCLOUD: FieldValues = {
  REGION: 'us-gov-west-1',
  'ACCOUNT-ID': '999988887777',
  'YOUR-REPO-NAME': 'wandb/launch-agent',
  'BUCKET-NAME': 'gov-launch-bucket',
  'ARN-OF-ROLE-TO-PASS': 'arn:aws-us-gov:iam::999988887777:role/Exec',
  'ARN-OF-KMS-KEY': `arn:aws-us-gov:kms:us-gov-west-1:999988887777:key/${KEY_ID}`,
};

function expectPolicy(policy: GeneratedPolicy, document: PolicyDocument) {
  expect(policy.document).toEqual(document);
  expect(policy.text).toBe(JSON.stringify(document, null, 2));
  expect(policy.size).toBe(policy.text.replace(/\s/g, '').length);
  expect(policy.sizeLimit).toBe(6144);
}

describe('generatePolicies with every field filled', () => {
  it('writes the commercial-partition policies (us-east-1)', () => {
    const result = generatePolicies(COMMERCIAL, DEFAULT_OPTIONS);
    expect(result.issues).toEqual([]);
    const repositoryArn =
      'arn:aws:ecr:us-east-1:123456789012:repository/project-a/web-app';
    expectPolicy(result.agent, {
      Version: '2012-10-17',
      Statement: [
        {Effect: 'Allow', Action: ECR_ACTIONS, Resource: repositoryArn},
        {Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*'},
        {
          Effect: 'Allow',
          Action: 'ecr:BatchCheckLayerAvailability',
          Resource: repositoryArn,
        },
        {
          Sid: 'ListObjectsInBucket',
          Effect: 'Allow',
          Action: ['s3:ListBucket'],
          Resource: ['arn:aws:s3:::my-launch-bucket'],
        },
        {
          Sid: 'AllObjectActions',
          Effect: 'Allow',
          Action: 's3:*Object',
          Resource: ['arn:aws:s3:::my-launch-bucket/*'],
        },
      ],
    });
    expectPolicy(result.sagemaker, {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'sagemaker:CreateTrainingJob',
          Resource: 'arn:aws:sagemaker:us-east-1:123456789012:training-job/*',
        },
        {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource:
            'arn:aws:iam::123456789012:role/service-role/SageMakerExecutionRole',
        },
        {
          Effect: 'Allow',
          Action: 'kms:CreateGrant',
          Resource: `arn:aws:kms:us-east-1:123456789012:key/${KEY_ID}`,
          Condition: {
            StringEquals: {
              'kms:ViaService': 'sagemaker.us-east-1.amazonaws.com',
            },
            Bool: {'kms:GrantIsForAWSResource': true},
          },
        },
      ],
    });
    expect(result.agent.placeholders).toEqual([]);
    expect(result.sagemaker.placeholders).toEqual([]);
  });

  it('writes the China policies (cn-north-1, partition aws-cn, ViaService still .amazonaws.com)', () => {
    const result = generatePolicies(CHINA, DEFAULT_OPTIONS);
    expect(result.issues).toEqual([]);
    const repositoryArn =
      'arn:aws-cn:ecr:cn-north-1:000011112222:repository/launch';
    expectPolicy(result.agent, {
      Version: '2012-10-17',
      Statement: [
        {Effect: 'Allow', Action: ECR_ACTIONS, Resource: repositoryArn},
        {Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*'},
        {
          Effect: 'Allow',
          Action: 'ecr:BatchCheckLayerAvailability',
          Resource: repositoryArn,
        },
        {
          Sid: 'ListObjectsInBucket',
          Effect: 'Allow',
          Action: ['s3:ListBucket'],
          Resource: ['arn:aws-cn:s3:::launch.bucket.cn'],
        },
        {
          Sid: 'AllObjectActions',
          Effect: 'Allow',
          Action: 's3:*Object',
          Resource: ['arn:aws-cn:s3:::launch.bucket.cn/*'],
        },
      ],
    });
    expectPolicy(result.sagemaker, {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'sagemaker:CreateTrainingJob',
          Resource:
            'arn:aws-cn:sagemaker:cn-north-1:000011112222:training-job/*',
        },
        {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: 'arn:aws-cn:iam::000011112222:role/SageMakerExecutionRole',
        },
        {
          Effect: 'Allow',
          Action: 'kms:CreateGrant',
          Resource:
            'arn:aws-cn:kms:cn-north-1:000011112222:key/mrk-1234abcd12ab34cd56ef1234567890ab',
          Condition: {
            StringEquals: {
              'kms:ViaService': 'sagemaker.cn-north-1.amazonaws.com',
            },
            Bool: {'kms:GrantIsForAWSResource': true},
          },
        },
      ],
    });
  });

  it('writes the GovCloud policies (us-gov-west-1, partition aws-us-gov), PassRole restricted', () => {
    const result = generatePolicies(GOVCLOUD, {
      ...DEFAULT_OPTIONS,
      restrictPassRole: true,
    });
    expect(result.issues).toEqual([]);
    const repositoryArn =
      'arn:aws-us-gov:ecr:us-gov-west-1:999988887777:repository/wandb/launch-agent';
    expectPolicy(result.agent, {
      Version: '2012-10-17',
      Statement: [
        {Effect: 'Allow', Action: ECR_ACTIONS, Resource: repositoryArn},
        {Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*'},
        {
          Effect: 'Allow',
          Action: 'ecr:BatchCheckLayerAvailability',
          Resource: repositoryArn,
        },
        {
          Sid: 'ListObjectsInBucket',
          Effect: 'Allow',
          Action: ['s3:ListBucket'],
          Resource: ['arn:aws-us-gov:s3:::gov-launch-bucket'],
        },
        {
          Sid: 'AllObjectActions',
          Effect: 'Allow',
          Action: 's3:*Object',
          Resource: ['arn:aws-us-gov:s3:::gov-launch-bucket/*'],
        },
      ],
    });
    expectPolicy(result.sagemaker, {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'sagemaker:CreateTrainingJob',
          Resource:
            'arn:aws-us-gov:sagemaker:us-gov-west-1:999988887777:training-job/*',
        },
        {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: 'arn:aws-us-gov:iam::999988887777:role/Exec',
          Condition: {
            StringEquals: {'iam:PassedToService': 'sagemaker.amazonaws.com'},
          },
        },
        {
          Effect: 'Allow',
          Action: 'kms:CreateGrant',
          Resource: `arn:aws-us-gov:kms:us-gov-west-1:999988887777:key/${KEY_ID}`,
          Condition: {
            StringEquals: {
              'kms:ViaService': 'sagemaker.us-gov-west-1.amazonaws.com',
            },
            Bool: {'kms:GrantIsForAWSResource': true},
          },
        },
      ],
    });
  });

  it('writes keys in the page order and the text exactly as JSON.stringify with two spaces', () => {
    const {agent, sagemaker} = generatePolicies(GOVCLOUD, {
      ...DEFAULT_OPTIONS,
      restrictPassRole: true,
    });
    const order = ['Sid', 'Effect', 'Action', 'Resource', 'Condition'];
    for (const statement of [
      ...agent.document.Statement,
      ...sagemaker.document.Statement,
    ]) {
      const keys = Object.keys(statement);
      expect(keys).toEqual(order.filter((key) => keys.includes(key)));
    }
    expect(Object.keys(agent.document)).toEqual(['Version', 'Statement']);
    expect(sagemaker.text).toContain(
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

describe('generatePolicies with nothing filled', () => {
  it('keeps the page structure and placeholders, with only the corrections applied', () => {
    const result = generatePolicies(EMPTY_VALUES, DEFAULT_OPTIONS);
    expect(result.issues).toEqual([]);
    const repositoryArn =
      'arn:aws:ecr:<REGION>:<ACCOUNT-ID>:repository/<YOUR-REPO-NAME>';
    expect(result.agent.document).toEqual({
      Version: '2012-10-17',
      Statement: [
        {Effect: 'Allow', Action: ECR_ACTIONS, Resource: repositoryArn},
        {Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*'},
        {
          Effect: 'Allow',
          Action: 'ecr:BatchCheckLayerAvailability',
          Resource: repositoryArn,
        },
        {
          Sid: 'ListObjectsInBucket',
          Effect: 'Allow',
          Action: ['s3:ListBucket'],
          Resource: ['arn:aws:s3:::<BUCKET-NAME>'],
        },
        {
          Sid: 'AllObjectActions',
          Effect: 'Allow',
          Action: 's3:*Object',
          Resource: ['arn:aws:s3:::<BUCKET-NAME>/*'],
        },
      ],
    });
    expect(result.sagemaker.document).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'sagemaker:CreateTrainingJob',
          // Corrected: the page's `arn:aws:sagemaker:<REGION>:<ACCOUNT-ID>/*` matches nothing.
          Resource: 'arn:aws:sagemaker:<REGION>:<ACCOUNT-ID>:training-job/*',
        },
        {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: '<ARN-OF-ROLE-TO-PASS>',
        },
        {
          Effect: 'Allow',
          Action: 'kms:CreateGrant',
          Resource: '<ARN-OF-KMS-KEY>',
          Condition: {
            StringEquals: {
              'kms:ViaService': 'sagemaker.<REGION>.amazonaws.com',
            },
            // Corrected: the page had "true" under StringEquals.
            Bool: {'kms:GrantIsForAWSResource': true},
          },
        },
      ],
    });
    expect(result.agent.placeholders).toEqual([
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
      includeKanikoS3: true,
      includeKmsGrant: true,
      restrictPassRole: false,
    });
  });
});

describe('options', () => {
  const combinations = [false, true].flatMap((includeKanikoS3) =>
    [false, true].flatMap((includeKmsGrant) =>
      [false, true].map((restrictPassRole): PolicyOptions => ({
        includeKanikoS3,
        includeKmsGrant,
        restrictPassRole,
      })),
    ),
  );

  it.each(combinations)('%o', (options) => {
    const {agent, sagemaker} = generatePolicies(COMMERCIAL, options);
    const sids = agent.document.Statement.map((statement) => statement.Sid);
    expect(sids).toEqual(
      options.includeKanikoS3
        ? [
            undefined,
            undefined,
            undefined,
            'ListObjectsInBucket',
            'AllObjectActions',
          ]
        : [undefined, undefined, undefined],
    );
    expect(agent.text.includes('arn:aws:s3:::')).toBe(options.includeKanikoS3);
    expect(
      sagemaker.document.Statement.map((statement) => statement.Action),
    ).toEqual(
      options.includeKmsGrant
        ? ['sagemaker:CreateTrainingJob', 'iam:PassRole', 'kms:CreateGrant']
        : ['sagemaker:CreateTrainingJob', 'iam:PassRole'],
    );
    expect(sagemaker.document.Statement[1]?.Condition).toEqual(
      options.restrictPassRole
        ? {StringEquals: {'iam:PassedToService': 'sagemaker.amazonaws.com'}}
        : undefined,
    );
    expect('Condition' in (sagemaker.document.Statement[1] ?? {})).toBe(
      options.restrictPassRole,
    );
  });

  it('drops the placeholders of the statements it drops', () => {
    const {agent, sagemaker} = generatePolicies(EMPTY_VALUES, {
      includeKanikoS3: false,
      includeKmsGrant: false,
      restrictPassRole: true,
    });
    expect(agent.placeholders).toEqual([
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
});

describe('what goes in', () => {
  it('keeps the placeholder of a field with an error and fills the others', () => {
    const result = generatePolicies({
      ...COMMERCIAL,
      'ACCOUNT-ID': '1234-5678-9012',
      'ARN-OF-KMS-KEY': 'alias/x',
    });
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'account-id-format',
      'kms-key-is-alias',
    ]);
    expect(result.agent.text).toContain(
      'arn:aws:ecr:us-east-1:<ACCOUNT-ID>:repository/project-a/web-app',
    );
    expect(result.agent.text).not.toContain('1234-5678-9012');
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
      ...COMMERCIAL,
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

  it('stays far below the managed-policy size limit with the longest valid values', () => {
    const longest: FieldValues = {
      REGION: 'ap-southeast-7',
      'ACCOUNT-ID': '123456789012',
      'YOUR-REPO-NAME': 'a'.repeat(256),
      'BUCKET-NAME': 'b'.repeat(63),
      'ARN-OF-ROLE-TO-PASS': `arn:aws:iam::123456789012:role/${'p/'.repeat(255)}${'n'.repeat(64)}`,
      'ARN-OF-KMS-KEY': `arn:aws:kms:ap-southeast-7:123456789012:key/${KEY_ID}`,
    };
    const result = generatePolicies(longest, {
      ...DEFAULT_OPTIONS,
      restrictPassRole: true,
    });
    expect(result.issues).toEqual([]);
    expect(result.agent.size).toBeLessThan(result.agent.sizeLimit);
    expect(result.sagemaker.size).toBeLessThan(result.sagemaker.sizeLimit);
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

const VALID_EXAMPLES: Readonly<Record<FieldId, readonly string[]>> = {
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

function fieldValue(field: FieldId): fc.Arbitrary<string> {
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

const arbitraryValues: fc.Arbitrary<FieldValues> = fc.record({
  REGION: fieldValue('REGION'),
  'ACCOUNT-ID': fieldValue('ACCOUNT-ID'),
  'YOUR-REPO-NAME': fieldValue('YOUR-REPO-NAME'),
  'BUCKET-NAME': fieldValue('BUCKET-NAME'),
  'ARN-OF-ROLE-TO-PASS': fieldValue('ARN-OF-ROLE-TO-PASS'),
  'ARN-OF-KMS-KEY': fieldValue('ARN-OF-KMS-KEY'),
});

const arbitraryOptions: fc.Arbitrary<PolicyOptions> = fc.record({
  includeKanikoS3: fc.boolean(),
  includeKmsGrant: fc.boolean(),
  restrictPassRole: fc.boolean(),
});

/** Which policy text uses which field, given the options. */
function usesField(
  policy: 'agent' | 'sagemaker',
  field: FieldId,
  options: PolicyOptions,
): boolean {
  switch (field) {
    case 'REGION':
    case 'ACCOUNT-ID':
      return true;
    case 'YOUR-REPO-NAME':
      return policy === 'agent';
    case 'BUCKET-NAME':
      return policy === 'agent' && options.includeKanikoS3;
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
      texts = {agent: agent.text, sagemaker: sagemaker.text};
      emptyTexts.set(key, texts);
    }
    return texts;
  };

  it('always writes a well-formed policy that holds only valid values or placeholders', () => {
    fc.assert(
      fc.property(arbitraryValues, arbitraryOptions, (values, options) => {
        const result = generatePolicies(values, options);
        const valid = validValues(values);
        for (const policy of [result.agent, result.sagemaker]) {
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
          const expectedPlaceholders = FIELD_IDS.filter(
            (field) =>
              usesField(policy.id, field, options) &&
              valid[field] === undefined,
          );
          expect(policy.placeholders).toEqual(expectedPlaceholders);
          const missingValues = FIELD_IDS.flatMap((field) => {
            const value = valid[field];
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
        const valid = validValues(values);
        for (const field of FIELD_IDS) {
          const value = valid[field];
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
