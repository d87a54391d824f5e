import {describe, expect, it} from 'vitest';
import type {IssueCode} from '../types';
import {codesOf, itAccepts, messageOf} from './testing';

describe('TRUSTED-PRINCIPAL-ARN', () => {
  itAccepts('TRUSTED-PRINCIPAL-ARN', 'accepts %j', [
    'arn:aws:iam::123456789012:user/ci-runner',
    'arn:aws:iam::123456789012:user/division/team/alice',
    'arn:aws:iam::123456789012:role/GitHubActions',
    'arn:aws:iam::210987654321:role/path/CI+=,.@_-',
    `arn:aws:iam::123456789012:user/${'n'.repeat(64)}`,
  ]);

  it.each<[string, IssueCode, RegExp]>([
    ['ci-runner', 'principal-arn-format', /full ARN.*get-caller-identity/],
    ['arn:aws:iam::123456789012', 'principal-arn-format', /six parts/],
    [
      'arn:aws:sts::123456789012:assumed-role/CI/session-1',
      'principal-arn-not-a-principal',
      /assumed-role session.*arn:aws:iam::123456789012:role\/CI /,
    ],
    ['arn:aws:s3:::bucket', 'principal-arn-format', /service “s3”/],
    [
      'arn:awz:iam::123456789012:user/a',
      'principal-arn-format',
      /not an AWS partition/,
    ],
    [
      'arn:aws:iam:us-east-1:123456789012:user/a',
      'principal-arn-format',
      /no region/,
    ],
    ['arn:aws:iam::1234:user/a', 'principal-arn-format', /12 digits/],
    [
      'arn:aws:iam::123456789012:root',
      'principal-arn-not-a-principal',
      /whole account/,
    ],
    [
      'arn:aws:iam::123456789012:group/devs',
      'principal-arn-not-a-principal',
      /IAM group/,
    ],
    [
      'arn:aws:iam::123456789012:instance-profile/p',
      'principal-arn-not-a-principal',
      /instance profile/,
    ],
    [
      'arn:aws:iam::123456789012:thing/x',
      'principal-arn-format',
      /“user\/” or “role\/”/,
    ],
    ['arn:aws:iam::123456789012:user/', 'principal-arn-format', /no user name/],
    ['arn:aws:iam::123456789012:role//x', 'principal-arn-format', /role path/],
    [
      `arn:aws:iam::123456789012:user/${'n'.repeat(65)}`,
      'principal-arn-format',
      /user name .* 1 to 64/,
    ],
  ])('refuses %j', (value, code, message) => {
    expect(codesOf('TRUSTED-PRINCIPAL-ARN', value)).toEqual([code]);
    expect(messageOf('TRUSTED-PRINCIPAL-ARN', value)).toMatch(message);
  });

  it.each([
    ['arn:aws:iam::123456789012:user/*', 'wildcard-not-allowed'],
    ['arn:aws:iam::123456789012:user/ä', 'invalid-characters'],
  ])('refuses %j with the shared character check', (value, code) => {
    expect(codesOf('TRUSTED-PRINCIPAL-ARN', value)).toEqual([code]);
  });
});
