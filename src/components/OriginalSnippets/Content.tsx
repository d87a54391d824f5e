import React from 'react';
import type {ReactNode} from 'react';
import {ORIGINAL_SNIPPETS} from './originals';
import styles from './styles.module.css';

/**
 * Plain blocks in Infima's colours for `pre`: they follow the colour mode
 * without JavaScript (static HTML is never re-highlighted for dark mode),
 * and have no copy button, since they are not meant to be used.
 */
export default function OriginalSnippetsContent(): ReactNode {
  return ORIGINAL_SNIPPETS.map(({title, text}) => (
    <figure key={title} className={styles.snippet}>
      <figcaption className={styles.title}>{title}</figcaption>
      {/* Focusable, so a keyboard can scroll its long lines. */}
      <pre tabIndex={0}>
        <code>{text}</code>
      </pre>
    </figure>
  ));
}
