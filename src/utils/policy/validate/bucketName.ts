/** The BUCKET-NAME rule: an S3 general purpose bucket name, not a URI or ARN. */
import {splitArn} from './arn';
import {quote} from './characters';
import {lengthRange} from './rule';
import type {FieldRule, Problem} from './rule';

const BUCKET_RESERVED_PREFIXES: readonly (readonly [string, string])[] = [
  ['xn--', 'it marks internationalized domain names'],
  ['sthree-', 'S3 reserves it'],
  ['amzn-s3-demo-', 'S3 reserves it for documentation examples'],
];

const BUCKET_RESERVED_SUFFIXES: readonly (readonly [string, string])[] = [
  ['-s3alias', 'S3 reserves it for access point aliases'],
  ['--ol-s3', 'S3 reserves it for Object Lambda access point aliases'],
  ['.mrap', 'S3 reserves it for Multi-Region Access Points'],
  ['--x-s3', 'S3 reserves it for directory buckets'],
  ['--table-s3', 'S3 reserves it for table buckets'],
];

function checkBucketName(value: string): Problem[] {
  const uriBucket = /^s3:\/\/([^/]*)/i.exec(value)?.[1];
  if (uriBucket !== undefined) {
    return [
      {
        code: 'bucket-name-characters',
        message: `This is an S3 URI; enter only the bucket name${uriBucket ? `, ${quote(uriBucket)}` : ''}.`,
      },
    ];
  }
  const arn = splitArn(value);
  if (arn !== undefined) {
    const bucket = arn.resource.split('/')[0] ?? '';
    return [
      {
        code: 'bucket-name-characters',
        message: `This is an ARN; enter only the bucket name${bucket ? `, ${quote(bucket)}` : ''}. The generator builds the ARNs itself.`,
      },
    ];
  }
  const problems: Problem[] = [];
  const badCharacter = /[^a-z0-9.-]/.exec(value)?.[0];
  if (badCharacter !== undefined) {
    problems.push({
      code: 'bucket-name-characters',
      message: `The S3 bucket name may hold only lowercase letters, digits, periods (.) and hyphens (-); “${badCharacter}” is not allowed${/[A-Z]/.test(value) ? ' (bucket names are lowercase)' : ''}.`,
    });
  }
  if (/^[.-]|[.-]$/.test(value)) {
    problems.push({
      code: 'bucket-name-edge',
      message:
        'The S3 bucket name must begin and end with a lowercase letter or digit, not a period or hyphen.',
    });
  }
  if (value.includes('..')) {
    problems.push({
      code: 'bucket-name-adjacent-periods',
      message: 'The S3 bucket name must not contain two periods in a row.',
    });
  }
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) {
    problems.push({
      code: 'bucket-name-ip-address',
      message:
        'The S3 bucket name must not look like an IP address (such as 192.168.5.4).',
    });
  }
  for (const [prefix, why] of BUCKET_RESERVED_PREFIXES) {
    if (value.startsWith(prefix)) {
      problems.push({
        code: 'bucket-name-reserved-prefix',
        message: `The S3 bucket name must not begin with “${prefix}”: ${why}.`,
      });
    }
  }
  for (const [suffix, why] of BUCKET_RESERVED_SUFFIXES) {
    if (value.endsWith(suffix)) {
      problems.push({
        code: 'bucket-name-reserved-suffix',
        message: `The S3 bucket name must not end with “${suffix}”: ${why}.`,
      });
    }
  }
  return problems;
}

export const bucketNameRule: FieldRule = {
  ...lengthRange('BUCKET-NAME', 3, 63, 'bucket-name-length'),
  expected:
    'An S3 bucket name has lowercase letters, digits, periods and hyphens, such as my-launch-bucket.',
  check: checkBucketName,
};
