import React from 'react';
import type {ReactNode} from 'react';
import {AGENT_HOST_OPTION} from '@site/src/utils/policy/options';
import {
  AGENT_HOST_NOTES,
  PRINCIPAL_SOURCES,
  ROLE_STATEMENT_SOURCES,
} from '@site/src/utils/setup/roleSources';
import {AGENT_TRUST_SIDS} from '@site/src/utils/setup/trustSids';
import CodeText from '@site/src/components/CodeText';
import SourceList from '@site/src/components/SourceList';

/** For each place the agent can run: what to do besides the trust policy, and its source. */
export default function AgentRoleSourcesContent(): ReactNode {
  return (
    <>
      {AGENT_HOST_OPTION.choices.map((choice) => {
        const sid = AGENT_TRUST_SIDS[choice.value];
        return (
          <section key={choice.value}>
            <h3>{choice.label}</h3>
            <p>
              <CodeText text={AGENT_HOST_NOTES[choice.value]} />
            </p>
            <SourceList statements={[[sid, ROLE_STATEMENT_SOURCES[sid]]]} />
          </section>
        );
      })}
      <h3>Service principals in China, GovCloud and other partitions</h3>
      <ul>
        {PRINCIPAL_SOURCES.map((source) => (
          <li key={source.url}>
            <a href={source.url}>{source.title}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
