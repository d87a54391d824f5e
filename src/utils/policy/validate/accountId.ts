/** The ACCOUNT-ID rule: exactly 12 digits. */
import {ACCOUNT_ID, splitArn} from './arn';
import {quote} from './characters';
import type {FieldRule, Problem} from './rule';

function checkAccountId(value: string): Problem[] {
  if (ACCOUNT_ID.test(value)) {
    return [];
  }
  const problem = (message: string): Problem[] => [
    {code: 'account-id-format', message},
  ];
  if (/^\d+$/.test(value)) {
    const lostZeros =
      value.length < 12
        ? ' Account IDs may start with zeros: keep them (a spreadsheet may have dropped them).'
        : '';
    return problem(
      `The AWS account ID must be exactly 12 digits; this one has ${value.length}.${lostZeros}`,
    );
  }
  const digits = value.replace(/-/g, '');
  if (/^[\d-]+$/.test(value) && ACCOUNT_ID.test(digits)) {
    return problem(
      `The AWS account ID must be 12 digits without hyphens: remove the hyphens and enter ${digits}.`,
    );
  }
  const arn = splitArn(value);
  if (arn !== undefined && ACCOUNT_ID.test(arn.account)) {
    return problem(
      `This is an ARN; enter only its 12-digit account ID, ${arn.account}.`,
    );
  }
  return problem(
    `The AWS account ID must be exactly 12 digits (0–9); ${quote(value)} has other characters.`,
  );
}

export const accountIdRule: FieldRule = {
  maxLength: 64,
  lengthCode: 'account-id-format',
  wrongLength: (length) =>
    `The AWS account ID must be exactly 12 digits; this value is ${length} characters long.`,
  expected: 'An AWS account ID is exactly 12 digits, such as 123456789012.',
  check: checkAccountId,
};
