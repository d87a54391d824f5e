import {defineConfig, devices} from '@playwright/test';
import {
  CHROMIUM_ARGS,
  chromiumExecutablePath,
  missingChromiumHint,
} from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3210);
// The production build to test; `npm test` builds it into build/.
const BUILD_DIR = process.env.E2E_BUILD_DIR ?? 'build';

// PLAYWRIGHT_CHROMIUM_PATH, else Debian's headless shell or Chromium, else
// Playwright's own (scripts/chromium.mjs). Workers load this file too: only
// the main process warns.
const BROWSER = {headlessShell: true};
const executablePath = chromiumExecutablePath(process.env, BROWSER);
const hint = missingChromiumHint(process.env, BROWSER);
if (hint && process.env.TEST_WORKER_INDEX === undefined) {
  console.warn(hint);
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Generous: axe scans and key-by-key typing are slow on a loaded 2-core machine.
  timeout: 60_000,
  expect: {timeout: 10_000},
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', {open: 'never'}]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace of every test, as 'retain-on-failure' does, made
    // the tests it covers take 60% longer here (form and trust specs: 138 s
    // against 86 s). Replay a failure with a trace: --trace=on.
    trace: 'off',
    launchOptions: {
      ...(executablePath === undefined ? {} : {executablePath}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{name: 'chromium', use: {...devices['Desktop Chrome']}}],
  webServer: {
    // The production build, served as users get it (npm test builds first).
    command: `node scripts/serve.mjs --port ${PORT} --dir ${BUILD_DIR}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
