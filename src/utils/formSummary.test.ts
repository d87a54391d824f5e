import {describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS, EMPTY_VALUES, generatePolicies} from './policy';
import {checkMessage, pendingPlaceholders, summarizeForm} from './formSummary';
import {agentPolicyOf} from './policy/testing/fixtures';

const FILLED = {
  ...EMPTY_VALUES,
  REGION: 'us-east-1',
  'ACCOUNT-ID': '123456789012',
  'YOUR-REPO-NAME': 'launch',
  'BUCKET-NAME': 'launch-context',
  'ARN-OF-ROLE-TO-PASS': 'arn:aws:iam::123456789012:role/Exec',
  'ARN-OF-KMS-KEY':
    'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
};

describe('summarizeForm', () => {
  it('counts every placeholder of an empty form as unfilled', () => {
    expect(summarizeForm(generatePolicies(EMPTY_VALUES))).toBe(
      '6 placeholders still unfilled (<REGION>, <ACCOUNT-ID>, <YOUR-REPO-NAME>, <BUCKET-NAME>, <ARN-OF-ROLE-TO-PASS>, <ARN-OF-KMS-KEY>).',
    );
  });

  it('says when both policies are complete', () => {
    expect(summarizeForm(generatePolicies(FILLED))).toBe(
      'Every placeholder is filled: both policies are ready to copy.',
    );
  });

  it('tells invalid values apart from unfilled ones', () => {
    const result = generatePolicies({
      ...FILLED,
      'ACCOUNT-ID': '42',
      'BUCKET-NAME': '',
    });
    expect(summarizeForm(result)).toBe(
      '1 placeholder still unfilled (<BUCKET-NAME>); 1 value invalid and left out (<ACCOUNT-ID>).',
    );
  });

  it('ignores fields whose statements are switched off', () => {
    const result = generatePolicies(
      {...FILLED, 'BUCKET-NAME': '', 'ARN-OF-KMS-KEY': 'alias/nope'},
      {...DEFAULT_OPTIONS, builder: 'docker', includeKmsGrant: false},
    );
    expect(summarizeForm(result)).toBe(
      'Every placeholder is filled: both policies are ready to copy.',
    );
  });

  it('speaks of one policy with a prebuilt image, which needs no repository or bucket', () => {
    const result = generatePolicies(
      {...FILLED, 'YOUR-REPO-NAME': '', 'BUCKET-NAME': 'Not A Bucket'},
      {...DEFAULT_OPTIONS, builder: 'noop'},
    );
    expect(summarizeForm(result)).toBe(
      'Every placeholder is filled: the policy is ready to copy.',
    );
    expect(
      summarizeForm(
        generatePolicies(EMPTY_VALUES, {...DEFAULT_OPTIONS, builder: 'noop'}),
      ),
    ).toBe(
      '4 placeholders still unfilled (<REGION>, <ACCOUNT-ID>, <ARN-OF-ROLE-TO-PASS>, <ARN-OF-KMS-KEY>).',
    );
  });
});

describe('summarizeForm: what the form shows', () => {
  const WARNED = {
    ...FILLED,
    'ARN-OF-ROLE-TO-PASS': 'arn:aws:iam::210987654321:role/Exec',
  };

  it('never says ready while a warning stands, and names it', () => {
    expect(summarizeForm(generatePolicies(WARNED))).toBe(
      'Every placeholder is filled, but 1 value has a warning to read before you copy (<ARN-OF-ROLE-TO-PASS>).',
    );
    expect(
      summarizeForm(generatePolicies({...WARNED, 'BUCKET-NAME': ''})),
    ).toBe(
      '1 placeholder still unfilled (<BUCKET-NAME>); 1 value with a warning (<ARN-OF-ROLE-TO-PASS>).',
    );
  });

  it('speaks only of the issues the fields show', () => {
    const result = generatePolicies({...FILLED, 'ACCOUNT-ID': '42'});
    const shown = (id: string) => id !== 'ACCOUNT-ID';
    expect(summarizeForm(result, shown)).toBe(
      '1 placeholder still unfilled (<ACCOUNT-ID>).',
    );
    expect(summarizeForm(result)).toBe(
      '1 value invalid and left out (<ACCOUNT-ID>).',
    );
    expect(
      summarizeForm(
        generatePolicies(WARNED),
        (id) => id !== 'ARN-OF-ROLE-TO-PASS',
      ),
    ).toBe('Every placeholder is filled: both policies are ready to copy.');
  });

  it('counts a role in a partition the region is not in as invalid', () => {
    const result = generatePolicies({
      ...FILLED,
      REGION: 'cn-north-1',
      'ARN-OF-KMS-KEY':
        'arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    });
    expect(summarizeForm(result)).toBe(
      '1 value invalid and left out (<ARN-OF-ROLE-TO-PASS>).',
    );
  });
});

describe('checkMessage', () => {
  it('says when every value is valid', () => {
    expect(checkMessage(generatePolicies(FILLED))).toBe(
      'Every value is valid.',
    );
    expect(checkMessage(generatePolicies(EMPTY_VALUES))).toBe(
      'Every value is valid.',
    );
  });

  it('names the values with errors or warnings', () => {
    expect(
      checkMessage(
        generatePolicies({
          ...FILLED,
          'BUCKET-NAME': 'Not A Bucket',
          'ARN-OF-ROLE-TO-PASS': 'arn:aws:iam::210987654321:role/Exec',
        }),
      ),
    ).toBe(
      'Not every value is valid: see the message at <BUCKET-NAME>, <ARN-OF-ROLE-TO-PASS>.',
    );
  });
});

describe('pendingPlaceholders', () => {
  it('looks only at the policies it is given', () => {
    const result = generatePolicies({...EMPTY_VALUES, REGION: 'eu-west-1'});
    expect(pendingPlaceholders(result, [agentPolicyOf(result)])).toEqual({
      unfilled: ['ACCOUNT-ID', 'YOUR-REPO-NAME', 'BUCKET-NAME'],
      invalid: [],
    });
  });
});
