import React, {memo} from 'react';
import type {ReactNode, RefObject} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import CodeBlock from '@theme/CodeBlock';
import type {GeneratedDocument} from '@site/src/utils/setup/page';
import type {OutputsResult} from '@site/src/utils/formSummary';
import {placeholderHighlightMetastring} from '@site/src/utils/policyDisplay';
import {useIsLive} from '@site/src/hooks/useIsLive';
import OutputToolbar, {
  outputToolbarProps,
} from '@site/src/components/OutputToolbar';
import styles from './styles.module.css';

interface CodeProps {
  readonly language: GeneratedDocument['language'];
  readonly fileName: string;
  readonly text: string;
}

/** Memoized on its text: a key press that leaves it as it was skips highlighting. */
const DocumentCode = memo(function DocumentCode({
  language,
  fileName,
  text,
}: CodeProps): ReactNode {
  return (
    <CodeBlock
      language={language}
      title={fileName}
      metastring={placeholderHighlightMetastring(text)}
    >
      {text}
    </CodeBlock>
  );
});

interface Props {
  readonly document: GeneratedDocument;
  readonly result: Pick<OutputsResult, 'issues'>;
  /** Said when nothing is pending, e.g. “Ready to paste into IAM.” */
  readonly ready: string;
  /** Where it goes, for the warning: “this policy into IAM”. */
  readonly destination: string;
  /** Sentences the reader must see beside this document. */
  readonly notices?: readonly string[] | undefined;
  /** Marked busy while it shows the values before the latest key press. */
  readonly busyRef?: RefObject<HTMLDivElement | null>;
}

/**
 * One of the set-up's files, highlighted, with its status and download. The
 * server renders it for the empty form; hydration keeps that HTML (an empty
 * `dangerouslySetInnerHTML` is not hydrated) until the live block takes over,
 * so it is not highlighted twice while the page starts.
 */
/** Memoized: a key press renders it again only once its generation changed. */
export default memo(function SetupDocument({
  document,
  result,
  ready,
  destination,
  notices = [],
  busyRef,
}: Props): ReactNode {
  const live = useIsLive();
  const code =
    live || !ExecutionEnvironment.canUseDOM ? (
      <div>
        <DocumentCode
          language={document.language}
          fileName={document.filename}
          text={document.text}
        />
      </div>
    ) : (
      <div dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />
    );
  return (
    <div ref={busyRef} className={styles.document}>
      {document.caption !== undefined && <p>{document.caption}</p>}
      {notices.map((notice) => (
        <p key={notice} className="alert alert--info margin-bottom--sm">
          {notice}
        </p>
      ))}
      {code}
      <OutputToolbar
        {...outputToolbarProps(result, document, document.filename)}
        ready={ready}
        destination={destination}
      />
    </div>
  );
});
