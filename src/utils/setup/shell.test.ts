import {spawnSync} from 'node:child_process';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {shellQuote} from './shell';

/** Characters and words that mean something to a shell when unquoted or double-quoted. */
const HOSTILE_PIECES = [
  ...["'", '"', '\\', '`', '$', '$(id)', '${HOME}', '$HOME', "'\\''", "''"],
  ...[';', '&', '&&', '|', '||', '>', '<', '<<', '<(', '(', ')', '{', '}'],
  ...['*', '?', '[a]', '~', '~root', '#', '!', '!!', '=', '%', '^', ','],
  ...[' ', '\t', '\n', '\r\n', '-', '--', '-n', '-e', 'EOF', '<REGION>'],
  ...['\u0001', '\u001b[31m', '\u007f', '\u00a0', 'é', '😀', '\u2028'],
];

/** Any string without NUL (no shell word can hold one), hostile pieces far likelier than chance. */
const hostileString = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HOSTILE_PIECES),
      fc.string({unit: 'binary'}),
      fc.string({unit: 'grapheme-ascii'}),
    ),
    {maxLength: 6},
  )
  .map((pieces) => pieces.join('').replaceAll('\0', ''));

/** What Bash reads back from each quoted word, by one Bash run for the lot. */
function bashReadsBack(values: readonly string[]): string[] {
  const script = `printf '%s\\0' ${values.map(shellQuote).join(' ')}`;
  const run = spawnSync('bash', ['-c', script], {encoding: 'buffer'});
  expect(run.status, run.stderr.toString()).toBe(0);
  return run.stdout.toString('utf8').split('\0').slice(0, -1);
}

describe('shellQuote', () => {
  it('writes the single-quote form POSIX defines', () => {
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('plain')).toBe("'plain'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });

  it('refuses a NUL, which no shell word can hold', () => {
    expect(() => shellQuote('a\0b')).toThrow(/NUL/);
  });

  it('yields, for any string, a word Bash reads back as exactly that string', () => {
    // The quoted words are also expanded where Bash would expand an unquoted
    // one: any substitution or glob would change what printf prints.
    fc.assert(
      fc.property(
        fc.array(hostileString, {minLength: 1, maxLength: 60}),
        (values) => {
          expect(bashReadsBack(values)).toEqual(values);
        },
      ),
      {numRuns: 25},
    );
  }, 30_000);
});
