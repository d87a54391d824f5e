/**
 * The validation engine, with no rule of its own: it runs the rules it is
 * given. Each entry point binds it to one rule set, so that a page loads only
 * the rules of the fields it shows:
 * - `index.ts`: the six fields of the page's policies (`POLICY_RULES`);
 * - each set-up page (`setup/*Page.ts`): the rules of its own fields;
 * - `all.ts`: every field (`ALL_RULES`), for tests.
 */
import {formatCount} from '../../format';
import {FIELD_IDS, FIELD_NAMES} from '../fields';
import type {FieldId, FieldValues, Issue} from '../types';
import {checkCharacters} from './characters';
import {ARN_FIELDS, crossFieldWarnings} from './crossField';
import type {FieldRule, Problem} from './rule';

export type FieldRules = Readonly<Partial<Record<FieldId, FieldRule>>>;

/** The fields a rule set covers, in FIELD_IDS order. */
export function fieldsOf(rules: FieldRules): readonly FieldId[] {
  return FIELD_IDS.filter((field) => rules[field] !== undefined);
}

function ruleOf(rules: FieldRules, field: FieldId): FieldRule {
  const rule = rules[field];
  if (rule === undefined) {
    // A programming error: the caller asked for a field its set has no rule for.
    throw new Error(`No validation rule for the field ${field}.`);
  }
  return rule;
}

/** The issues of one field on its own (no cross-field warnings). */
function checkField(field: FieldId, raw: string, rule: FieldRule): Issue[] {
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
    rule.characters,
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
 * The value of each of `fields` that may go into an output: trimmed (and
 * normalized where the rule says how), or absent when empty or in error.
 */
export function validValuesWith(
  rules: FieldRules,
  values: FieldValues,
  issues: readonly Issue[] = validateWith(rules, values),
  fields: readonly FieldId[] = fieldsOf(rules),
): Partial<Record<FieldId, string>> {
  const valid: Partial<Record<FieldId, string>> = {};
  for (const field of fields) {
    const value = values[field].trim();
    const fieldHasError = issues.some(
      (issue) => issue.field === field && issue.severity === 'error',
    );
    if (value !== '' && !fieldHasError) {
      valid[field] = ruleOf(rules, field).normalize?.(value) ?? value;
    }
  }
  return valid;
}

/** The fields whose valid values the ARN fields are compared with. */
const REFERENCE_FIELDS = ['REGION', 'ACCOUNT-ID'] as const;

/** Every issue of each of `fields` (default: the set's), errors and warnings, in FIELD_IDS order. */
export function validateWith(
  rules: FieldRules,
  values: FieldValues,
  fields: readonly FieldId[] = fieldsOf(rules),
): Issue[] {
  const wanted = new Set(fields);
  const ordered = FIELD_IDS.filter((field) => wanted.has(field));
  const byField = new Map<FieldId, Issue[]>(
    ordered.map((field) => [
      field,
      checkField(field, values[field], ruleOf(rules, field)),
    ]),
  );
  // An ARN is compared with the region and account even when only the ARN is
  // asked for: its partition decides whether it can work at all.
  const references = REFERENCE_FIELDS.filter(
    (field) => rules[field] !== undefined,
  );
  const referenceIssues = references.flatMap(
    (field) =>
      byField.get(field) ??
      checkField(field, values[field], ruleOf(rules, field)),
  );
  const reference = validValuesWith(rules, values, referenceIssues, references);
  // Compared among the values valid on their own; only a partition mismatch
  // (an error) makes one of them invalid.
  for (const field of ARN_FIELDS) {
    const issues = byField.get(field);
    if (issues === undefined || issues.some((i) => i.severity === 'error')) {
      continue;
    }
    const arn = values[field].trim();
    if (arn !== '') {
      issues.push(
        ...crossFieldWarnings(
          field,
          arn,
          reference.REGION,
          reference['ACCOUNT-ID'],
        ),
      );
    }
  }
  return ordered.flatMap((field) => byField.get(field) ?? []);
}
