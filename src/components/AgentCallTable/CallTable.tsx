import React, {memo} from 'react';
import type {ReactNode} from 'react';
import {AGENT_CALLS} from '@site/src/utils/policy';
import type {AgentCall, CallGrant} from '@site/src/utils/policy';
import {
  CALLER_LABELS,
  CALL_SOURCES,
  TIMING_LABELS,
  codeUrl,
} from '@site/src/utils/policy/callSources';
import {POLICY_NAMES} from '@site/src/utils/policyDisplay';
import {usePolicyForm} from '@site/src/hooks/usePolicyForm';
import styles from './styles.module.css';

const CALLS_BY_ID = new Map<string, AgentCall>(
  (AGENT_CALLS as readonly AgentCall[]).map((call) => [call.id, call]),
);

function AllowedBy({grant}: {readonly grant: CallGrant}): ReactNode {
  if (grant.sid === undefined) {
    return 'No permission needed';
  }
  return (
    <>
      <code>{grant.sid}</code> in {POLICY_NAMES[grant.policy]}
    </>
  );
}

/**
 * Every AWS call the agent makes with the chosen options, when it makes it,
 * and the statement that allows it: why each action is in the policies.
 */
export default function CallTable(): ReactNode {
  const {result} = usePolicyForm();
  return <CallRows calls={result.calls} />;
}

/** Memoized on the calls: a key press that leaves them as they were skips the table. */
const CallRows = memo(function CallRows({
  calls,
}: {
  readonly calls: readonly CallGrant[];
}): ReactNode {
  return (
    <div className={styles.scroller}>
      <table className={styles.table}>
        <caption className={styles.caption}>
          The agent&rsquo;s AWS calls with the options above ({calls.length}{' '}
          calls)
        </caption>
        <thead>
          <tr>
            <th scope="col">Call</th>
            <th scope="col">IAM actions</th>
            <th scope="col">Allowed by</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((grant) => {
            const call = CALLS_BY_ID.get(grant.callId);
            if (call === undefined) {
              return null;
            }
            const {api, caller, code} = CALL_SOURCES[grant.callId];
            return (
              <tr key={call.id}>
                <th scope="row" className={styles.call}>
                  <code>{api}</code>
                  <span className={styles.detail}>
                    {`${TIMING_LABELS[call.when]}, by ${CALLER_LABELS[caller]}: `}
                    <a href={codeUrl(code)}>
                      {code.file}:{code.lines}
                    </a>
                  </span>
                </th>
                <td>
                  {call.actions.length === 0
                    ? 'None'
                    : call.actions.map((action) => (
                        <code key={action} className={styles.action}>
                          {action}
                        </code>
                      ))}
                </td>
                <td>
                  <AllowedBy grant={grant} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
