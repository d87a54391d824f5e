import React from 'react';
import type {ReactNode} from 'react';

/** Text from a data table, with `backticked` parts set as code. */
export default function CodeText({text}: {readonly text: string}): ReactNode {
  return text
    .split('`')
    .map((part, index) =>
      index % 2 === 1 ? <code key={index}>{part}</code> : part,
    );
}
