import React from 'react';
import type {ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import Admonition from '@theme/Admonition';
import CodeBlock from '@theme/CodeBlock';
import type {PolicyId} from '@site/src/utils/policy';
import {
  POLICY_FILE_NAMES,
  formatSize,
  placeholderHighlightMetastring,
} from '@site/src/utils/policyDisplay';
import {pendingPlaceholders} from '@site/src/utils/formSummary';
import {usePolicyForm} from '@site/src/hooks/usePolicyForm';
import DownloadButton from '@site/src/components/DownloadButton';
import styles from './styles.module.css';

interface Props {
  readonly policy: PolicyId;
  /** The page's original code block: what readers without JavaScript see. */
  readonly children: ReactNode;
}

function OmittedStatements({policy}: {readonly policy: PolicyId}): ReactNode {
  const {options} = usePolicyForm();
  const omitted =
    policy === 'agent'
      ? !options.includeKanikoS3 &&
        'The two S3 statements for the Kaniko builder are left out. Turn on “S3 access for the Kaniko builder” above to add them.'
      : !options.includeKmsGrant &&
        'The kms:CreateGrant statement is left out. Turn on “kms:CreateGrant for an encrypted training volume” above to add it.';
  return omitted ? <p className={styles.omitted}>{omitted}</p> : null;
}

function LivePolicyBlock({policy}: {readonly policy: PolicyId}): ReactNode {
  const {result} = usePolicyForm();
  const generated = result[policy];
  const {unfilled, invalid} = pendingPlaceholders(result, [generated]);
  const pending = [...unfilled, ...invalid];
  return (
    <div className={styles.livePolicy}>
      <OmittedStatements policy={policy} />
      <CodeBlock
        language="json"
        title={POLICY_FILE_NAMES[policy]}
        metastring={placeholderHighlightMetastring(generated.text)}
      >
        {generated.text}
      </CodeBlock>
      <div className={styles.toolbar}>
        <p className={styles.status}>
          {pending.length === 0
            ? 'Ready to paste into IAM.'
            : `Highlighted lines still hold ${pending.map((id) => `<${id}>`).join(', ')}.`}
          <span className={styles.size}>
            {' '}
            {formatSize(generated.size, generated.sizeLimit)} (IAM&rsquo;s
            managed policy limit; white space not counted).
          </span>
        </p>
        <DownloadButton
          fileName={POLICY_FILE_NAMES[policy]}
          text={generated.text}
        />
      </div>
    </div>
  );
}

/**
 * One of the page's policies, live: filled in from the form once the page has
 * hydrated, the original block before that and if the generator fails.
 */
export default function LivePolicy({policy, children}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  if (!isBrowser) {
    return children;
  }
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
      <LivePolicyBlock policy={policy} />
    </ErrorBoundary>
  );
}
