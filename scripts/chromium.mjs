// The Chromium that the end-to-end tests (playwright.config.ts) and the
// benchmark drive, and the flags they launch it with: one list for both.
import {existsSync} from 'node:fs';
import {chromium} from '@playwright/test';

/** Debian's package: Playwright cannot download its own browser everywhere. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

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
 * own), else Debian's Chromium if installed, else Playwright's own.
 * @returns {string | undefined} for `launchOptions.executablePath`;
 *   undefined means Playwright's own browser.
 */
export function chromiumExecutablePath(env = process.env) {
  const override = env.PLAYWRIGHT_CHROMIUM_PATH;
  if (override !== undefined) {
    return override === '' ? undefined : override;
  }
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** The binary that will run: the chosen one, or where Playwright keeps its own. */
export function chromiumBinary(env = process.env) {
  return chromiumExecutablePath(env) ?? chromium.executablePath();
}

/**
 * One line on how to get a browser when the chosen one is not there.
 * @returns {string | null} null when it is there.
 */
export function missingChromiumHint(env = process.env) {
  const binary = chromiumBinary(env);
  if (existsSync(binary)) {
    return null;
  }
  return `No Chromium at ${binary}: run \`sudo apt-get install chromium\` or \`npx playwright install chromium\` (or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium).`;
}
