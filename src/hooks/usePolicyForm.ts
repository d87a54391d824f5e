import {generatePolicies} from '@site/src/utils/policy';
import type {
  FieldValues,
  GenerationResult,
  PolicyOptions,
} from '@site/src/utils/policy';
import {rememberLast} from '@site/src/utils/lastResult';
import {useFormState} from '@site/src/hooks/useFormState';
import type {FormState} from '@site/src/stores/policyForm';

export interface PolicyFormState extends FormState {
  /** Generated once per change and shared by the form and both policies. */
  readonly result: GenerationResult;
}

const generateOnce = rememberLast(
  (values: FieldValues, options: PolicyOptions) =>
    generatePolicies(values, options),
);

/**
 * The form's state with both policies. Throws what the generator threw, while
 * rendering, for the nearest error boundary to show its fallback.
 */
export function usePolicyForm(): PolicyFormState {
  const state = useFormState();
  return {...state, result: generateOnce(state.values, state.options)};
}
