import React from 'react';
import type {ReactNode} from 'react';
import GeneratorBoundary from '@site/src/components/GeneratorBoundary';
import {staticHtmlUntilChanged} from '@site/src/components/StaticHtml';
import type {CallGrant} from '@site/src/utils/policy';
import {usePolicyForm} from '@site/src/hooks/usePolicyForm';
import {
  DEFAULT_OPTIONS,
  EMPTY_VALUES,
  generatePolicies,
} from '@site/src/utils/policy';

const CallTable = staticHtmlUntilChanged(() => import('./CallTable'));

function sameGrants(
  shown: readonly CallGrant[],
  built: readonly CallGrant[],
): boolean {
  return (
    shown.length === built.length &&
    shown.every(
      (grant, index) =>
        grant.callId === built[index]?.callId && grant.sid === built[index].sid,
    )
  );
}

let built: readonly CallGrant[] | undefined;

/** The calls the page's HTML lists: those of the default options. */
function builtCalls(): readonly CallGrant[] {
  built ??= generatePolicies(EMPTY_VALUES, DEFAULT_OPTIONS).calls;
  return built;
}

/**
 * The call table: the page's HTML holds it for the default options, and its
 * code loads only once the reader's options list other calls or statements.
 */
function LiveCallTable(): ReactNode {
  const {result} = usePolicyForm();
  return <CallTable asBuilt={sameGrants(result.calls, builtCalls())} />;
}

/** The table, or what to do instead if the generator fails. */
export default function AgentCallTable(): ReactNode {
  return (
    <GeneratorBoundary instead="The agent’s calls could not be listed. Reload the page to try again.">
      <LiveCallTable />
    </GeneratorBoundary>
  );
}
