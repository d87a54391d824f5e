import React from 'react';
import type {ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type {PolicyId} from '@site/src/utils/policy';
import {usePolicyForm} from '@site/src/hooks/usePolicyForm';
import PolicyCode from '@site/src/components/PolicyCode';
import OutputToolbar, {toolbarProps} from '@site/src/components/OutputToolbar';

/**
 * The policy as the server renders it: the generated policy for an empty
 * form (every placeholder, every correction), in the same box as the live
 * one, so nothing moves when the live policy takes its place and readers
 * without JavaScript get a policy that works once filled in. In the browser,
 * hydration keeps the server's code block as it is (an empty
 * `dangerouslySetInnerHTML` is not hydrated), so it is neither highlighted
 * again nor mounted twice.
 */
export default function StaticPolicy({
  policy,
}: {
  readonly policy: PolicyId;
}): ReactNode {
  const {result} = usePolicyForm();
  const generated = result[policy];
  if (generated === undefined) {
    return null;
  }
  return (
    <>
      {ExecutionEnvironment.canUseDOM ? (
        <div dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />
      ) : (
        <div>
          <PolicyCode policy={policy} text={generated.text} highlight />
        </div>
      )}
      <OutputToolbar {...toolbarProps(result, generated)} />
    </>
  );
}
