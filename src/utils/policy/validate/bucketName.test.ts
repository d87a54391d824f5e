import {describe, expect, it} from 'vitest';
import type {IssueCode} from '../types';
import {codesOf, itAccepts, messageOf} from './testing';

describe('BUCKET-NAME', () => {
  itAccepts('BUCKET-NAME', 'accepts %j', [
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
  ]);

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
