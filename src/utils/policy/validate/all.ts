/**
 * Validation of every field, the set-up pages' too: `validateFields(values,
 * fields?)` and `validValues(values, issues?, fields?)` as in `./index`, over
 * ALL_RULES. Pass `rules` to plug in SageMaker's instance-type list:
 * `{...ALL_RULES, 'INSTANCE-TYPE': instanceTypeRule(list)}`. For tests and
 * tools: a page imports the rules of its own fields only (setup/page.ts), so
 * that its bundle holds no other field's rules.
 */
import type {FieldId, FieldValues, Issue} from '../types';
import {validateWith, validValuesWith} from './engine';
import type {FieldRules} from './engine';
import {POLICY_RULES} from './policyRules';
import type {FieldRule} from './rule';
import {SETUP_RULES} from './setupRules';

export {instanceTypeRule, SETUP_RULES} from './setupRules';
export {POLICY_RULES};

export const ALL_RULES: Readonly<Record<FieldId, FieldRule>> = {
  ...POLICY_RULES,
  ...SETUP_RULES,
};

/** Every issue of each of `fields` (default: every field), in FIELD_IDS order. */
export function validateFields(
  values: FieldValues,
  fields?: readonly FieldId[],
  rules: FieldRules = ALL_RULES,
): Issue[] {
  return validateWith(rules, values, fields);
}

/** The value of each of `fields` (default: every field) that may go into an output. */
export function validValues(
  values: FieldValues,
  issues?: readonly Issue[],
  fields?: readonly FieldId[],
  rules: FieldRules = ALL_RULES,
): Partial<Record<FieldId, string>> {
  return validValuesWith(
    rules,
    values,
    issues ?? validateWith(rules, values, fields),
    fields,
  );
}
