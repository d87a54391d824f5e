import type {GenerationResult} from '@site/src/utils/policy/types';
import {pageEngine} from '@site/src/utils/pageEngine';
import React from 'react';
import type {ReactNode} from 'react';
import {
  BUILT_FORM,
  WaitsForEngine,
  useGenerated,
} from '@site/src/hooks/useGenerated';
import type {Generated} from '@site/src/hooks/useGenerated';

export type PolicyFormState = Generated<GenerationResult>;

/**
 * The policy engine (the fields' rules, the agent's calls, the statements),
 * apart from the page's bundle: loaded once the reader's form differs from
 * the built page's, or at their first interaction (PolicyForm).
 */
export const policyEngine = pageEngine(
  async () =>
    (await import('@site/src/utils/policy/generate')).generatePolicies,
  BUILT_FORM,
);

/** Where PolicyForm writes the built result into the page's HTML. */
export const BUILT_RESULT_ID = 'policy-form-built-result';

/** The form's state with both policies (useGenerated). */
export function usePolicyForm(): PolicyFormState {
  return useGenerated(policyEngine, BUILT_RESULT_ID);
}

/** Renders its children once usePolicyForm has a result to give (WaitsForEngine). */
export function WaitsForPolicies({
  children,
}: {
  readonly children: ReactNode;
}): ReactNode {
  return (
    <WaitsForEngine engine={policyEngine} builtId={BUILT_RESULT_ID}>
      {children}
    </WaitsForEngine>
  );
}
