/**
 * Field validation: every rule a value must pass before it may go into a
 * policy. A value with any error is never inserted (its placeholder stays).
 * Each field's own rule is in its own file; engine.ts runs them in order.
 *
 * This module validates the six fields of the page's policies and loads
 * only their rules (the policy page's bundle stays small). Each set-up page
 * names the rules of its own fields (setup/page.ts).
 */
import type {PolicyFieldId} from '../fields';
import type {FieldValues, Issue} from '../types';
import {validateWith, validValuesWith} from './engine';
import {POLICY_RULES} from './policyRules';

export {POLICY_RULES};

/**
 * The trimmed value of each policy field (default: all six) that may go into
 * a policy. Pass the issues of `validateFields(values)` if you have them, to
 * skip validating again.
 */
export function validValues(
  values: FieldValues,
  issues?: readonly Issue[],
  fields?: readonly PolicyFieldId[],
): Partial<Record<PolicyFieldId, string>> {
  return validValuesWith(
    POLICY_RULES,
    values,
    issues ?? validateWith(POLICY_RULES, values, fields),
    fields,
  );
}

/** Every issue of each policy field (default: all six), errors and warnings, in FIELD_IDS order. */
export function validateFields(
  values: FieldValues,
  fields?: readonly PolicyFieldId[],
): Issue[] {
  return validateWith(POLICY_RULES, values, fields);
}
