import React from 'react';
import type {ReactNode} from 'react';

interface Props {
  readonly fileName: string;
  readonly text: string;
}

/** The file's type, from its extension; plain text for any other. */
const TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  yaml: 'application/yaml',
};

/** Saves `text` as a file, made in the browser: nothing goes to a server. */
export default function DownloadButton({fileName, text}: Props): ReactNode {
  function download(): void {
    // A text file ends with a newline (POSIX); the code block's text cannot:
    // Docusaurus drops its last newline, and two would show an empty line.
    const url = URL.createObjectURL(
      new Blob([text.replace(/\n?$/, '\n')], {
        type: TYPES[fileName.split('.').pop() ?? ''] ?? 'text/plain',
      }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
  }
  return (
    <button
      type="button"
      className="button button--secondary button--sm"
      onClick={download}
    >
      Download {fileName}
    </button>
  );
}
