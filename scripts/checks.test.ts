import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {formatResult, runAll} from './checks.mjs';

/** A step that runs `code` in a new Node process. */
const node = (name: string, code: string) => ({
  name,
  command: process.execPath,
  args: ['-e', code],
});

/** Writes `lines` one at a time, 30 ms apart, alternating stdout and stderr. */
const writeSlowly = (lines: string[], exitCode = 0) =>
  `const lines = ${JSON.stringify(lines)};
   const next = (i) => {
     if (i === lines.length) process.exit(${exitCode});
     (i % 2 ? process.stderr : process.stdout).write(lines[i] + '\\n');
     setTimeout(() => next(i + 1), 30);
   };
   next(0);`;

const dir = mkdtempSync(join(tmpdir(), 'checks-test-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('runAll', () => {
  it('keeps each step’s output whole, reports a failure, and runs every step', async () => {
    const printed: string[] = [];
    const results = await runAll(
      [
        node('passes', writeSlowly(['a1', 'a2', 'a3', 'a4'])),
        node('fails', writeSlowly(['b1', 'b2', 'b3'], 3)),
      ],
      (result) => printed.push(formatResult(result)),
    );
    expect(results.map(({name, status}) => [name, status])).toEqual([
      ['passes', 0],
      ['fails', 3],
    ]);
    expect(results.map(({output}) => output)).toEqual([
      'a1\na2\na3\na4\n',
      'b1\nb2\nb3\n',
    ]);
    // One block per step, printed as each finished (in either order).
    printed.sort();
    expect(printed).toHaveLength(2);
    expect(printed[0]).toMatch(
      /^=== fails: FAILED \(exit 3\) in \d+\.\d s ===\nb1\nb2\nb3\n$/,
    );
    expect(printed[1]).toMatch(
      /^=== passes: passed \(exit 0\) in \d+\.\d s ===\na1\na2\na3\na4\n$/,
    );
  });

  it('runs the steps at the same time', async () => {
    // The first step waits for the file the second writes, so run one after
    // the other they would fail (after 20 s).
    const flag = JSON.stringify(join(dir, 'flag'));
    const results = await runAll([
      node(
        'waits',
        `const fs = require('node:fs'), start = Date.now();
         const poll = setInterval(() => {
           if (fs.existsSync(${flag})) clearInterval(poll);
           else if (Date.now() - start > 20000) process.exit(9);
         }, 10);`,
      ),
      node('writes', `require('node:fs').writeFileSync(${flag}, '')`),
    ]);
    expect(results.map(({status}) => status)).toEqual([0, 0]);
  }, 30_000);

  it('reports a command that cannot start as a failure', async () => {
    const [result] = await runAll([
      {name: 'missing', command: join(dir, 'no-such-command'), args: []},
    ]);
    expect(result?.status).not.toBe(0);
    expect(result?.output).toContain('ENOENT');
  });
});
