import React from 'react';
import type {ReactNode} from 'react';
import Details from '@theme/Details';
import {codeUrl} from '@site/src/utils/policy/callSources';
import {
  ADDITIONS,
  LEAST_PRIVILEGE_REMOVALS,
} from '@site/src/utils/policy/changes';
import type {ActionChange} from '@site/src/utils/policy/changes';
import {CORRECTIONS} from '@site/src/utils/policy/corrections';
import styles from './styles.module.css';

function Actions({actions}: {readonly actions: readonly string[]}): ReactNode {
  return actions.map((action, index) => (
    <React.Fragment key={action}>
      {index > 0 && ', '}
      <code>{action}</code>
    </React.Fragment>
  ));
}

function ChangeList({
  changes,
}: {
  readonly changes: readonly ActionChange[];
}): ReactNode {
  return (
    <ul className={styles.list}>
      {changes.map((change) => (
        <li key={change.id}>
          <strong>
            <Actions actions={change.actions} />.
          </strong>{' '}
          {change.reason} Source:{' '}
          <a href={change.source.url}>{change.source.title}</a>
          {change.call !== undefined && (
            <>
              ; the agent&rsquo;s call:{' '}
              <a href={codeUrl(change.call.code)}>
                <code>
                  {change.call.code.file}:{change.call.code.lines}
                </code>
              </a>
            </>
          )}
          .
        </li>
      ))}
    </ul>
  );
}

/** What the generated policies change from the original snippets, and why. */
export default function PolicyCorrectionsContent(): ReactNode {
  return (
    <Details
      summary={
        <summary>
          What the generated policies fix in the original snippets
        </summary>
      }
    >
      <p>
        The filled-in policies above differ from the original snippets in{' '}
        {CORRECTIONS.length} ways, each so that the policy works as AWS
        documents it:
      </p>
      <ol className={styles.list}>
        {CORRECTIONS.map((correction) => (
          <li key={correction.id}>
            <strong>{correction.title}.</strong> {correction.reason}
            <dl className={styles.diff}>
              <dt>Original</dt>
              <dd>
                <code>{correction.original}</code>
              </dd>
              <dt>Generated</dt>
              <dd>
                <code>{correction.corrected}</code>
              </dd>
            </dl>
            Source:{' '}
            <a href={correction.source.url}>{correction.source.title}</a>
          </li>
        ))}
      </ol>
      <p>
        They also add what the agent calls and the original snippets do not
        grant (each only with the builder that needs it):
      </p>
      <ChangeList changes={ADDITIONS} />
      <p>
        With <strong>Least privilege</strong> on, they grant only what the agent
        calls, and so leave out:
      </p>
      <ChangeList changes={LEAST_PRIVILEGE_REMOVALS} />
    </Details>
  );
}
