import {describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS, EMPTY_VALUES, generatePolicies} from './policy';
import {pendingPlaceholders, summarizeForm} from './formSummary';
import {agentPolicyOf} from './policy/testing/fixtures';

const FILLED = {
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

describe('pendingPlaceholders', () => {
  it('looks only at the policies it is given', () => {
    const result = generatePolicies({...EMPTY_VALUES, REGION: 'eu-west-1'});
    expect(pendingPlaceholders(result, [agentPolicyOf(result)])).toEqual({
      unfilled: ['ACCOUNT-ID', 'YOUR-REPO-NAME', 'BUCKET-NAME'],
      invalid: [],
    });
  });
});
