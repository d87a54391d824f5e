import {describe, expect, it} from 'vitest';
import type {IssueCode} from '../types';
import {OUTPUT_PREFIX_MAX_LENGTH} from './outputPrefix';
import {codesOf, itAccepts, messageOf} from './testing';

describe('OUTPUT-PREFIX', () => {
  itAccepts('OUTPUT-PREFIX', 'accepts %j', [
    'launch-output',
    'a',
    'teams/ml/output',
    "it's(1)!_.-x",
    'a.b/..c/d..',
    'a'.repeat(OUTPUT_PREFIX_MAX_LENGTH),
  ]);

  it('leaves room for the job name and file under the 1,024-byte key limit', () => {
    const longestKey = `${'a'.repeat(OUTPUT_PREFIX_MAX_LENGTH)}/${'j'.repeat(63)}/output/model.tar.gz`;
    expect(new TextEncoder().encode(longestKey).length).toBe(1024);
  });

  it.each<[string, IssueCode[], RegExp]>([
    [
      'a'.repeat(OUTPUT_PREFIX_MAX_LENGTH + 1),
      ['output-prefix-length'],
      /941 characters; it may have at most 940/,
    ],
    [
      's3://my-bucket/launch-output/',
      ['output-prefix-is-uri'],
      /S3 URI.*prefix after the bucket name, “launch-output”/,
    ],
    ['S3://my-bucket', ['output-prefix-is-uri'], /S3 URI/],
    [
      'https://my-bucket.s3.amazonaws.com/out',
      ['output-prefix-is-uri'],
      /web address.*s3:\/\//,
    ],
    ['arn:aws:s3:::my-bucket/out', ['output-prefix-is-uri'], /ARN.*“out”/],
    ['/launch-output', ['output-prefix-slash-edge'], /Leave out the slashes/],
    ['launch-output/', ['output-prefix-slash-edge'], /start and end/],
    ['a//b', ['output-prefix-empty-segment'], /two slashes/],
    ['a/./b', ['output-prefix-dot-segment'], /“\.” or “\.\.”/],
    ['..', ['output-prefix-dot-segment'], /folder/],
    [
      '/a//../',
      [
        'output-prefix-slash-edge',
        'output-prefix-empty-segment',
        'output-prefix-dot-segment',
      ],
      /slashes/,
    ],
    ['out#1', ['output-prefix-characters'], /must not contain “#”.*safe/],
    ['a&b', ['output-prefix-characters'], /“&”/],
    ['a:b', ['output-prefix-characters'], /“:”/],
    ['a\\b', ['output-prefix-characters'], /“\\”/],
  ])('refuses %j', (value, codes, message) => {
    expect(codesOf('OUTPUT-PREFIX', value)).toEqual(codes);
    expect(messageOf('OUTPUT-PREFIX', value)).toMatch(message);
  });

  it.each([
    ['out/*', 'wildcard-not-allowed'],
    ['out?', 'wildcard-not-allowed'],
    ['out put', 'invalid-characters'],
    ['données', 'invalid-characters'],
    ['out\u202e', 'invalid-characters'],
  ])('refuses %j with the shared character check', (value, code) => {
    expect(codesOf('OUTPUT-PREFIX', value)).toEqual([code]);
  });
});
