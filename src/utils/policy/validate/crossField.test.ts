import {describe, expect, it} from 'vitest';
import type {FieldId, FieldValues, IssueCode} from '../types';
import {validateFields, validValues} from './all';
import {KEY_ID, VALID} from './testing';

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
        'TRUSTED-PRINCIPAL-ARN': '',
      },
      [
        ['ARN-OF-ROLE-TO-PASS', 'arn-account-mismatch'],
        ['ARN-OF-ROLE-TO-PASS', 'arn-partition-mismatch'],
        ['ARN-OF-KMS-KEY', 'arn-account-mismatch'],
        ['ARN-OF-KMS-KEY', 'arn-region-mismatch'],
      ],
    ],
    [
      'trusted principal in another account: normal, no warning',
      {'TRUSTED-PRINCIPAL-ARN': `arn:aws:iam::${OTHER_ACCOUNT}:role/CI`},
      [],
    ],
    [
      'trusted principal in another partition: an error',
      {
        REGION: 'us-gov-west-1',
        'ARN-OF-ROLE-TO-PASS': '',
        'ARN-OF-KMS-KEY': '',
        'TRUSTED-PRINCIPAL-ARN': 'arn:aws:iam::123456789012:user/ci',
      },
      [['TRUSTED-PRINCIPAL-ARN', 'arn-partition-mismatch']],
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
      // A partition mismatch can never match: an error, like the field's own.
      expect(issue.severity).toBe(
        issue.code.startsWith('arn-') && issue.code !== 'arn-partition-mismatch'
          ? 'warning'
          : 'error',
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

  it.each([
    ['role', 'ARN-OF-ROLE-TO-PASS', 'arn:aws:iam::123456789012:role/R'],
    [
      'KMS key',
      'ARN-OF-KMS-KEY',
      `arn:aws:kms:us-east-1:123456789012:key/${KEY_ID}`,
    ],
  ] as const)(
    'leaves out a %s ARN in a partition the region is not in',
    (_what, field, arn) => {
      const values = {...VALID, REGION: 'cn-north-1', [field]: arn};
      const issues = validateFields(values).filter(
        (issue) => issue.field === field,
      );
      expect(issues).toContainEqual(
        expect.objectContaining({
          code: 'arn-partition-mismatch',
          severity: 'error',
        }),
      );
      expect(validValues(values)[field]).toBeUndefined();
    },
  );

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
