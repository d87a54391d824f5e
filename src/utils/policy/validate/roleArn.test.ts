import {describe, expect, it} from 'vitest';
import type {IssueCode} from '../types';
import {codesOf, itAccepts, messageOf, ROLE} from './testing';

describe('ARN-OF-ROLE-TO-PASS', () => {
  itAccepts('ARN-OF-ROLE-TO-PASS', 'accepts %j', [
    ROLE,
    'arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-20240101T000000',
    'arn:aws-cn:iam::123456789012:role/SageMakerExecutionRole',
    'arn:aws-us-gov:iam::123456789012:role/SageMakerExecutionRole',
    'arn:aws:iam::123456789012:role/a/b/c/Name+=,.@_-',
    `arn:aws:iam::123456789012:role/${'n'.repeat(64)}`,
    'arn:aws:iam::123456789012:role/aws-service-role/sagemaker.amazonaws.com/AWSServiceRoleForAmazonSageMakerNotebooks',
  ]);

  it.each<[string, IssueCode, RegExp]>([
    [
      'SageMakerExecutionRole',
      'role-arn-format',
      /role name.*arn:PARTITION:iam::ACCOUNT-ID:role\/SageMakerExecutionRole/,
    ],
    [
      'role/SageMakerExecutionRole',
      'role-arn-format',
      /role\/SageMakerExecutionRole/,
    ],
    [
      'not an arn'.replace(/ /g, '#'),
      'role-arn-format',
      /arn:PARTITION:iam::ACCOUNT-ID:role\/NAME/,
    ],
    ['arn:aws:iam::123456789012', 'role-arn-format', /six parts/],
    [
      'arn:aws:iam:us-east-1:123456789012:role/x',
      'role-arn-format',
      /no region/,
    ],
    ['arn:aws:iam::12345678901:role/x', 'role-arn-format', /12 digits/],
    [
      'arn:awz:iam::123456789012:role/x',
      'role-arn-format',
      /not an AWS partition.*aws-cn/,
    ],
    ['arn:aws:s3:::my-bucket', 'role-arn-format', /service “s3”/],
    [
      'arn:aws:iam::123456789012:foo/x',
      'role-arn-format',
      /starts with “role\/”/,
    ],
    ['arn:aws:iam::123456789012:role//x', 'role-arn-format', /role path/],
    ['arn:aws:iam::123456789012:role/a#b/x', 'role-arn-format', /role path/],
    [
      `arn:aws:iam::123456789012:role/${'p/'.repeat(300)}x`,
      'role-arn-format',
      /512/,
    ],
    [
      'arn:aws:iam::123456789012:user/alice',
      'role-arn-not-a-role',
      /an IAM user, not of a role/,
    ],
    [
      'arn:aws:iam::123456789012:group/admins',
      'role-arn-not-a-role',
      /an IAM group/,
    ],
    [
      'arn:aws:iam::123456789012:policy/MyPolicy',
      'role-arn-not-a-role',
      /a managed policy/,
    ],
    [
      'arn:aws:iam::123456789012:instance-profile/Prof',
      'role-arn-not-a-role',
      /instance profile/,
    ],
    [
      'arn:aws:sts::123456789012:assumed-role/SageMakerExecutionRole/session',
      'role-arn-not-a-role',
      /assumed-role session.*arn:aws:iam::123456789012:role\/SageMakerExecutionRole /,
    ],
    [
      `arn:aws:sts::${'1'.repeat(500)}:assumed-role/R/s`,
      'role-arn-not-a-role',
      /IAM ARN, arn:PARTITION:iam::ACCOUNT-ID:role\/NAME /,
    ],
    ['arn:aws:iam::123456789012:role/', 'role-name-format', /no role name/],
    [
      'arn:aws:iam::123456789012:role/path/',
      'role-name-format',
      /no role name/,
    ],
    [
      `arn:aws:iam::123456789012:role/${'n'.repeat(65)}`,
      'role-name-format',
      /1 to 64 characters/,
    ],
    [
      'arn:aws:iam::123456789012:role/na#me',
      'role-name-format',
      /“na#me” is not valid/,
    ],
    ['arn:aws:iam::123456789012:role/na:me', 'role-name-format', /not valid/],
  ])('refuses %j', (value, code, message) => {
    expect(codesOf('ARN-OF-ROLE-TO-PASS', value)).toEqual([code]);
    expect(messageOf('ARN-OF-ROLE-TO-PASS', value)).toMatch(message);
  });
});
