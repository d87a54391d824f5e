import {describe, expect, it} from 'vitest';
import type {IssueCode} from '../types';
import {codesOf, itAccepts, KEY, KEY_ID, messageOf, MRK_ID} from './testing';

describe('ARN-OF-KMS-KEY', () => {
  const KMS_REASON =
    'To specify a KMS key in an IAM policy statement, you must use its key ARN';

  itAccepts('ARN-OF-KMS-KEY', 'accepts %j', [
    KEY,
    `arn:aws:kms:us-east-1:123456789012:key/${MRK_ID}`,
    `arn:aws-cn:kms:cn-north-1:123456789012:key/${KEY_ID}`,
    `arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/${KEY_ID}`,
  ]);

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
