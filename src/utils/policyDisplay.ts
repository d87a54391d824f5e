import type {PolicyId} from './policy/types';

/** File names for downloads and code block titles. */
export const POLICY_FILE_NAMES: Record<PolicyId, string> = {
  agent: 'wandb-launch-agent-policy.json',
  sagemaker: 'wandb-launch-sagemaker-policy.json',
};

const PLACEHOLDER_PATTERN = /<[A-Z]+(?:-[A-Z]+)*>/;

/**
 * A code block metastring that highlights the lines still holding a
 * `<PLACEHOLDER>`, e.g. `{3,7}`, or '' when none do.
 */
export function placeholderHighlightMetastring(text: string): string {
  const lines = text
    .split('\n')
    .flatMap((line, index) =>
      PLACEHOLDER_PATTERN.test(line) ? [index + 1] : [],
    );
  return lines.length === 0 ? '' : `{${lines.join(',')}}`;
}

let numberFormat: Intl.NumberFormat | undefined;

export function formatSize(size: number, limit: number): string {
  // Made once, on first use: it is slow to make on every key press, and a
  // browser whose Intl throws must fail while rendering, inside the error
  // boundary, not when the module loads.
  numberFormat ??= new Intl.NumberFormat('en-US');
  const format = numberFormat;
  return `${format.format(size)} of ${format.format(limit)} characters`;
}
