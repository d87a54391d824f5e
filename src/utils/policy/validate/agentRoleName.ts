/**
 * The AGENT-ROLE-NAME rule: an IAM role name, without path or ARN.
 * IAM user guide, "IAM identifiers" and the CreateRole API reference
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html):
 * RoleName is 1 to 64 characters of `[\w+=,.@-]`.
 */
import {formatCount} from '../../format';
import {quote} from './characters';
import {ROLE_NAME} from './roleArn';
import type {FieldRule, Problem} from './rule';

const ALLOWED =
  'A role name has 1 to 64 characters, each a letter, digit or one of + = , . @ _ -, such as WandbLaunchAgent.';

/** The name at the end of a pasted role ARN or path, when it is one. */
function nameAtEnd(value: string): string | undefined {
  const name = value.slice(value.lastIndexOf('/') + 1);
  return ROLE_NAME.test(name) ? name : undefined;
}

function recognizeArn(value: string): Problem | undefined {
  if (!value.startsWith('arn:')) {
    return undefined;
  }
  const name = /:role\//.test(value) ? nameAtEnd(value) : undefined;
  return {
    code: 'agent-role-name-is-arn',
    message: `This is an ARN; enter the role name only${name === undefined ? '' : `, ${quote(name)}`}. The page builds the role's ARN itself.`,
  };
}

function checkAgentRoleName(value: string): Problem[] {
  if (value.length > 64) {
    return [
      {
        code: 'agent-role-name-length',
        message: `The IAM role name for the agent has ${formatCount(value.length)} characters. ${ALLOWED}`,
      },
    ];
  }
  if (value.includes('/')) {
    const name = nameAtEnd(value);
    return [
      {
        code: 'agent-role-name-format',
        message: `Enter the role name without a path${name === undefined ? '' : `, ${quote(name)}`}: the page creates the role without one. ${ALLOWED}`,
      },
    ];
  }
  const bad = /[^\w+=,.@-]/.exec(value)?.[0];
  if (bad !== undefined) {
    return [
      {
        code: 'agent-role-name-format',
        message: `The IAM role name for the agent must not contain “${bad}”. ${ALLOWED}`,
      },
    ];
  }
  return [];
}

export const agentRoleNameRule: FieldRule = {
  // Room for a pasted ARN, which recognize() then explains.
  maxLength: 2048,
  lengthCode: 'agent-role-name-length',
  wrongLength: (length) =>
    `The IAM role name for the agent has ${length} characters. ${ALLOWED}`,
  expected: ALLOWED,
  recognize: recognizeArn,
  check: checkAgentRoleName,
};
