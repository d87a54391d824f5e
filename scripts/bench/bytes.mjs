// The JS and CSS each page loads, raw and gzipped, and whether the plain
// page carries the form's code.
import {gzipSync} from 'node:zlib';
import {gotoHydrated} from './browser.mjs';

/** Every script and stylesheet the page loads, until the network is idle. */
async function pageBytes(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') {
      pending.push(
        response.body().then((body) => ({
          type,
          url: response.url(),
          raw: body.length,
          gzip: gzipSync(body, {level: 9}).length,
          text: type === 'script' ? body.toString('utf8') : '',
        })),
      );
    }
  });
  await gotoHydrated(page, url);
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(pending);
  await context.close();
  const sum = (type, key) =>
    files.filter((f) => f.type === type).reduce((s, f) => s + f[key], 0);
  return {
    js: {raw: sum('script', 'raw'), gzip: sum('script', 'gzip')},
    css: {raw: sum('stylesheet', 'raw'), gzip: sum('stylesheet', 'gzip')},
    files: files.map(({type, url, raw, gzip}) => ({type, url, raw, gzip})),
    scriptText: files.map((f) => f.text).join('\n'),
  };
}

/**
 * Bytes of the form's page and of a plain page of the same site.
 * @returns {Promise<{pages: Record<string, object>, formCodeInPlain: boolean}>}
 *   pages: by path, `{js, css, files}`, each of js and css `{raw, gzip}`.
 */
export async function measureBytes(browser, origin, {formPath, plainPath}) {
  const pages = {};
  let plainScripts = '';
  for (const path of [formPath, plainPath]) {
    const {scriptText, ...bytes} = await pageBytes(browser, origin + path);
    pages[path] = bytes;
    if (path === plainPath) {
      plainScripts = scriptText;
    }
  }
  // The plain page should not carry the form: look for the policy engine.
  return {pages, formCodeInPlain: plainScripts.includes('ListObjectsInBucket')};
}
