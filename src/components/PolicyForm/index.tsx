import React from 'react';
import type {ReactNode} from 'react';
import {POLICY_FIELD_IDS} from '@site/src/utils/policy/fields';
import {POLICY_OPTIONS} from '@site/src/utils/policy/options';
import {policyOutputs} from '@site/src/utils/formSummary';
import {
  BUILT_RESULT_ID,
  WaitsForPolicies,
  policyEngine,
  usePolicyForm,
} from '@site/src/hooks/usePolicyForm';
import {useLoadOnInteraction} from '@site/src/hooks/useOnDemand';
import BuiltResult from '@site/src/components/BuiltResult';
import GeneratorBoundary from '@site/src/components/GeneratorBoundary';
import SetupForm from '@site/src/components/SetupForm';

function PolicyFormFields(): ReactNode {
  const {result, built} = usePolicyForm();
  useLoadOnInteraction(policyEngine);
  return (
    <>
      <BuiltResult id={BUILT_RESULT_ID} result={built} />
      <SetupForm
        heading="Fill in your values"
        intro="Both policies below update as you type. What you enter stays in this browser."
        fields={POLICY_FIELD_IDS}
        unused={result.unused}
        result={policyOutputs(result)}
        options={POLICY_OPTIONS}
        optionsLegend="What the policies cover"
      />
    </>
  );
}

/**
 * The form that fills the page's placeholders. Rendered on the server too, so
 * nothing shifts when it hydrates; `docusaurus.config.ts` hides it for readers
 * without JavaScript, for whom it could not work.
 */
export default function PolicyForm(): ReactNode {
  return (
    <GeneratorBoundary
      instead={
        <>
          The form could not be shown. The policies below keep the page&rsquo;s
          placeholders: replace each <code>&lt;PLACEHOLDER&gt;</code> by hand,
          or reload the page to try again.
        </>
      }
    >
      <WaitsForPolicies>
        <PolicyFormFields />
      </WaitsForPolicies>
    </GeneratorBoundary>
  );
}
