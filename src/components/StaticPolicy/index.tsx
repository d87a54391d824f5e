import React, {isValidElement} from 'react';
import type {ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type {PolicyId} from '@site/src/utils/policy';
import {usePolicyForm} from '@site/src/hooks/usePolicyForm';
import PolicyCode from '@site/src/components/PolicyCode';
import PolicyToolbar, {toolbarProps} from '@site/src/components/PolicyToolbar';

interface Props {
  readonly policy: PolicyId;
  /** The page's original code block (MDX's `pre > code`). */
  readonly children: ReactNode;
}

/** The text of the page's original code block. */
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
export default function StaticPolicy({policy, children}: Props): ReactNode {
  const {result} = usePolicyForm();
  return (
    <>
      {ExecutionEnvironment.canUseDOM ? (
        <div dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />
      ) : (
        <div>
          <PolicyCode
            policy={policy}
            text={textOf(children)}
            highlight={false}
          />
        </div>
      )}
      <PolicyToolbar {...toolbarProps(result, policy)} />
    </>
  );
}
