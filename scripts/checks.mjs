// Runs the type check, lint and format check, and dependency audit side by
// side: they are independent, so one run reports every failing step. They are
// not single-threaded (one after another they already keep about 1.5 of two
// cores busy), so on two cores this saves only a few seconds. Each step's
// output is printed as one block when it finishes; fails, once all have
// finished, if any failed.
// Usage: node scripts/checks.mjs
import {spawn} from 'node:child_process';
import {pathToFileURL} from 'node:url';

/** @typedef {{name: string, command: string, args: string[]}} Step */
/** @typedef {{name: string, status: number | string, seconds: number, output: string}} Result */

/** @type {Step[]} */
export const STEPS = ['typecheck', 'lint', 'audit'].map((name) => ({
  name,
  command: 'npm',
  args: ['run', name],
}));

/**
 * Runs the steps at the same time, each one's stdout and stderr buffered
 * together; calls `onResult` as each finishes, and resolves with the results
 * in step order. `status` is the exit code, or the signal that ended it.
 * @param {Step[]} steps
 * @param {(result: Result) => void} [onResult]
 * @returns {Promise<Result[]>}
 */
export const runAll = (steps, onResult) =>
  Promise.all(
    steps.map(({name, command, args}) => {
      const start = performance.now();
      const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe']});
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      // A command that cannot start closes too, with a negative errno.
      child.on('error', (error) => (output += `${error.message}\n`));
      return new Promise((resolve) =>
        child.on('close', (code, signal) => {
          const seconds = (performance.now() - start) / 1000;
          const result = {name, status: code ?? signal, seconds, output};
          onResult?.(result);
          resolve(result);
        }),
      );
    }),
  );

/** A heading line with the step's name, exit status and seconds, then its output. */
export const formatResult = ({name, status, seconds, output}) =>
  `=== ${name}: ${status === 0 ? 'passed' : 'FAILED'} (exit ${status}) in ${seconds.toFixed(1)} s ===\n${output.trimEnd()}\n`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runAll(STEPS, (result) =>
    process.stdout.write(formatResult(result)),
  );
  const failed = results.filter(({status}) => status !== 0);
  if (failed.length > 0) {
    console.error(`Failed: ${failed.map(({name}) => name).join(', ')}`);
    process.exitCode = 1;
  }
}
