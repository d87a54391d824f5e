import React, {lazy} from 'react';
import type {ReactNode} from 'react';
import StaticHtml from '@site/src/components/StaticHtml';

/** The id of the page's heading over the original snippets. */
export const ORIGINAL_POLICIES_ANCHOR = 'the-original-snippets';

const Content = lazy(() => import('./Content'));

/**
 * What the generated policies change from the original snippets, and why:
 * the same for every reader, so the page's HTML carries it and the form's
 * code does not.
 */
export default function PolicyCorrections(): ReactNode {
  return (
    <StaticHtml>
      <Content />
    </StaticHtml>
  );
}
