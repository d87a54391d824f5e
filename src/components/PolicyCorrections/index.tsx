import React from 'react';
import type {ReactNode} from 'react';
import Details from '@theme/Details';
import {CORRECTIONS} from '@site/src/utils/policy';
import styles from './styles.module.css';

/** What the generated policies change from the original snippets, and why. */
export default function PolicyCorrections(): ReactNode {
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
    </Details>
  );
}
