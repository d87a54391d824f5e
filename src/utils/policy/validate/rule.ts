/** What each field's rule file gives the field dispatch in index.ts. */
import {FIELD_NAMES} from '../fields';
import type {FieldId, IssueCode} from '../types';

export interface Problem {
  readonly code: IssueCode;
  readonly message: string;
}

export interface FieldRule {
  /** Longer values get only the length issue: the other checks would be noise, and slow. */
  readonly maxLength: number;
  /** Shorter values get the length issue too, then the rule's own problems. */
  readonly minLength?: number;
  readonly lengthCode: IssueCode;
  /** The message for a value of a length the field does not allow (given already formatted). */
  readonly wrongLength: (length: string) => string;
  /** One sentence saying what the field accepts, ending messages about it. */
  readonly expected: string;
  /** Recognizes common mistakes that the character check would report less helpfully. */
  readonly recognize?: (value: string) => Problem | undefined;
  /** Relaxes the shared character check for fields that never reach a policy. */
  readonly characters?: CharacterOptions;
  /** Checks a value made only of printable ASCII without wildcards. */
  readonly check: (value: string) => Problem[];
  /**
   * The form generators receive, when it differs from the trimmed value
   * (e.g. `https://` dropped); only ever given a value the rule accepts.
   */
  readonly normalize?: (value: string) => string;
}

export interface CharacterOptions {
  /** Single spaces between other characters (names shown to people, e.g. a W&B entity). */
  readonly innerSpaces?: boolean;
  /** `*` and `?` as plain characters: the value never reaches an IAM policy. */
  readonly wildcards?: boolean;
}

/**
 * The length part of the rule of a field whose names have a documented
 * length range: one message, naming the range, for too short and too long.
 */
export function lengthRange(
  field: FieldId,
  minLength: number,
  maxLength: number,
  lengthCode: IssueCode,
): Pick<FieldRule, 'maxLength' | 'minLength' | 'lengthCode' | 'wrongLength'> {
  return {
    maxLength,
    minLength,
    lengthCode,
    wrongLength: (length) =>
      `The ${FIELD_NAMES[field]} must be ${minLength} to ${maxLength} characters long; this one has ${length}.`,
  };
}
