// What every part of the benchmark shares: where things are, running a
// command, logging, and the statistics the report uses.
import {spawn} from 'node:child_process';
import {createRequire} from 'node:module';
import {dirname, join, resolve} from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** Lighthouse reports, build times and the latest figures; git ignores it. */
export const RESULTS_DIR = join(ROOT, 'bench-results');
export const require = createRequire(import.meta.url);

/** A file of an installed package, e.g. its command-line entry point. */
export const packageFile = (name, ...parts) =>
  join(dirname(require.resolve(`${name}/package.json`)), ...parts);

/** Progress goes to stderr, so stdout holds only the report. */
export const log = (message) => console.error(`[bench] ${message}`);

/**
 * Runs a command from the repository root and resolves with its output
 * (stdout unless `quiet` is false, and stderr); rejects with the output's
 * tail when it fails.
 * @param {string} command
 * @param {string[]} commandArgs
 * @param {{env?: Record<string, string>, quiet?: boolean}} [options]
 * @returns {Promise<string>}
 */
export function run(command, commandArgs, {env, quiet = true} = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, commandArgs, {
      cwd: ROOT,
      env: {...process.env, ...env},
      stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise(output)
        : reject(
            new Error(
              `${command} ${commandArgs.join(' ')} exited with ${code}\n${output.slice(-3000)}`,
            ),
          ),
    );
  });
}

/** @param {number[]} xs */
export const median = (xs) => quantile(xs, 0.5);

/**
 * @param {number[]} xs
 * @param {number} q between 0 and 1
 */
export function quantile(xs, q) {
  const sorted = [...xs].sort((a, b) => a - b);
  // Nearest rank: the value at or above the q-th fraction of the samples.
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}
