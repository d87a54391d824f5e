import {defineConfig, devices} from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);
// The production build to test; `npm test` builds it into build/.
const BUILD_DIR = process.env.E2E_BUILD_DIR ?? 'build';

// Debian's Chromium by default; set PLAYWRIGHT_CHROMIUM_PATH='' to use
// Playwright's own browser (after `npx playwright install chromium`).
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';

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
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath === '' ? {} : {executablePath}),
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
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
