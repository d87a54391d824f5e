import React from 'react';
import type {ReactNode} from 'react';

interface Props {
  readonly fileName: string;
  readonly text: string;
}

/** Saves `text` as a file, made in the browser: nothing goes to a server. */
export default function DownloadButton({fileName, text}: Props): ReactNode {
  function download(): void {
    // A text file ends with a newline (POSIX); the code block's text cannot:
    // Docusaurus drops its last newline, and two would show an empty line.
    const url = URL.createObjectURL(
      new Blob([text.replace(/\n?$/, '\n')], {type: 'application/json'}),
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
