import React from 'react';
import type {ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {jsonForHtml} from '@site/src/utils/htmlJson';

/**
 * The result the page was built with, as JSON in its HTML, for the browser
 * to show until the page's engine has loaded (useGenerated). Hydration keeps
 * the server's text: an empty `dangerouslySetInnerHTML` is not hydrated.
 */
export default function BuiltResult({
  id,
  result,
}: {
  readonly id: string;
  readonly result: unknown;
}): ReactNode {
  return (
    <script
      type="application/json"
      id={id}
      dangerouslySetInnerHTML={{
        __html: ExecutionEnvironment.canUseDOM ? '' : jsonForHtml(result),
      }}
      suppressHydrationWarning
    />
  );
}
