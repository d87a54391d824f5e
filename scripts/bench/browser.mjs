// The browser the byte and typing measurements share.
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, chromiumExecutablePath} from '../chromium.mjs';
import {isPageReady} from '../page-ready.mjs';

export async function launchBrowser() {
  const executablePath = chromiumExecutablePath();
  return chromium.launch({
    ...(executablePath === undefined ? {} : {executablePath}),
    args: CHROMIUM_ARGS,
  });
}

/** Opens a page and waits until it is hydrated and its code blocks are live. */
export async function gotoHydrated(page, url) {
  await page.goto(url);
  await page.waitForFunction(isPageReady);
}
