// The Chromium that the end-to-end tests (playwright.config.ts) and the
// benchmark drive, and the flags they launch it with: one list for both.
import {existsSync} from 'node:fs';
import {chromium} from '@playwright/test';

/** Debian's package: Playwright cannot download its own browser everywhere. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's headless-only build of the same Chromium (package
 * `chromium-headless-shell`), what Playwright itself runs for headless tests
 * (https://playwright.dev/docs/browsers#chromium-headless-shell). Without the
 * browser's window and UI layers it takes about a third less CPU here: the
 * end-to-end tests prefer it. The benchmark keeps the full browser that
 * readers run, and Lighthouse needs it.
 */
export const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * Flags for every launch: no GPU on a server, and no QUIC, first-run work or
 * background traffic to add requests or noise to the timings.
 */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * For tools that launch Chromium themselves (Lighthouse). Playwright adds
 * its own headless and sandbox flags; these need them spelled out (no
 * sandbox: CI runs as root).
 */
export const HEADLESS_CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  ...CHROMIUM_ARGS,
];

/**
 * The browser to drive: PLAYWRIGHT_CHROMIUM_PATH if set (empty: Playwright's
 * own), else Debian's Chromium if installed (for `headlessShell`, its
 * headless shell first), else Playwright's own.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {{headlessShell?: boolean}} [options]
 * @returns {string | undefined} for `launchOptions.executablePath`;
 *   undefined means Playwright's own browser.
 */
export function chromiumExecutablePath(
  env = process.env,
  {headlessShell = false} = {},
) {
  const override = env.PLAYWRIGHT_CHROMIUM_PATH;
  if (override !== undefined) {
    return override === '' ? undefined : override;
  }
  return [
    ...(headlessShell ? [DEBIAN_HEADLESS_SHELL] : []),
    DEBIAN_CHROMIUM,
  ].find((path) => existsSync(path));
}

/**
 * The binary that will run: the chosen one, or where Playwright keeps its own.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {{headlessShell?: boolean}} [options]
 */
export function chromiumBinary(env = process.env, options = {}) {
  return chromiumExecutablePath(env, options) ?? chromium.executablePath();
}

/**
 * One line on how to get a browser when the chosen one is not there.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {{headlessShell?: boolean}} [options]
 * @returns {string | null} null when it is there.
 */
export function missingChromiumHint(env = process.env, options = {}) {
  const binary = chromiumBinary(env, options);
  if (existsSync(binary)) {
    return null;
  }
  const debian = options.headlessShell ? 'chromium-headless-shell' : 'chromium';
  return `No Chromium at ${binary}: run \`sudo apt-get install ${debian}\` or \`npx playwright install chromium\` (or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium).`;
}
