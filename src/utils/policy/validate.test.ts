import {describe, expect, it} from 'vitest';
import {EMPTY_VALUES, FIELD_IDS} from './fields';
import type {FieldId, FieldValues, Issue, IssueCode} from './types';
import {validateFields, validValues} from './validate';

const ROLE = 'arn:aws:iam::123456789012:role/SageMakerExecutionRole';
const KEY =
  'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const MRK_ID = 'mrk-1234abcd12ab34cd56ef1234567890ab';

const VALID: FieldValues = {
  REGION: 'us-east-1',
  'ACCOUNT-ID': '123456789012',
  'YOUR-REPO-NAME': 'my-repo',
  'BUCKET-NAME': 'my-bucket',
  'ARN-OF-ROLE-TO-PASS': ROLE,
  'ARN-OF-KMS-KEY': KEY,
};

function issuesOf(field: FieldId, value: string): Issue[] {
  return validateFields({...EMPTY_VALUES, [field]: value}).filter(
    (issue) => issue.field === field,
  );
}

function codesOf(field: FieldId, value: string): IssueCode[] {
  return issuesOf(field, value).map((issue) => issue.code);
}

function messageOf(field: FieldId, value: string): string {
  return issuesOf(field, value)
    .map((issue) => issue.message)
    .join(' ');
}

describe('every field', () => {
  it.each(FIELD_IDS)(
    '%s: empty or white space only is unfilled, not an issue',
    (field) => {
      expect(codesOf(field, '')).toEqual([]);
      expect(codesOf(field, '  \t\n ')).toEqual([]);
      expect(
        validValues({...EMPTY_VALUES, [field]: ' '})[field],
      ).toBeUndefined();
    },
  );

  it.each(FIELD_IDS)(
    '%s: surrounding white space is trimmed with a warning',
    (field) => {
      const issues = issuesOf(field, ` \t${VALID[field]}\n`);
      expect(issues.map(({code, severity}) => [code, severity])).toEqual([
        ['whitespace-trimmed', 'warning'],
      ]);
      expect(issues[0]?.message).toMatch(
        /^Leading and trailing white space was removed from the /,
      );
      expect(
        validValues({...EMPTY_VALUES, [field]: ` ${VALID[field]}  `})[field],
      ).toBe(VALID[field]);
    },
  );

  it.each(FIELD_IDS)(
    '%s: a valid value has no issue and is used as is',
    (field) => {
      expect(codesOf(field, VALID[field])).toEqual([]);
      expect(validValues(VALID)[field]).toBe(VALID[field]);
    },
  );

  it.each<[FieldId, string]>([
    ['REGION', 'us-*'],
    ['REGION', 'us-east-?'],
    ['ACCOUNT-ID', '12345678901?'],
    ['YOUR-REPO-NAME', 'my-repo*'],
    ['BUCKET-NAME', 'my-bucket-*'],
    ['ARN-OF-ROLE-TO-PASS', 'arn:aws:iam::123456789012:role/*'],
    ['ARN-OF-ROLE-TO-PASS', '*'],
    ['ARN-OF-KMS-KEY', 'arn:aws:kms:us-east-1:123456789012:key/*'],
    [
      'ARN-OF-KMS-KEY',
      'arn:aws:kms:*:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890a?',
    ],
  ])('%s: %j is refused as a wildcard', (field, value) => {
    expect(codesOf(field, value)).toEqual(['wildcard-not-allowed']);
    expect(messageOf(field, value)).toMatch(/wildcard/);
    expect(
      validValues({...EMPTY_VALUES, [field]: value})[field],
    ).toBeUndefined();
  });

  it.each<[FieldId, string, RegExp]>([
    [
      'REGION',
      'us-east-1\u200b',
      /zero-width space \(U\+200B\) at character 10.*type the value again/,
    ],
    ['REGION', 'us east 1', /a space inside it/],
    ['REGION', '\u202eus-east-1', /right-to-left override mark \(U\+202E\)/],
    ['REGION', 'us-éast-1', /“é” \(U\+00E9\)/],
    ['ACCOUNT-ID', '1234 5678 9012', /a space/],
    ['ACCOUNT-ID', '1234\u00a05678\u00a09012', /no-break space/],
    ['ACCOUNT-ID', '123456789012\u0000', /control character \(U\+0000\)/],
    ['YOUR-REPO-NAME', 'my\u200drepo', /zero-width joiner/],
    ['YOUR-REPO-NAME', 'my-repo\u2066', /isolate/],
    ['BUCKET-NAME', 'my\ufeffbucket', /byte order mark/],
    ['BUCKET-NAME', 'my\nbucket', /line break/],
    ['BUCKET-NAME', 'bucket😀', /U\+1F600/],
    [
      'ARN-OF-ROLE-TO-PASS',
      'arn:aws:iam::123456789012:role/na\u2060me',
      /word joiner/,
    ],
    ['ARN-OF-ROLE-TO-PASS', `${ROLE}\ud800`, /U\+D800/],
    ['ARN-OF-KMS-KEY', `${KEY}\u200f`, /right-to-left mark/],
    [
      'ARN-OF-KMS-KEY',
      'arn:aws:kms:us-east-1:123456789012:key/\u00ad1234',
      /soft hyphen/,
    ],
  ])('%s: %j has invalid characters', (field, value, message) => {
    expect(codesOf(field, value)).toEqual(['invalid-characters']);
    expect(messageOf(field, value)).toMatch(message);
  });

  it('reports a wildcard and an invalid character together', () => {
    expect(codesOf('BUCKET-NAME', 'my bucket*')).toEqual([
      'wildcard-not-allowed',
      'invalid-characters',
    ]);
  });

  it.each<[FieldId, string, IssueCode]>([
    ['REGION', 'a'.repeat(65), 'too-long'],
    ['ACCOUNT-ID', '1'.repeat(65), 'account-id-format'],
    ['YOUR-REPO-NAME', 'a'.repeat(257), 'repo-name-length'],
    ['BUCKET-NAME', 'a'.repeat(64), 'bucket-name-length'],
    ['ARN-OF-ROLE-TO-PASS', `${ROLE}${'a'.repeat(2048)}`, 'too-long'],
    ['ARN-OF-KMS-KEY', `${KEY}${'a'.repeat(2048)}`, 'too-long'],
  ])('%s: an overlong value is refused with %#', (field, value, code) => {
    expect(codesOf(field, value)).toEqual([code]);
  });

  it.each(FIELD_IDS)(
    '%s: 100,000-character hostile strings are refused fast, without echoing them',
    (field) => {
      const hostile = [
        'a'.repeat(100_000),
        '-'.repeat(100_000),
        `arn:${'a:'.repeat(50_000)}`,
        `${'a-'.repeat(50_000)}!`,
        '\u200b'.repeat(100_000),
        '*'.repeat(100_000),
        `${'1'.repeat(99_999)}x`,
        `${'a.'.repeat(50_000)}`,
      ];
      const start = performance.now();
      for (const value of hostile) {
        const issues = issuesOf(field, value);
        expect(issues.some((issue) => issue.severity === 'error')).toBe(true);
        for (const issue of issues) {
          expect(issue.message.length).toBeLessThan(400);
        }
      }
      expect(performance.now() - start).toBeLessThan(500);
    },
  );

  it('never quotes more than 40 characters of input', () => {
    const value = `arn:aws:iam::123456789012:user/${'x'.repeat(60)}`;
    const message = messageOf('YOUR-REPO-NAME', `My${'x'.repeat(200)}`);
    expect(message).toContain(`“My${'x'.repeat(37)}…”`);
    expect(messageOf('ARN-OF-ROLE-TO-PASS', value)).not.toContain(
      'x'.repeat(41),
    );
  });
});

describe('REGION', () => {
  it.each([
    'us-east-1',
    'us-west-2',
    'eu-west-3',
    'ap-southeast-7',
    'il-central-1',
    'mx-central-1',
    'cn-north-1',
    'cn-northwest-1',
    'us-gov-west-1',
    'us-iso-east-1',
    'us-isob-east-1',
    'eusc-de-east-1',
  ])('accepts %s', (value) => {
    expect(codesOf('REGION', value)).toEqual([]);
  });

  it.each<[string, RegExp]>([
    ['US-EAST-1', /lowercase: enter us-east-1/],
    ['Eu-West-1', /lowercase: enter eu-west-1/],
    ['us-east-1a', /Availability Zone.*us-east-1\./],
    ['aws-global', /global endpoint.*us-east-1/],
    ['aws-cn-global', /global endpoint/],
    ['aws-us-gov-global', /global endpoint/],
    [
      'us-east-9',
      /looks like a region ID, but it is not one of the \d+ regions/,
    ],
    ['useast1', /form us-east-1/],
    ['N.Virginia', /form us-east-1/],
    ['US East (N. Virginia)', /region's name; enter its ID, us-east-1\./],
    ['Europe (Ireland)', /eu-west-1/],
  ])('refuses %j with region-unknown', (value, message) => {
    expect(codesOf('REGION', value)).toEqual(['region-unknown']);
    expect(messageOf('REGION', value)).toMatch(message);
  });
});

describe('ACCOUNT-ID', () => {
  it.each(['123456789012', '000000000000', '012345678901'])(
    'accepts %s',
    (value) => {
      expect(codesOf('ACCOUNT-ID', value)).toEqual([]);
    },
  );

  it.each<[string, RegExp]>([
    [
      '12345678901',
      /^The AWS account ID must be exactly 12 digits; this one has 11\. .*zeros/,
    ],
    ['1234567890123', /this one has 13\.$/],
    ['1', /this one has 1\./],
    [
      '1234-5678-9012',
      /without hyphens: remove the hyphens and enter 123456789012\./,
    ],
    ['123-456-789-012', /enter 123456789012/],
    [
      'abcdefghijkl',
      /12 digits \(0–9\); “abcdefghijkl” has other characters\./,
    ],
    ['12345678901O', /other characters/],
    [
      'arn:aws:iam::123456789012:root',
      /ARN; enter only its 12-digit account ID, 123456789012\./,
    ],
  ])('refuses %j with account-id-format', (value, message) => {
    expect(codesOf('ACCOUNT-ID', value)).toEqual(['account-id-format']);
    expect(messageOf('ACCOUNT-ID', value)).toMatch(message);
  });
});

describe('YOUR-REPO-NAME', () => {
  it.each([
    'my-repo',
    'ab',
    'a1',
    'project-a/web-app',
    'ns/sub/name',
    'a.b',
    'a_b',
    'a__b',
    'a---b',
    'wandb-launch/agent.v2',
    'a'.repeat(256),
  ])('accepts %j', (value) => {
    expect(codesOf('YOUR-REPO-NAME', value)).toEqual([]);
  });

  it.each<[string, IssueCode[], RegExp]>([
    ['a', ['repo-name-length'], /2 to 256 characters long; this one has 1\./],
    ['A', ['repo-name-length', 'repo-name-format'], /lowercase/],
    ['My-Repo', ['repo-name-format'], /lowercase/],
    [
      '-repo',
      ['repo-name-format'],
      /start and end with a lowercase letter or digit/,
    ],
    ['repo-', ['repo-name-format'], /not valid/],
    ['a___b', ['repo-name-format'], /not valid/],
    ['a._b', ['repo-name-format'], /not valid/],
    ['a/-b', ['repo-name-format'], /not valid/],
    ['a//b', ['repo-name-format'], /not valid/],
    ['/repo', ['repo-name-format'], /not valid/],
    ['repo/', ['repo-name-format'], /not valid/],
    ['my_repo!', ['repo-name-format'], /not valid/],
    ['my-repo:latest', ['repo-name-format'], /without an image tag/],
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/my-repo',
      ['repo-name-format'],
      /repository URI; enter only the repository name, “my-repo”\./,
    ],
    [
      '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/team/app:v1',
      ['repo-name-format'],
      /repository URI; enter only the repository name, “team\/app”\./,
    ],
    [
      'arn:aws:ecr:us-east-1:123456789012:repository/project-a/web-app',
      ['repo-name-format'],
      /ARN; enter only the repository name, “project-a\/web-app”\./,
    ],
  ])('refuses %j', (value, codes, message) => {
    expect(codesOf('YOUR-REPO-NAME', value)).toEqual(codes);
    expect(messageOf('YOUR-REPO-NAME', value)).toMatch(message);
  });
});

describe('BUCKET-NAME', () => {
  it.each([
    'my-bucket',
    'abc',
    'a'.repeat(63),
    'my.bucket.name',
    '1bucket',
    'bucket1',
    'xn-bucket',
    'my-s3alias-bucket',
    'sthree',
    '192.168.5',
    '1.2.3.4.5',
  ])('accepts %j', (value) => {
    expect(codesOf('BUCKET-NAME', value)).toEqual([]);
  });

  it.each<[string, IssueCode[], RegExp]>([
    ['ab', ['bucket-name-length'], /3 to 63 characters long; this one has 2\./],
    ['a'.repeat(64), ['bucket-name-length'], /this one has 64\./],
    [
      'My-Bucket',
      ['bucket-name-characters'],
      /“M” is not allowed \(bucket names are lowercase\)\./,
    ],
    ['my_bucket', ['bucket-name-characters'], /“_” is not allowed/],
    ['my,bucket', ['bucket-name-characters'], /“,” is not allowed/],
    [
      '-bucket',
      ['bucket-name-edge'],
      /begin and end with a lowercase letter or digit/,
    ],
    ['bucket.', ['bucket-name-edge'], /begin and end/],
    ['my..bucket', ['bucket-name-adjacent-periods'], /two periods in a row/],
    ['192.168.5.4', ['bucket-name-ip-address'], /IP address/],
    ['xn--bucket', ['bucket-name-reserved-prefix'], /begin with “xn--”/],
    ['sthree-bucket', ['bucket-name-reserved-prefix'], /“sthree-”/],
    ['amzn-s3-demo-bucket', ['bucket-name-reserved-prefix'], /“amzn-s3-demo-”/],
    ['bucket-s3alias', ['bucket-name-reserved-suffix'], /end with “-s3alias”/],
    ['bucket--ol-s3', ['bucket-name-reserved-suffix'], /“--ol-s3”/],
    ['bucket.mrap', ['bucket-name-reserved-suffix'], /“\.mrap”/],
    ['bucket--x-s3', ['bucket-name-reserved-suffix'], /“--x-s3”/],
    ['bucket--table-s3', ['bucket-name-reserved-suffix'], /“--table-s3”/],
    ['.a..', ['bucket-name-edge', 'bucket-name-adjacent-periods'], /period/],
    [
      's3://my-bucket/some/prefix',
      ['bucket-name-characters'],
      /S3 URI; enter only the bucket name, “my-bucket”\./,
    ],
    [
      'arn:aws:s3:::my-bucket',
      ['bucket-name-characters'],
      /ARN; enter only the bucket name, “my-bucket”\./,
    ],
  ])('refuses %j', (value, codes, message) => {
    expect(codesOf('BUCKET-NAME', value)).toEqual(codes);
    expect(messageOf('BUCKET-NAME', value)).toMatch(message);
  });
});

describe('ARN-OF-ROLE-TO-PASS', () => {
  it.each([
    ROLE,
    'arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-20240101T000000',
    'arn:aws-cn:iam::123456789012:role/SageMakerExecutionRole',
    'arn:aws-us-gov:iam::123456789012:role/SageMakerExecutionRole',
    'arn:aws:iam::123456789012:role/a/b/c/Name+=,.@_-',
    `arn:aws:iam::123456789012:role/${'n'.repeat(64)}`,
    'arn:aws:iam::123456789012:role/aws-service-role/sagemaker.amazonaws.com/AWSServiceRoleForAmazonSageMakerNotebooks',
  ])('accepts %j', (value) => {
    expect(codesOf('ARN-OF-ROLE-TO-PASS', value)).toEqual([]);
  });

  it.each<[string, IssueCode, RegExp]>([
    [
      'SageMakerExecutionRole',
      'role-arn-format',
      /role name.*arn:PARTITION:iam::ACCOUNT-ID:role\/SageMakerExecutionRole/,
    ],
    [
      'role/SageMakerExecutionRole',
      'role-arn-format',
      /role\/SageMakerExecutionRole/,
    ],
    [
      'not an arn'.replace(/ /g, '#'),
      'role-arn-format',
      /arn:PARTITION:iam::ACCOUNT-ID:role\/NAME/,
    ],
    ['arn:aws:iam::123456789012', 'role-arn-format', /six parts/],
    [
      'arn:aws:iam:us-east-1:123456789012:role/x',
      'role-arn-format',
      /no region/,
    ],
    ['arn:aws:iam::12345678901:role/x', 'role-arn-format', /12 digits/],
    [
      'arn:awz:iam::123456789012:role/x',
      'role-arn-format',
      /not an AWS partition.*aws-cn/,
    ],
    ['arn:aws:s3:::my-bucket', 'role-arn-format', /service “s3”/],
    [
      'arn:aws:iam::123456789012:foo/x',
      'role-arn-format',
      /starts with “role\/”/,
    ],
    ['arn:aws:iam::123456789012:role//x', 'role-arn-format', /role path/],
    ['arn:aws:iam::123456789012:role/a#b/x', 'role-arn-format', /role path/],
    [
      `arn:aws:iam::123456789012:role/${'p/'.repeat(300)}x`,
      'role-arn-format',
      /512/,
    ],
    [
      'arn:aws:iam::123456789012:user/alice',
      'role-arn-not-a-role',
      /an IAM user, not of a role/,
    ],
    [
      'arn:aws:iam::123456789012:group/admins',
      'role-arn-not-a-role',
      /an IAM group/,
    ],
    [
      'arn:aws:iam::123456789012:policy/MyPolicy',
      'role-arn-not-a-role',
      /a managed policy/,
    ],
    [
      'arn:aws:iam::123456789012:instance-profile/Prof',
      'role-arn-not-a-role',
      /instance profile/,
    ],
    [
      'arn:aws:sts::123456789012:assumed-role/SageMakerExecutionRole/session',
      'role-arn-not-a-role',
      /assumed-role session.*arn:aws:iam::123456789012:role\/SageMakerExecutionRole /,
    ],
    [
      `arn:aws:sts::${'1'.repeat(500)}:assumed-role/R/s`,
      'role-arn-not-a-role',
      /IAM ARN, arn:PARTITION:iam::ACCOUNT-ID:role\/NAME /,
    ],
    ['arn:aws:iam::123456789012:role/', 'role-name-format', /no role name/],
    [
      'arn:aws:iam::123456789012:role/path/',
      'role-name-format',
      /no role name/,
    ],
    [
      `arn:aws:iam::123456789012:role/${'n'.repeat(65)}`,
      'role-name-format',
      /1 to 64 characters/,
    ],
    [
      'arn:aws:iam::123456789012:role/na#me',
      'role-name-format',
      /“na#me” is not valid/,
    ],
    ['arn:aws:iam::123456789012:role/na:me', 'role-name-format', /not valid/],
  ])('refuses %j', (value, code, message) => {
    expect(codesOf('ARN-OF-ROLE-TO-PASS', value)).toEqual([code]);
    expect(messageOf('ARN-OF-ROLE-TO-PASS', value)).toMatch(message);
  });
});

describe('ARN-OF-KMS-KEY', () => {
  const KMS_REASON =
    'To specify a KMS key in an IAM policy statement, you must use its key ARN';

  it.each([
    KEY,
    `arn:aws:kms:us-east-1:123456789012:key/${MRK_ID}`,
    `arn:aws-cn:kms:cn-north-1:123456789012:key/${KEY_ID}`,
    `arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/${KEY_ID}`,
  ])('accepts %j', (value) => {
    expect(codesOf('ARN-OF-KMS-KEY', value)).toEqual([]);
  });

  it.each<[string, IssueCode]>([
    ['alias/my-key', 'kms-key-is-alias'],
    ['alias/aws/sagemaker', 'kms-key-is-alias'],
    ['arn:aws:kms:us-east-1:123456789012:alias/my-key', 'kms-key-is-alias'],
    [KEY_ID, 'kms-key-is-key-id'],
    [KEY_ID.toUpperCase(), 'kms-key-is-key-id'],
    [MRK_ID, 'kms-key-is-key-id'],
  ])('refuses %j with the KMS reason', (value, code) => {
    expect(codesOf('ARN-OF-KMS-KEY', value)).toEqual([code]);
    expect(messageOf('ARN-OF-KMS-KEY', value)).toContain(KMS_REASON);
  });

  it.each<[string, RegExp]>([
    ['my-key', /arn:PARTITION:kms:REGION:ACCOUNT-ID:key\/KEY-ID/],
    ['arn:aws:kms:us-east-1:123456789012', /key ARN/],
    [
      'arn:aws:kms:us-east-1:123456789012:key/not-a-uuid',
      /“not-a-uuid” is not valid/,
    ],
    [
      `arn:aws:kms:us-east-1:123456789012:key/${KEY_ID.toUpperCase()}`,
      /lowercase/,
    ],
    [`arn:aws:kms:us-east-1:123456789012:key/${KEY_ID}0`, /not valid/],
    ['arn:aws:kms:us-east-1:123456789012:key/', /no key ID after “key\/”/],
    [
      `arn:aws:kms:us-east-9:123456789012:key/${KEY_ID}`,
      /“us-east-9”, is not an AWS region ID/,
    ],
    [`arn:aws:kms::123456789012:key/${KEY_ID}`, /not an AWS region ID/],
    [
      `arn:aws:kms:cn-north-1:123456789012:key/${KEY_ID}`,
      /cn-north-1 is in the partition aws-cn/,
    ],
    [
      `arn:awz:kms:us-east-1:123456789012:key/${KEY_ID}`,
      /not an AWS partition/,
    ],
    [`arn:aws:kms:us-east-1:1234:key/${KEY_ID}`, /12 digits/],
    [
      `arn:aws:kms:us-east-1:123456789012:grant/${KEY_ID}`,
      /starts with “key\/”/,
    ],
    ['arn:aws:s3:::my-bucket', /service “s3”/],
  ])('refuses %j with kms-key-arn-format', (value, message) => {
    expect(codesOf('ARN-OF-KMS-KEY', value)).toEqual(['kms-key-arn-format']);
    expect(messageOf('ARN-OF-KMS-KEY', value)).toMatch(message);
  });
});

describe('cross-field warnings', () => {
  const OTHER_ACCOUNT = '210987654321';

  it('has none when everything agrees', () => {
    expect(validateFields(VALID)).toEqual([]);
  });

  it.each<[string, Partial<FieldValues>, [FieldId, IssueCode][]]>([
    [
      'role in another account',
      {'ARN-OF-ROLE-TO-PASS': `arn:aws:iam::${OTHER_ACCOUNT}:role/R`},
      [['ARN-OF-ROLE-TO-PASS', 'arn-account-mismatch']],
    ],
    [
      'key in another account',
      {
        'ARN-OF-KMS-KEY': `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/${KEY_ID}`,
      },
      [['ARN-OF-KMS-KEY', 'arn-account-mismatch']],
    ],
    [
      'role in another partition',
      {'ARN-OF-ROLE-TO-PASS': 'arn:aws-cn:iam::123456789012:role/R'},
      [['ARN-OF-ROLE-TO-PASS', 'arn-partition-mismatch']],
    ],
    [
      'key in another partition (no extra region warning)',
      {
        'ARN-OF-KMS-KEY': `arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/${KEY_ID}`,
      },
      [['ARN-OF-KMS-KEY', 'arn-partition-mismatch']],
    ],
    [
      'key in another region',
      {'ARN-OF-KMS-KEY': `arn:aws:kms:eu-west-1:123456789012:key/${KEY_ID}`},
      [['ARN-OF-KMS-KEY', 'arn-region-mismatch']],
    ],
    [
      'everything different, China region',
      {
        REGION: 'cn-north-1',
        'ARN-OF-ROLE-TO-PASS': `arn:aws:iam::${OTHER_ACCOUNT}:role/R`,
        'ARN-OF-KMS-KEY': `arn:aws-cn:kms:cn-northwest-1:${OTHER_ACCOUNT}:key/${KEY_ID}`,
      },
      [
        ['ARN-OF-ROLE-TO-PASS', 'arn-account-mismatch'],
        ['ARN-OF-ROLE-TO-PASS', 'arn-partition-mismatch'],
        ['ARN-OF-KMS-KEY', 'arn-account-mismatch'],
        ['ARN-OF-KMS-KEY', 'arn-region-mismatch'],
      ],
    ],
    [
      'region invalid: no region or partition warnings',
      {
        REGION: 'US-EAST-1',
        'ARN-OF-KMS-KEY': `arn:aws-cn:kms:cn-north-1:123456789012:key/${KEY_ID}`,
      },
      [['REGION', 'region-unknown']],
    ],
    [
      'account unfilled: no account warnings',
      {
        'ACCOUNT-ID': '',
        'ARN-OF-ROLE-TO-PASS': `arn:aws:iam::${OTHER_ACCOUNT}:role/R`,
      },
      [],
    ],
    [
      'ARN invalid: no warnings',
      {'ARN-OF-ROLE-TO-PASS': `arn:aws-cn:iam::${OTHER_ACCOUNT}:user/R`},
      [['ARN-OF-ROLE-TO-PASS', 'role-arn-not-a-role']],
    ],
  ])('%s', (_label, changes, expected) => {
    const issues = validateFields({...VALID, ...changes});
    expect(issues.map((issue) => [issue.field, issue.code])).toEqual(expected);
    for (const issue of issues) {
      expect(issue.severity).toBe(
        issue.code.startsWith('arn-') ? 'warning' : 'error',
      );
    }
  });

  it('says plainly that a partition mismatch cannot work', () => {
    const [issue] = validateFields({
      ...VALID,
      'ARN-OF-ROLE-TO-PASS': 'arn:aws-cn:iam::123456789012:role/R',
    });
    expect(issue?.message).toMatch(
      /partition aws-cn, but the region us-east-1 is in aws\. .*would never match/,
    );
  });

  it('does not block the value: warnings leave it valid', () => {
    const values = {
      ...VALID,
      'ARN-OF-KMS-KEY': `arn:aws:kms:eu-west-1:${OTHER_ACCOUNT}:key/${KEY_ID}`,
    };
    expect(validValues(values)['ARN-OF-KMS-KEY']).toBe(
      values['ARN-OF-KMS-KEY'],
    );
    expect(validValues(values, validateFields(values))['ARN-OF-KMS-KEY']).toBe(
      values['ARN-OF-KMS-KEY'],
    );
  });
});

describe('validateFields', () => {
  it('lists issues in FIELD_IDS order, the trim warning first within a field', () => {
    const issues = validateFields({
      'ARN-OF-KMS-KEY': ' alias/x',
      'BUCKET-NAME': 'AB',
      'ARN-OF-ROLE-TO-PASS': 'role',
      'YOUR-REPO-NAME': 'a',
      'ACCOUNT-ID': '1',
      REGION: ' us-east-1a ',
    });
    expect(issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['REGION', 'whitespace-trimmed'],
      ['REGION', 'region-unknown'],
      ['ACCOUNT-ID', 'account-id-format'],
      ['YOUR-REPO-NAME', 'repo-name-length'],
      ['BUCKET-NAME', 'bucket-name-length'],
      ['BUCKET-NAME', 'bucket-name-characters'],
      ['ARN-OF-ROLE-TO-PASS', 'role-arn-format'],
      ['ARN-OF-KMS-KEY', 'whitespace-trimmed'],
      ['ARN-OF-KMS-KEY', 'kms-key-is-alias'],
    ]);
  });

  it('writes full sentences that name the field in words', () => {
    expect(messageOf('ACCOUNT-ID', '12345678901')).toBe(
      'The AWS account ID must be exactly 12 digits; this one has 11. Account IDs may start with zeros: keep them (a spreadsheet may have dropped them).',
    );
    expect(messageOf('BUCKET-NAME', 'bucket-')).toBe(
      'The S3 bucket name must begin and end with a lowercase letter or digit, not a period or hyphen.',
    );
  });
});
