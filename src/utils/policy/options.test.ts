import {describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS, OPTION_KEYS, OPTIONS, leftOutNotices} from './options';

describe('options', () => {
  it('has one default per option, as the page starts', () => {
    expect(DEFAULT_OPTIONS).toEqual({
      includeKanikoS3: true,
      includeKmsGrant: true,
      restrictPassRole: false,
    });
    expect(OPTION_KEYS).toEqual(OPTIONS.map((option) => option.key));
  });

  it('says which statements a policy lacks, naming the switch that adds them', () => {
    const allOff = {
      includeKanikoS3: false,
      includeKmsGrant: false,
      restrictPassRole: false,
    };
    expect(leftOutNotices('agent', allOff)).toEqual([
      'The two S3 statements for the Kaniko builder are left out. Turn on “S3 access for the Kaniko builder” above to add them.',
    ]);
    expect(leftOutNotices('sagemaker', allOff)).toEqual([
      'The kms:CreateGrant statement is left out. Turn on “kms:CreateGrant for an encrypted training volume” above to add it.',
    ]);
    expect(leftOutNotices('agent', DEFAULT_OPTIONS)).toEqual([]);
  });
});
