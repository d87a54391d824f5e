import React, {memo} from 'react';
import type {ReactNode} from 'react';
import {usePrismTheme} from '@docusaurus/theme-common';
import Line from '@theme-original/CodeBlock/Line';
import type {Props} from '@theme/CodeBlock/Line';
import {sameLine} from '@site/src/utils/codeLine';

interface MemoizedProps extends Props {
  /** Compared instead of the theme's prop getters, which are new each time. */
  readonly theme: ReturnType<typeof usePrismTheme>;
}

// Line reads the props it knows; the theme only serves the comparison.
const MemoizedLine = memo(function MemoizedLine(
  props: MemoizedProps,
): ReactNode {
  return <Line {...props} />;
}, sameLine);

/**
 * Docusaurus's line, skipped when it would render the same: a key press in
 * the form changes a line or two of each live policy, not all of them.
 */
export default function CodeBlockLine(props: Props): ReactNode {
  return <MemoizedLine {...props} theme={usePrismTheme()} />;
}
