/** The ARN-OF-ROLE-TO-PASS rule: the ARN of an IAM role. */
import {findPartition} from '../partitions';
import {ACCOUNT_ID, splitArn, unknownPartition} from './arn';
import {quote} from './characters';
import type {FieldRule, Problem} from './rule';

const ROLE_ARN_FORM =
  'arn:PARTITION:iam::ACCOUNT-ID:role/NAME, such as arn:aws:iam::123456789012:role/SageMakerExecutionRole';

// JavaScript's \w without the u flag is ASCII only, as IAM means it. User
// names follow the same rule (IAM user guide, "IAM identifiers").
export const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const ROLE_PATH_SEGMENT = /^[A-Za-z0-9+=,.@_-]+$/;
const ROLE_PATH_MAX_LENGTH = 512;

/** True when the parts between `role/` (or `user/`) and the name form a valid IAM path. */
export function isIamPath(segments: readonly string[]): boolean {
  const pathLength = segments.reduce(
    (sum, segment) => sum + segment.length + 1,
    1,
  );
  return (
    segments.every((segment) => ROLE_PATH_SEGMENT.test(segment)) &&
    pathLength <= ROLE_PATH_MAX_LENGTH
  );
}

const NOT_A_ROLE: ReadonlyMap<string, string> = new Map([
  ['user', 'an IAM user'],
  ['group', 'an IAM group'],
  ['policy', 'a managed policy'],
  [
    'instance-profile',
    'an instance profile (it contains a role: enter the role’s ARN)',
  ],
  ['oidc-provider', 'an OIDC identity provider'],
  ['saml-provider', 'a SAML identity provider'],
  ['server-certificate', 'a server certificate'],
  ['mfa', 'an MFA device'],
]);

function checkRoleArn(value: string): Problem[] {
  const format = (message: string): Problem[] => [
    {code: 'role-arn-format', message},
  ];
  if (!value.startsWith('arn:')) {
    const name = value.startsWith('role/')
      ? value.slice('role/'.length)
      : value;
    if (ROLE_NAME.test(name)) {
      return format(
        `${quote(value)} looks like a role name. Enter the role's full ARN instead, in the form arn:PARTITION:iam::ACCOUNT-ID:role/${name} (IAM console: Roles, then the role, then ARN).`,
      );
    }
    return format(
      `The ARN of the SageMaker execution role must be an IAM role ARN: ${ROLE_ARN_FORM}.`,
    );
  }
  const arn = splitArn(value);
  if (arn === undefined) {
    return format(
      `An ARN has six parts separated by colons; this one has fewer. A role ARN looks like ${ROLE_ARN_FORM}.`,
    );
  }
  if (arn.service === 'sts' && arn.resource.startsWith('assumed-role/')) {
    const roleName = arn.resource.split('/')[1] ?? '';
    const roleArn =
      findPartition(arn.partition) &&
      ACCOUNT_ID.test(arn.account) &&
      ROLE_NAME.test(roleName)
        ? `arn:${arn.partition}:iam::${arn.account}:role/${roleName}`
        : 'arn:PARTITION:iam::ACCOUNT-ID:role/NAME';
    return [
      {
        code: 'role-arn-not-a-role',
        message: `This is the ARN of an assumed-role session, not of the role itself. Enter the role's IAM ARN, ${roleArn} (with its path, if it has one).`,
      },
    ];
  }
  if (arn.service !== 'iam') {
    return format(
      `This ARN belongs to the service ${quote(arn.service)}, not to IAM. A role ARN looks like ${ROLE_ARN_FORM}.`,
    );
  }
  const resourceType = arn.resource.split('/')[0] ?? '';
  if (resourceType !== 'role') {
    const what = NOT_A_ROLE.get(resourceType);
    if (what !== undefined) {
      return [
        {
          code: 'role-arn-not-a-role',
          message: `This is the ARN of ${what}, not of a role. iam:PassRole passes a role to SageMaker: enter the execution role's ARN, ${ROLE_ARN_FORM}.`,
        },
      ];
    }
    return format(
      `The resource part of a role ARN starts with “role/”: ${ROLE_ARN_FORM}.`,
    );
  }
  if (!findPartition(arn.partition)) {
    return format(unknownPartition(arn.partition));
  }
  if (arn.region !== '') {
    return format(
      `IAM is global, so a role ARN has no region: the part after “iam:” must be empty (arn:${arn.partition}:iam::ACCOUNT-ID:role/NAME).`,
    );
  }
  if (!ACCOUNT_ID.test(arn.account)) {
    return format(
      `The account part of the role ARN must be 12 digits; ${quote(arn.account)} is not. A role ARN looks like ${ROLE_ARN_FORM}.`,
    );
  }
  const segments = arn.resource.slice('role/'.length).split('/');
  const name = segments.pop() ?? '';
  if (!isIamPath(segments)) {
    return format(
      'The role path (the parts between “role/” and the name) must be non-empty parts of letters, digits and + = , . @ _ - separated by single slashes, at most 512 characters in all.',
    );
  }
  if (name === '') {
    return [
      {
        code: 'role-name-format',
        message:
          'The role ARN has no role name: add the name after the last “/”.',
      },
    ];
  }
  if (!ROLE_NAME.test(name)) {
    return [
      {
        code: 'role-name-format',
        message: `The role name ${quote(name)} is not valid: a role name has 1 to 64 characters, each a letter, digit or one of + = , . @ _ -.`,
      },
    ];
  }
  return [];
}

export const roleArnRule: FieldRule = {
  maxLength: 2048,
  lengthCode: 'too-long',
  wrongLength: (length) =>
    `The ARN of the SageMaker execution role is ${length} characters long; an ARN has at most 2,048.`,
  expected: `A role ARN looks like ${ROLE_ARN_FORM}.`,
  check: checkRoleArn,
};
