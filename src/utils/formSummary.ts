import {FIELD_IDS, placeholderOf} from './policy/fields';
import type {
  FieldId,
  GeneratedPolicy,
  GenerationResult,
  Issue,
} from './policy/types';

/** One generated file: the fields it uses, and the placeholders still in it. */
export interface Output {
  readonly placeholders: readonly FieldId[];
  readonly fields: readonly FieldId[];
}

/** What a page generates, for the form's summary and each output's status. */
export interface OutputsResult {
  readonly issues: readonly Issue[];
  readonly outputs: readonly Output[];
  /** The summary once every output is ready. */
  readonly ready: string;
}

type AnyResult = OutputsResult | GenerationResult;

/** The placeholders as the page writes them, e.g. `<REGION>, <ACCOUNT-ID>`. */
export function listPlaceholders(ids: readonly FieldId[]): string {
  return ids.map(placeholderOf).join(', ');
}

/** The policies the options call for: the agent's is absent with a prebuilt image. */
export function generatedPolicies(result: GenerationResult): GeneratedPolicy[] {
  return result.agent === undefined
    ? [result.sagemaker]
    : [result.agent, result.sagemaker];
}

/** The two policies of “Set up SageMaker” as outputs. */
export function policyOutputs(result: GenerationResult): OutputsResult {
  return {
    issues: result.issues,
    outputs: generatedPolicies(result),
    ready:
      result.agent === undefined
        ? 'Every placeholder is filled: the policy is ready to copy.'
        : 'Every placeholder is filled: both policies are ready to copy.',
  };
}

const outputsOf = (result: AnyResult): OutputsResult =>
  'outputs' in result ? result : policyOutputs(result);

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Which fields' issues the form shows now; by default, every field's. */
export type Shown = (id: FieldId) => boolean;

const everyField: Shown = () => true;

/** The fields of these policies with an issue of this severity that shows. */
function fieldsWith(
  result: AnyResult,
  severity: 'error' | 'warning',
  shown: Shown,
  policies: readonly Output[],
): Set<FieldId> {
  const used = new Set(policies.flatMap((policy) => policy.fields));
  return new Set(
    result.issues
      .filter(
        (issue) =>
          issue.severity === severity &&
          used.has(issue.field) &&
          shown(issue.field),
      )
      .map((issue) => issue.field),
  );
}

/**
 * Placeholders still in a policy, split by why: never filled (or refused
 * where the field does not show it yet), or refused.
 */
export function pendingPlaceholders(
  result: AnyResult,
  policies: readonly Output[] = outputsOf(result).outputs,
  shown: Shown = everyField,
): {unfilled: FieldId[]; invalid: FieldId[]} {
  const remaining = new Set(policies.flatMap((policy) => policy.placeholders));
  const withErrors = fieldsWith(result, 'error', shown, policies);
  const pending = FIELD_IDS.filter((id) => remaining.has(id));
  return {
    unfilled: pending.filter((id) => !withErrors.has(id)),
    invalid: pending.filter((id) => withErrors.has(id)),
  };
}

/** The fields in these policies whose value went in with a warning that shows. */
export function warnedFields(
  result: AnyResult,
  policies: readonly Output[] = outputsOf(result).outputs,
  shown: Shown = everyField,
): FieldId[] {
  const remaining = new Set(policies.flatMap((policy) => policy.placeholders));
  const warned = fieldsWith(result, 'warning', shown, policies);
  return FIELD_IDS.filter((id) => warned.has(id) && !remaining.has(id));
}

/**
 * One sentence on what is left before both policies are ready, from the
 * issues the fields show: never ready while a warning stands.
 */
export function summarizeForm(
  result: AnyResult,
  shown: Shown = everyField,
): string {
  const {unfilled, invalid} = pendingPlaceholders(result, undefined, shown);
  const warned = warnedFields(result, undefined, shown);
  const warnedList = listPlaceholders(warned);
  if (unfilled.length === 0 && invalid.length === 0) {
    if (warned.length > 0) {
      return `Every placeholder is filled, but ${plural(warned.length, 'value')} ${warned.length === 1 ? 'has' : 'have'} a warning to read before you copy (${warnedList}).`;
    }
    return outputsOf(result).ready;
  }
  const parts: string[] = [];
  if (unfilled.length > 0) {
    parts.push(
      `${plural(unfilled.length, 'placeholder')} still unfilled (${listPlaceholders(unfilled)})`,
    );
  }
  if (invalid.length > 0) {
    parts.push(
      `${plural(invalid.length, 'value')} invalid and left out (${listPlaceholders(invalid)})`,
    );
  }
  if (warned.length > 0) {
    parts.push(
      `${plural(warned.length, 'value')} with a warning (${warnedList})`,
    );
  }
  return `${parts.join('; ')}.`;
}

/** What "Check values" answers, every field's issues shown. */
export function checkMessage(result: Pick<OutputsResult, 'issues'>): string {
  const list = listPlaceholders(
    FIELD_IDS.filter((id) => result.issues.some((issue) => issue.field === id)),
  );
  if (list === '') {
    return 'Every value is valid.';
  }
  return result.issues.some((issue) => issue.severity === 'error')
    ? `Not every value is valid: see the message at ${list}.`
    : `Every value is valid; read the warning at ${list}.`;
}

/** Said at a field that no policy uses with the options chosen. */
export const UNUSED_FIELD_NOTE =
  'No policy uses this field with these options, so its value is not checked; it is kept for when you change them.';
