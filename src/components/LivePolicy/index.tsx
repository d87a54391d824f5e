import React, {
  isValidElement,
  memo,
  startTransition,
  useEffect,
  useState,
} from 'react';
import type {ReactNode} from 'react';
import clsx from 'clsx';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import Admonition from '@theme/Admonition';
import CodeBlock from '@theme/CodeBlock';
import type {GenerationResult, PolicyId} from '@site/src/utils/policy';
import {
  POLICY_FILE_NAMES,
  formatSize,
  placeholderHighlightMetastring,
} from '@site/src/utils/policyDisplay';
import {
  listPlaceholders,
  pendingPlaceholders,
} from '@site/src/utils/formSummary';
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

/**
 * The highlighted policy. Memoized on its text: a key press that leaves a
 * policy as it was (a half-typed value, a field of the other policy) skips
 * re-highlighting it.
 */
const PolicyCode = memo(function PolicyCode({
  policy,
  text,
  highlight,
}: {
  readonly policy: PolicyId;
  readonly text: string;
  readonly highlight: boolean;
}): ReactNode {
  return (
    <CodeBlock
      language="json"
      title={POLICY_FILE_NAMES[policy]}
      metastring={highlight ? placeholderHighlightMetastring(text) : ''}
    >
      {text}
    </CodeBlock>
  );
});

interface ToolbarProps {
  readonly policy: PolicyId;
  readonly text: string;
  readonly size: number;
  readonly sizeLimit: number;
  /** The placeholders still in the policy, e.g. `<REGION>, <ACCOUNT-ID>`. */
  readonly pending: string;
}

/** Plain values only, so that the memoized toolbar skips unchanged renders. */
function toolbarProps(
  result: GenerationResult,
  policy: PolicyId,
): ToolbarProps {
  const generated = result[policy];
  const {unfilled, invalid} = pendingPlaceholders(result, [generated]);
  return {
    policy,
    text: generated.text,
    size: generated.size,
    sizeLimit: generated.sizeLimit,
    pending: listPlaceholders([...unfilled, ...invalid]),
  };
}

const Toolbar = memo(function Toolbar({
  policy,
  text,
  size,
  sizeLimit,
  pending,
}: ToolbarProps): ReactNode {
  return (
    // Hidden without JavaScript (docusaurus.config.ts), like the form.
    <div className={clsx('live-policy-toolbar', styles.toolbar)}>
      <p className={styles.status}>
        {pending === ''
          ? 'Ready to paste into IAM.'
          : `Highlighted lines still hold ${pending}.`}
        <span className={styles.size}>
          {' '}
          {formatSize(size, sizeLimit)} (IAM&rsquo;s managed policy limit; white
          space not counted).
        </span>
      </p>
      <DownloadButton fileName={POLICY_FILE_NAMES[policy]} text={text} />
    </div>
  );
});

function LivePolicyBlock({policy}: {readonly policy: PolicyId}): ReactNode {
  const {result} = usePolicyForm();
  return (
    <div className={styles.livePolicy}>
      <OmittedStatements policy={policy} />
      <PolicyCode policy={policy} text={result[policy].text} highlight />
      <Toolbar {...toolbarProps(result, policy)} />
    </div>
  );
}

/** The text of the page's original code block (MDX's `pre > code` string). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') {
    return String(node);
  }
  if (Array.isArray(node)) {
    return node.map(textOf).join('');
  }
  if (isValidElement<{children?: ReactNode}>(node)) {
    return textOf(node.props.children);
  }
  return '';
}

/**
 * The policy as the server renders it: the same box as the live one (title
 * bar, code, toolbar) holding the page's original text, so nothing moves when
 * the live policy takes its place. In the browser, hydration keeps the
 * server's code block as it is (an empty `dangerouslySetInnerHTML` is not
 * hydrated), so it is neither highlighted again nor mounted twice.
 */
function StaticPolicy({
  policy,
  original,
}: {
  readonly policy: PolicyId;
  readonly original: string;
}): ReactNode {
  const {result} = usePolicyForm();
  return (
    <div className={styles.livePolicy}>
      {ExecutionEnvironment.canUseDOM ? (
        <div dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />
      ) : (
        <div>
          <PolicyCode policy={policy} text={original} highlight={false} />
        </div>
      )}
      <Toolbar {...toolbarProps(result, policy)} />
    </div>
  );
}

/**
 * False on the server and while hydrating; true at once when the page is
 * mounted by a client-side navigation. After hydration the live block takes
 * over in a transition: React renders it in short slices that leave the main
 * thread free, where a synchronous swap was one long task on a slow phone.
 * Until then the page shows the server's policy, and no copy button.
 */
function useIsLive(): boolean {
  const mountedAfterHydration = useIsBrowser();
  const [live, setLive] = useState(mountedAfterHydration);
  useEffect(() => {
    if (!live) {
      startTransition(() => setLive(true));
    }
  }, [live]);
  return live;
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
      {live ? (
        <LivePolicyBlock policy={policy} />
      ) : (
        <StaticPolicy policy={policy} original={textOf(children)} />
      )}
    </ErrorBoundary>
  );
}
