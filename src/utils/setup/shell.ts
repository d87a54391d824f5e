/**
 * Shell quoting for the generated scripts. POSIX single quotes keep every
 * character literally except the single quote itself, which cannot appear
 * inside them: it is written as `'\''` (close, an escaped quote, reopen).
 * POSIX Shell Command Language, 2.2.3 "Single-Quotes"
 * (https://pubs.opengroup.org/onlinepubs/9799919799/utilities/V3_chap02.html#tag_19_02_02).
 */

/** The word that a POSIX shell (and Bash) reads back as exactly `value`. */
export function shellQuote(value: string): string {
  if (value.includes('\0')) {
    // No shell word can hold a NUL byte: refuse rather than truncate.
    throw new Error('A shell word cannot contain a NUL character.');
  }
  return `'${value.replaceAll("'", "'\\''")}'`;
}
