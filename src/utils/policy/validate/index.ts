/**
 * Field validation: every rule a value must pass before it may go into a
 * policy. A value with any error is never inserted (its placeholder stays).
 * Each field's own rule is in its own file; this one runs them in order.
 */
import {formatCount} from '../../format';
import {FIELD_IDS, FIELD_NAMES} from '../fields';
import type {FieldId, FieldValues, Issue} from '../types';
import {accountIdRule} from './accountId';
import {bucketNameRule} from './bucketName';
import {checkCharacters} from './characters';
import {ARN_FIELDS, crossFieldWarnings} from './crossField';
import {kmsKeyArnRule} from './kmsKeyArn';
import {regionRule} from './region';
import {repositoryNameRule} from './repositoryName';
import {roleArnRule} from './roleArn';
import type {FieldRule, Problem} from './rule';

const RULES: Readonly<Record<FieldId, FieldRule>> = {
  REGION: regionRule,
  'ACCOUNT-ID': accountIdRule,
  'YOUR-REPO-NAME': repositoryNameRule,
  'BUCKET-NAME': bucketNameRule,
  'ARN-OF-ROLE-TO-PASS': roleArnRule,
  'ARN-OF-KMS-KEY': kmsKeyArnRule,
};

/** The issues of one field on its own (no cross-field warnings). */
function checkField(field: FieldId, raw: string): Issue[] {
  const value = raw.trim();
  if (value === '') {
    return [];
  }
  const issues: Issue[] = [];
  const add = ({code, message}: Problem) =>
    issues.push({field, code, severity: 'error', message});
  if (value !== raw) {
    issues.push({
      field,
      code: 'whitespace-trimmed',
      severity: 'warning',
      // The field keeps what was typed: only the policies leave it out.
      message: `The policies leave out the white space around the ${FIELD_NAMES[field]}.`,
    });
  }
  const rule = RULES[field];
  const lengthProblem = (): Problem => ({
    code: rule.lengthCode,
    message: rule.wrongLength(formatCount(value.length)),
  });
  // Length first: the later checks then only ever see short strings.
  if (value.length > rule.maxLength) {
    add(lengthProblem());
    return issues;
  }
  const recognized = rule.recognize?.(value);
  if (recognized !== undefined) {
    add(recognized);
    return issues;
  }
  const characterProblems = checkCharacters(
    value,
    FIELD_NAMES[field],
    rule.expected,
  );
  if (characterProblems.length > 0) {
    characterProblems.forEach(add);
    return issues;
  }
  // Before the rule's problems. A value this short is never a URI or an ARN,
  // the rules' early answers, so it gets every problem it has.
  if (rule.minLength !== undefined && value.length < rule.minLength) {
    add(lengthProblem());
  }
  rule.check(value).forEach(add);
  return issues;
}

/**
 * Every field's trimmed value that may go into a policy. Pass the issues of
 * `validateFields(values)` if you have them, to skip validating again.
 */
export function validValues(
  values: FieldValues,
  issues: readonly Issue[] = validateFields(values),
): Partial<Record<FieldId, string>> {
  const valid: Partial<Record<FieldId, string>> = {};
  for (const field of FIELD_IDS) {
    const value = values[field].trim();
    const fieldHasError = issues.some(
      (issue) => issue.field === field && issue.severity === 'error',
    );
    if (value !== '' && !fieldHasError) {
      valid[field] = value;
    }
  }
  return valid;
}

/** Every issue of every field, errors and warnings, in FIELD_IDS order. */
export function validateFields(values: FieldValues): Issue[] {
  const byField = new Map<FieldId, Issue[]>(
    FIELD_IDS.map((field) => [field, checkField(field, values[field])]),
  );
  // Compared among the values valid on their own; only a partition mismatch
  // (an error) makes one of them invalid.
  const valid = validValues(values, [...byField.values()].flat());
  for (const field of ARN_FIELDS) {
    const arn = valid[field];
    if (arn !== undefined) {
      byField
        .get(field)
        ?.push(
          ...crossFieldWarnings(field, arn, valid.REGION, valid['ACCOUNT-ID']),
        );
    }
  }
  return FIELD_IDS.flatMap((field) => byField.get(field) ?? []);
}
