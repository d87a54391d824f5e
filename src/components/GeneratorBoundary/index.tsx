import React from 'react';
import type {ReactNode} from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import Admonition from '@theme/Admonition';

interface Props {
  /** What the reader can do instead, in a sentence or two. */
  readonly instead: ReactNode;
  readonly children: ReactNode;
}

/**
 * Catches what the policy generator throws while its part of the page
 * renders, and says so there, with what to do instead: the rest of the page
 * stands.
 */
export default function GeneratorBoundary({
  instead,
  children,
}: Props): ReactNode {
  return (
    <ErrorBoundary
      fallback={() => (
        <Admonition type="danger" title="The policy generator failed">
          <p>{instead}</p>
        </Admonition>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
