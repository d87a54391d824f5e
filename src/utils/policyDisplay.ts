import {formatCount} from './format';
import {FIELD_IDS, placeholderOf} from './policy/fields';
import type {PolicyId} from './policy/types';

/** File names for downloads and code block titles. */
export const POLICY_FILE_NAMES: Record<PolicyId, string> = {
  agent: 'wandb-launch-agent-policy.json',
  sagemaker: 'wandb-launch-sagemaker-policy.json',
};

/** Each policy named in a sentence. */
export const POLICY_NAMES: Record<PolicyId, string> = {
  agent: 'the agent policy',
  sagemaker: 'the SageMaker policy',
};

const PLACEHOLDERS = FIELD_IDS.map(placeholderOf);

/**
 * A code block metastring that highlights the lines still holding a
 * `<PLACEHOLDER>`, e.g. `{3,7}`, or '' when none do.
 */
export function placeholderHighlightMetastring(text: string): string {
  const lines = text
    .split('\n')
    .flatMap((line, index) =>
      PLACEHOLDERS.some((placeholder) => line.includes(placeholder))
        ? [index + 1]
        : [],
    );
  return lines.length === 0 ? '' : `{${lines.join(',')}}`;
}

export function formatSize(size: number, limit: number): string {
  return `${formatCount(size)} of ${formatCount(limit)} characters`;
}
