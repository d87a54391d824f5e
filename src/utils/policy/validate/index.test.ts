import {describe, expect, it} from 'vitest';
import {EMPTY_VALUES, FIELD_IDS} from '../fields';
import type {FieldId, IssueCode} from '../types';
import {validateFields, validValues} from './all';
import {codesOf, issuesOf, KEY, messageOf, ROLE, VALID} from './testing';

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
        // The field still shows the spaces: only the policies leave them out.
        /^The policies leave out the white space around the .+\.$/,
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

  it.each<[FieldId, string, IssueCode]>([
    ['REGION', 'a'.repeat(65), 'too-long'],
    ['ACCOUNT-ID', '1'.repeat(65), 'account-id-format'],
    ['YOUR-REPO-NAME', 'a'.repeat(257), 'repo-name-length'],
    ['BUCKET-NAME', 'a'.repeat(64), 'bucket-name-length'],
    ['ARN-OF-ROLE-TO-PASS', `${ROLE}${'a'.repeat(2048)}`, 'too-long'],
    ['ARN-OF-KMS-KEY', `${KEY}${'a'.repeat(2048)}`, 'too-long'],
    ['AGENT-ROLE-NAME', 'a'.repeat(65), 'agent-role-name-length'],
    ['AGENT-ROLE-NAME', 'a'.repeat(2049), 'agent-role-name-length'],
    ['OUTPUT-PREFIX', 'a'.repeat(941), 'output-prefix-length'],
    ['INSTANCE-TYPE', `ml.${'a'.repeat(62)}`, 'instance-type-format'],
    ['INSTANCE-COUNT', '1'.repeat(25), 'integer-format'],
    ['VOLUME-SIZE-GB', '1'.repeat(25), 'integer-format'],
    ['MAX-RUNTIME-SECONDS', '1'.repeat(25), 'integer-format'],
    ['MAX-JOBS', '1'.repeat(25), 'integer-format'],
    ['QUEUE-NAME', 'q'.repeat(65), 'queue-name-length'],
    ['ENTITY', 'e'.repeat(129), 'entity-length'],
    ['EKS-CLUSTER-NAME', 'c'.repeat(101), 'eks-cluster-name-length'],
    ['OIDC-ISSUER', `oidc.eks.${'a'.repeat(300)}`, 'oidc-issuer-format'],
    ['K8S-NAMESPACE', 'n'.repeat(64), 'k8s-name-length'],
    ['K8S-SERVICE-ACCOUNT', 's'.repeat(254), 'k8s-name-length'],
    [
      'TRUSTED-PRINCIPAL-ARN',
      `arn:aws:iam::123456789012:user/${'a'.repeat(2048)}`,
      'too-long',
    ],
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
});

describe('validateFields', () => {
  it('lists issues in FIELD_IDS order, the trim warning first within a field', () => {
    const issues = validateFields({
      ...EMPTY_VALUES,
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
