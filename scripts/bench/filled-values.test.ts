import {describe, expect, it} from 'vitest';
import {generatePolicies} from '../../src/utils/policy';
import type {FieldValues} from '../../src/utils/policy';
import {filledValueProblems} from './filled-values.mjs';
import {FORM_PAGES} from './pages.mjs';

/** The bench's typed values, as the form's fields hold them at the end. */
const typed = Object.fromEntries(
  FORM_PAGES.find(({path}) => path === '/')?.typed ?? [],
) as FieldValues;

/** The policies' fields, every one empty. */
const EMPTY_VALUES = Object.fromEntries(
  Object.keys(typed).map((field) => [field, '']),
) as FieldValues;

/** The page's two policies, as the engine writes them for these values. */
const policyTexts = (values: FieldValues): string[] => {
  const {agent, sagemaker} = generatePolicies(values);
  // The default options (Kaniko) always have the agent policy.
  return [agent?.text ?? '', sagemaker.text];
};

/** The fields found wrong when the page shows `shown` and the form holds `held`. */
const wrongFields = (shown: FieldValues, held: FieldValues = typed) => [
  ...new Set(
    filledValueProblems(policyTexts(shown), held).map(({field}) => field),
  ),
];

describe('filledValueProblems', () => {
  it('finds nothing wrong in the policies the engine writes for the typed values', () => {
    expect(filledValueProblems(policyTexts(typed), typed)).toEqual([]);
  });

  it('finds a wrong account, though the role and key ARNs hold the typed one', () => {
    expect(wrongFields({...typed, 'ACCOUNT-ID': '210987654321'})).toEqual([
      'ACCOUNT-ID',
    ]);
  });

  it('finds a missing account (its placeholder still there)', () => {
    expect(wrongFields({...typed, 'ACCOUNT-ID': ''})).toEqual(['ACCOUNT-ID']);
  });

  it('finds a wrong or missing Region, though the key ARN holds the typed one', () => {
    expect(wrongFields({...typed, REGION: 'us-east-1'})).toEqual(['REGION']);
    expect(wrongFields({...typed, REGION: ''})).toEqual(['REGION']);
  });

  it('finds a wrong role or key ARN', () => {
    expect(
      wrongFields({
        ...typed,
        'ARN-OF-ROLE-TO-PASS': 'arn:aws:iam::123456789012:role/OtherRole',
      }),
    ).toEqual(['ARN-OF-ROLE-TO-PASS']);
    expect(
      wrongFields({
        ...typed,
        'ARN-OF-KMS-KEY':
          'arn:aws:kms:us-west-2:123456789012:key/0000abcd-12ab-34cd-56ef-1234567890ab',
      }),
    ).toEqual(['ARN-OF-KMS-KEY']);
  });

  it('finds a wrong repository or bucket', () => {
    expect(wrongFields({...typed, 'YOUR-REPO-NAME': 'other/repo'})).toEqual([
      'YOUR-REPO-NAME',
    ]);
    expect(wrongFields({...typed, 'BUCKET-NAME': 'other-bucket'})).toEqual([
      'BUCKET-NAME',
    ]);
  });

  it('wants an empty field’s placeholder kept', () => {
    expect(wrongFields(EMPTY_VALUES, EMPTY_VALUES)).toEqual([]);
    expect(wrongFields(typed, {...typed, 'BUCKET-NAME': ''})).toEqual([
      'BUCKET-NAME',
    ]);
  });

  it('says every field is wrong when a policy is not JSON', () => {
    const problems = filledValueProblems(['{', '{}'], typed);
    expect(problems.map(({field}) => field)).toEqual(Object.keys(typed));
  });
});
