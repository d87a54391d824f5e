/** What each field's rule file gives the field dispatch in index.ts. */
import type {IssueCode} from '../types';

export interface Problem {
  readonly code: IssueCode;
  readonly message: string;
}

export interface FieldRule {
  /** Longer values get only the length issue: the other checks would be noise, and slow. */
  readonly maxLength: number;
  readonly lengthCode: IssueCode;
  /** The message for a value over maxLength characters (given already formatted). */
  readonly tooLong: (length: string) => string;
  /** One sentence saying what the field accepts, ending messages about it. */
  readonly expected: string;
  /** Recognizes common mistakes that the character check would report less helpfully. */
  readonly recognize?: (value: string) => Problem | undefined;
  /** Checks a value made only of printable ASCII without wildcards. */
  readonly check: (value: string) => Problem[];
}
