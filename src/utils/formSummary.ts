import {FIELD_IDS, placeholderOf} from './policy/fields';
import type {FieldId, GeneratedPolicy, GenerationResult} from './policy/types';

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

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Placeholders still in a policy, split by why: never filled, or refused. */
export function pendingPlaceholders(
  result: GenerationResult,
  policies: readonly GeneratedPolicy[] = generatedPolicies(result),
): {unfilled: FieldId[]; invalid: FieldId[]} {
  const remaining = new Set(policies.flatMap((policy) => policy.placeholders));
  const withErrors = new Set(
    result.issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => issue.field),
  );
  const pending = FIELD_IDS.filter((id) => remaining.has(id));
  return {
    unfilled: pending.filter((id) => !withErrors.has(id)),
    invalid: pending.filter((id) => withErrors.has(id)),
  };
}

/** One sentence on what is left before both policies are ready. */
export function summarizeForm(result: GenerationResult): string {
  const {unfilled, invalid} = pendingPlaceholders(result);
  if (unfilled.length === 0 && invalid.length === 0) {
    return result.agent === undefined
      ? 'Every placeholder is filled: the policy is ready to copy.'
      : 'Every placeholder is filled: both policies are ready to copy.';
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
  return `${parts.join('; ')}.`;
}
