import React from 'react';
import type {ReactNode} from 'react';
import {POLICY_FIELD_IDS, POLICY_OPTIONS} from '@site/src/utils/policy';
import {policyOutputs} from '@site/src/utils/formSummary';
import {usePolicyForm} from '@site/src/hooks/usePolicyForm';
import GeneratorBoundary from '@site/src/components/GeneratorBoundary';
import SetupForm from '@site/src/components/SetupForm';

function PolicyFormFields(): ReactNode {
  const {result} = usePolicyForm();
  return (
    <SetupForm
      heading="Fill in your values"
      intro="Both policies below update as you type. What you enter stays in this browser."
      fields={POLICY_FIELD_IDS}
      unused={result.unused}
      result={policyOutputs(result)}
      options={POLICY_OPTIONS}
      optionsLegend="What the policies cover"
    />
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
      <PolicyFormFields />
    </GeneratorBoundary>
  );
}
