import React, {lazy} from 'react';
import type {ReactNode} from 'react';
import StaticHtml from '@site/src/components/StaticHtml';

const Snippets = lazy(() => import('@site/docs/_original-snippets.mdx'));

/**
 * The original page's policies, for comparison: static HTML, without copy
 * buttons or the code that would make them, since nobody should paste them.
 */
export default function OriginalSnippets(): ReactNode {
  return (
    <StaticHtml>
      <Snippets />
    </StaticHtml>
  );
}
