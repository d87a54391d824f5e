/**
 * The whole-number fields: each a range from its source, one shared rule.
 *
 * - INSTANCE-COUNT: `ResourceConfig.InstanceCount`, "Minimum value of 0" and
 *   no maximum (API reference, ResourceConfig:
 *   https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html);
 *   0 is only for heterogeneous clusters (InstanceGroups), which a queue
 *   built here does not use, so at least 1. The API's Integer type caps it
 *   at 2,147,483,647; the account's SageMaker quotas set the real most.
 * - VOLUME-SIZE-GB: `ResourceConfig.VolumeSizeInGB` (same page, no maximum
 *   given); SageMaker provisions gp2 EBS volumes, 1 to 16,384 GiB (EBS user
 *   guide, General Purpose SSD volumes:
 *   https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html).
 * - MAX-RUNTIME-SECONDS: `StoppingCondition.MaxRuntimeInSeconds`, minimum 1,
 *   "The maximum value is 28 days" = 2,419,200 s (API reference,
 *   StoppingCondition, and `@aws-sdk/client-sagemaker`'s doc comment).
 * - MAX-JOBS: the agent's `max_jobs`, an int (wandb/wandb
 *   wandb/sdk/launch/agent/config.py:195); `_max_from_config`
 *   (wandb/sdk/launch/agent/agent.py:90-112) reads -1 as no limit and
 *   refuses other negative values; 0 passes it, but the agent then never
 *   starts a job (agent.py:369, `num_running_jobs < max_jobs`).
 */
import {formatCount} from '../../format';
import {FIELD_NAMES} from '../fields';
import type {FieldId} from '../types';
import {quote} from './characters';
import type {FieldRule, Problem} from './rule';

/** The largest value of the SageMaker API's Integer type. */
export const API_INTEGER_MAX = 2_147_483_647;

interface Range {
  readonly min: number;
  readonly max: number;
  /** What the bounds mean, after "from MIN to MAX". */
  readonly why: string;
  /** A value outside [min, max] that the field still takes, with its meaning. */
  readonly special?: {readonly value: number; readonly meaning: string};
  /** A value in no range that deserves its own sentence. */
  readonly note?: {readonly value: number; readonly message: string};
}

export function wholeNumberRule(field: FieldId, range: Range): FieldRule {
  const name = FIELD_NAMES[field];
  const {min, max, special, note} = range;
  const allowed = `${special === undefined ? '' : `${special.value} (${special.meaning}) or `}a whole number from ${formatCount(min)} to ${formatCount(max)}`;
  const expected = `The ${name} is ${allowed} ${range.why}.`;
  const problem = (code: Problem['code'], message: string): Problem[] => [
    {code, message},
  ];
  const check = (value: string): Problem[] => {
    if (!/^-?\d+$/.test(value)) {
      if (/^\d{1,3}(?:[,_]\d{3})+$/.test(value)) {
        return problem(
          'integer-format',
          `Enter the ${name} without separators: ${value.replace(/[,_]/g, '')}.`,
        );
      }
      if (/^-?\d*\.\d+$/.test(value) || /^-?\d+(?:\.\d*)?e\d+$/i.test(value)) {
        return problem(
          'integer-format',
          `The ${name} must be a whole number, written with digits only; ${quote(value)} is not. ${expected}`,
        );
      }
      return problem(
        'integer-format',
        `The ${name} must be a number, written with digits only. ${expected}`,
      );
    }
    const number = Number(value);
    if (special !== undefined && number === special.value) {
      return [];
    }
    if (note !== undefined && number === note.value) {
      return problem('integer-range', note.message);
    }
    if (number < min || number > max) {
      return problem(
        'integer-range',
        `The ${name} must be ${allowed} ${range.why}; ${quote(value)} is not.`,
      );
    }
    return [];
  };
  return {
    // Enough digits for any allowed value, with leading zeros to spare.
    maxLength: 24,
    lengthCode: 'integer-format',
    wrongLength: (length) =>
      `The ${name} is ${length} characters long. ${expected}`,
    expected,
    check,
    // "0100" → "100", the number a document writes.
    normalize: (value) => String(Number(value)),
  };
}

export const instanceCountRule = wholeNumberRule('INSTANCE-COUNT', {
  min: 1,
  max: API_INTEGER_MAX,
  why: '(the largest SageMaker’s API takes; your account’s quotas may allow fewer)',
});

export const volumeSizeRule = wholeNumberRule('VOLUME-SIZE-GB', {
  min: 1,
  max: 16_384,
  why: '(the sizes of the gp2 EBS volumes SageMaker provisions)',
});

export const maxRuntimeRule = wholeNumberRule('MAX-RUNTIME-SECONDS', {
  min: 1,
  max: 2_419_200,
  why: '(SageMaker’s limit is 28 days, 2,419,200 seconds)',
});

export const maxJobsRule = wholeNumberRule('MAX-JOBS', {
  min: 1,
  // Python's int has no limit; this is the largest integer a browser writes exactly.
  max: Number.MAX_SAFE_INTEGER,
  why: '(jobs the agent runs at once)',
  special: {value: -1, meaning: 'no limit'},
  note: {
    value: 0,
    message:
      'With a job limit of 0 the W&B agent would never start a job: enter 1 or more, or -1 for no limit.',
  },
});
