import React from 'react';
import type {ReactNode} from 'react';
import {writeCodeDocument} from '@site/src/utils/setup/codePage';
import type {CodeWriter} from '@site/src/utils/setup/codePage';
import type {DocumentWriter} from '@site/src/components/SetupPage';
import {Document} from '../page';

/** A tab's document, written from the form's result by the tab's own writer. */
export function codeDocument(writer: CodeWriter): () => ReactNode {
  const write: DocumentWriter = (result, options, values) =>
    writeCodeDocument(result, options, values, writer);
  return function CodeDocument(): ReactNode {
    return <Document write={write} />;
  };
}
