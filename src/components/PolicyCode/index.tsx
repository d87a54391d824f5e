import React, {memo} from 'react';
import type {ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import type {PolicyId} from '@site/src/utils/policy';
import {
  POLICY_FILE_NAMES,
  placeholderHighlightMetastring,
} from '@site/src/utils/policyDisplay';

interface Props {
  readonly policy: PolicyId;
  readonly text: string;
  /** Highlights the lines that still hold a placeholder. */
  readonly highlight: boolean;
}

/**
 * The highlighted policy. Memoized on its text: a key press that leaves a
 * policy as it was (a half-typed value, a field of the other policy) skips
 * re-highlighting it.
 */
export default memo(function PolicyCode({
  policy,
  text,
  highlight,
}: Props): ReactNode {
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
