import React, {memo} from 'react';
import type {ReactNode} from 'react';
import {policyNotices} from '@site/src/utils/policy/options';
import type {
  GenerationResult,
  PolicyId,
  PolicyOptions,
} from '@site/src/utils/policy/types';
import {WaitsForPolicies, usePolicyForm} from '@site/src/hooks/usePolicyForm';
import {useIsLive} from '@site/src/hooks/useIsLive';
import GeneratorBoundary from '@site/src/components/GeneratorBoundary';
import PolicyCode from '@site/src/components/PolicyCode';
import OutputToolbar, {toolbarProps} from '@site/src/components/OutputToolbar';
import StaticPolicy from '@site/src/components/StaticPolicy';
import {ORIGINAL_POLICIES_ANCHOR} from '@site/src/components/PolicyCorrections';
import styles from './styles.module.css';

interface Props {
  readonly policy: PolicyId;
}

/** The policy's notices, code and status for one generation. */
const PolicyOutput = memo(function PolicyOutput({
  policy,
  result,
  options,
}: {
  readonly policy: PolicyId;
  readonly result: GenerationResult;
  readonly options: PolicyOptions;
}): ReactNode {
  const generated = result[policy];
  return (
    <>
      {policyNotices(policy, options).map((notice) => (
        <p key={notice} className="alert alert--info margin-bottom--sm">
          {notice}
        </p>
      ))}
      {generated !== undefined && (
        <>
          <PolicyCode policy={policy} text={generated.text} highlight />
          <OutputToolbar {...toolbarProps(result, generated)} />
        </>
      )}
    </>
  );
});

function LivePolicyBlock({policy}: {readonly policy: PolicyId}): ReactNode {
  const {result, options, busyRef} = usePolicyForm();
  return (
    <div ref={busyRef}>
      <PolicyOutput policy={policy} result={result} options={options} />
    </div>
  );
}

/**
 * One of the page's policies, live: filled in from the form once the page has
 * hydrated, the generated template for an empty form before that.
 */
export default function LivePolicy({policy}: Props): ReactNode {
  const live = useIsLive();
  // One boundary for both: the static policy reads the form's state too, and
  // a generator that fails from the start fails there.
  return (
    <GeneratorBoundary
      instead={
        <>
          Something went wrong while filling in this policy. The page&rsquo;s
          original policy is under{' '}
          <a href={`#${ORIGINAL_POLICIES_ANCHOR}`}>The original snippets</a>{' '}
          below: replace each <code>&lt;PLACEHOLDER&gt;</code> by hand (and see
          what it lacks), or reload the page to try again.
        </>
      }
    >
      <div className={styles.livePolicy}>
        <WaitsForPolicies>
          {live ? (
            <LivePolicyBlock policy={policy} />
          ) : (
            <StaticPolicy policy={policy} />
          )}
        </WaitsForPolicies>
      </div>
    </GeneratorBoundary>
  );
}
