import React, {Suspense, lazy, useState} from 'react';
import type {ComponentType, ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';

/** Marks the content, for checks that wait for the live parts of a page. */
const STATIC_HTML = {'data-static-html': ''};

interface Props {
  /** A `React.lazy` component: its code is loaded only when it must render in the browser. */
  readonly children: ReactNode;
}

/**
 * Content that never changes, rendered into the page's HTML at build time
 * and left alone by hydration (an empty `dangerouslySetInnerHTML` is not
 * hydrated), so a first visit does not download the code and text that
 * made it. Only when the page is reached by a client-side navigation, with
 * no server HTML to keep, does the browser load and render it.
 */
export default function StaticHtml({children}: Props): ReactNode {
  const [mountedByHydration] = useState(!useIsBrowser());
  if (ExecutionEnvironment.canUseDOM && mountedByHydration) {
    return (
      <div
        {...STATIC_HTML}
        dangerouslySetInnerHTML={{__html: ''}}
        suppressHydrationWarning
      />
    );
  }
  return (
    <div {...STATIC_HTML}>
      {ExecutionEnvironment.canUseDOM ? (
        <Suspense fallback={null}>{children}</Suspense>
      ) : (
        // No boundary on the server: one there would stream the content apart
        // from the page, hidden until a script moves it in place. Without one
        // the page's HTML waits for it and holds it where it belongs.
        children
      )}
    </div>
  );
}

/** A component that shows a module's default export as static HTML. */
export function staticHtml(
  load: () => Promise<{readonly default: ComponentType}>,
): () => ReactNode {
  const Content = lazy(load);
  return function StaticContent(): ReactNode {
    return (
      <StaticHtml>
        <Content />
      </StaticHtml>
    );
  };
}
