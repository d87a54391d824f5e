import React from 'react';
import type {ReactNode} from 'react';
import type {StatementSource} from '@site/src/utils/setup/roleSources';
import CodeText from '@site/src/components/CodeText';
import styles from './styles.module.css';

interface Props {
  /** Each statement's Sid with why it is there and its source. */
  readonly statements: readonly (readonly [string, StatementSource])[];
}

/** Why each statement is there, with its source: the page's citations. */
export default function SourceList({statements}: Props): ReactNode {
  return (
    <dl className={styles.sources}>
      {statements.map(([sid, {why, source}]) => (
        <div key={sid}>
          <dt>
            <code>{sid}</code>
          </dt>
          <dd>
            <CodeText text={why} /> Source:{' '}
            <a href={source.url}>{source.title}</a>.
          </dd>
        </div>
      ))}
    </dl>
  );
}
