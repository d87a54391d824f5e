import React from 'react';
import type {ReactNode} from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import Admonition from '@theme/Admonition';
import {leftOutNotices} from '@site/src/utils/policy';
import type {PolicyId} from '@site/src/utils/policy';
import {usePolicyForm} from '@site/src/hooks/usePolicyForm';
import {useIsLive} from '@site/src/hooks/useIsLive';
import PolicyCode from '@site/src/components/PolicyCode';
import PolicyToolbar, {toolbarProps} from '@site/src/components/PolicyToolbar';
import StaticPolicy from '@site/src/components/StaticPolicy';
import styles from './styles.module.css';

interface Props {
  readonly policy: PolicyId;
  /** The page's original code block: what readers without JavaScript see. */
  readonly children: ReactNode;
}

function LivePolicyBlock({policy}: {readonly policy: PolicyId}): ReactNode {
  const {result, options} = usePolicyForm();
  return (
    <>
      {leftOutNotices(policy, options).map((notice) => (
        <p key={notice} className="alert alert--info margin-bottom--sm">
          {notice}
        </p>
      ))}
      <PolicyCode policy={policy} text={result[policy].text} highlight />
      <PolicyToolbar {...toolbarProps(result, policy)} />
    </>
  );
}

/**
 * One of the page's policies, live: filled in from the form once the page has
 * hydrated, the original text before that and if the generator fails.
 */
export default function LivePolicy({policy, children}: Props): ReactNode {
  const live = useIsLive();
  // One boundary for both: the static policy reads the form's state too, and
  // a generator that fails from the start fails there.
  return (
    <ErrorBoundary
      fallback={() => (
        <>
          <Admonition type="danger" title="The policy generator failed">
            <p>
              Something went wrong while filling in this policy. Below is the
              page&rsquo;s original policy: replace each{' '}
              <code>&lt;PLACEHOLDER&gt;</code> by hand, or reload the page to
              try again.
            </p>
          </Admonition>
          {children}
        </>
      )}
    >
      <div className={styles.livePolicy}>
        {live ? (
          <LivePolicyBlock policy={policy} />
        ) : (
          <StaticPolicy policy={policy}>{children}</StaticPolicy>
        )}
      </div>
    </ErrorBoundary>
  );
}
