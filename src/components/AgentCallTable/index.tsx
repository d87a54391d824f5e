import React from 'react';
import type {ReactNode} from 'react';
import GeneratorBoundary from '@site/src/components/GeneratorBoundary';
import {staticHtmlUntilChanged} from '@site/src/components/StaticHtml';
import type {CallGrant} from '@site/src/utils/policy/types';
import {WaitsForPolicies, usePolicyForm} from '@site/src/hooks/usePolicyForm';

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

/**
 * The call table: the page's HTML holds it for the default options, and its
 * code loads only once the reader's options list other calls or statements.
 */
function LiveCallTable(): ReactNode {
  const {result, built} = usePolicyForm();
  return <CallTable asBuilt={sameGrants(result.calls, built.calls)} />;
}

/** The table, or what to do instead if the generator fails. */
export default function AgentCallTable(): ReactNode {
  return (
    <GeneratorBoundary instead="The agent’s calls could not be listed. Reload the page to try again.">
      <WaitsForPolicies>
        <LiveCallTable />
      </WaitsForPolicies>
    </GeneratorBoundary>
  );
}
