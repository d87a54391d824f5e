/**
 * The TRUSTED-PRINCIPAL-ARN rule: the ARN of the IAM user or role that a
 * workstation or CI runner signs in as, which the agent's role trusts:
 * `arn:PARTITION:iam::ACCOUNT-ID:user/[PATH/]NAME` or `…:role/[PATH/]NAME`
 * (IAM user guide, "IAM identifiers":
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html).
 * A user or role name is 1 to 64 characters of `[\w+=,.@-]`. What
 * `aws sts get-caller-identity` prints for a role is its session ARN
 * (`arn:…:sts::ACCOUNT-ID:assumed-role/NAME/SESSION`), recognized here.
 */
import {findPartition} from '../partitions';
import {ACCOUNT_ID, splitArn, unknownPartition} from './arn';
import {quote} from './characters';
import {isIamPath, ROLE_NAME} from './roleArn';
import type {FieldRule, Problem} from './rule';

const PRINCIPAL_FORM =
  'arn:PARTITION:iam::ACCOUNT-ID:user/NAME or arn:PARTITION:iam::ACCOUNT-ID:role/NAME, such as arn:aws:iam::123456789012:user/ci-runner';

const NOT_A_PRINCIPAL: ReadonlyMap<string, string> = new Map([
  [
    'group',
    'an IAM group (a trust policy cannot name a group: enter one of its users)',
  ],
  ['policy', 'a managed policy'],
  [
    'instance-profile',
    'an instance profile (enter the ARN of the role it holds)',
  ],
  ['oidc-provider', 'an OIDC identity provider'],
  ['saml-provider', 'a SAML identity provider'],
  ['mfa', 'an MFA device'],
]);

function checkPrincipalArn(value: string): Problem[] {
  const format = (message: string): Problem[] => [
    {code: 'principal-arn-format', message},
  ];
  const notPrincipal = (message: string): Problem[] => [
    {code: 'principal-arn-not-a-principal', message},
  ];
  const arn = splitArn(value);
  if (arn === undefined) {
    return format(
      value.startsWith('arn:')
        ? `An ARN has six parts separated by colons; this one has fewer. The trusted principal's ARN looks like ${PRINCIPAL_FORM}.`
        : `Enter the full ARN of the IAM user or role: ${PRINCIPAL_FORM} (aws sts get-caller-identity prints it).`,
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
    return notPrincipal(
      `This is the ARN of an assumed-role session, which ends when the session does. Enter the role's IAM ARN, ${roleArn} (with its path, if it has one).`,
    );
  }
  if (arn.service !== 'iam') {
    return format(
      `This ARN belongs to the service ${quote(arn.service)}, not to IAM. The trusted principal's ARN looks like ${PRINCIPAL_FORM}.`,
    );
  }
  if (!findPartition(arn.partition)) {
    return format(unknownPartition(arn.partition));
  }
  if (arn.region !== '') {
    return format(
      `IAM is global, so a user or role ARN has no region: the part after “iam:” must be empty (arn:${arn.partition}:iam::ACCOUNT-ID:user/NAME).`,
    );
  }
  if (!ACCOUNT_ID.test(arn.account)) {
    return format(
      `The account part of the ARN must be 12 digits; ${quote(arn.account)} is not. The trusted principal's ARN looks like ${PRINCIPAL_FORM}.`,
    );
  }
  if (arn.resource === 'root') {
    return notPrincipal(
      'This ARN names the whole account: every user and role in it that is allowed sts:AssumeRole could assume the agent role. Enter the ARN of the one user or role that runs the agent.',
    );
  }
  const [type = '', ...rest] = arn.resource.split('/');
  if (type !== 'user' && type !== 'role') {
    const what = NOT_A_PRINCIPAL.get(type);
    return what === undefined
      ? format(
          `The resource part of the ARN starts with “user/” or “role/”: ${PRINCIPAL_FORM}.`,
        )
      : notPrincipal(
          `This is the ARN of ${what}, not of a user or role. Enter the ARN of a user or role: ${PRINCIPAL_FORM}.`,
        );
  }
  const name = rest.pop() ?? '';
  if (!isIamPath(rest)) {
    return format(
      `The ${type} path (the parts between “${type}/” and the name) must be non-empty parts of letters, digits and + = , . @ _ - separated by single slashes, at most 512 characters in all.`,
    );
  }
  if (!ROLE_NAME.test(name)) {
    return format(
      name === ''
        ? `The ARN has no ${type} name: add the name after the last “/”.`
        : `The ${type} name ${quote(name)} is not valid: it has 1 to 64 characters, each a letter, digit or one of + = , . @ _ -.`,
    );
  }
  return [];
}

export const principalArnRule: FieldRule = {
  maxLength: 2048,
  lengthCode: 'too-long',
  wrongLength: (length) =>
    `The ARN of the trusted IAM user or role is ${length} characters long; an ARN has at most 2,048.`,
  expected: `The trusted principal's ARN looks like ${PRINCIPAL_FORM}.`,
  check: checkPrincipalArn,
};
