// The JS and CSS each page loads, raw and gzipped, and which page's
// generator code each page's scripts hold (pages.mjs names each page's
// marker string).
import {gzipSync} from 'node:zlib';
import {gotoHydrated} from './browser.mjs';

/**
 * Every script and stylesheet the page loads, until the network is idle;
 * then, on a page with a form, what it has loaded once the reader has
 * focused its first field (an interaction: the page's generator loads then).
 */
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
  const input = page.locator('main form input').first();
  let afterInput;
  if ((await input.count()) > 0) {
    await input.focus();
    // Idle again, with time for the import to start.
    await page.waitForTimeout(100);
    await page.waitForLoadState('networkidle');
    afterInput = await Promise.all(pending);
  }
  await context.close();
  const sum = (list, type, key) =>
    list.filter((f) => f.type === type).reduce((s, f) => s + f[key], 0);
  const all = afterInput ?? files;
  return {
    js: {raw: sum(files, 'script', 'raw'), gzip: sum(files, 'script', 'gzip')},
    css: {
      raw: sum(files, 'stylesheet', 'raw'),
      gzip: sum(files, 'stylesheet', 'gzip'),
    },
    ...(afterInput === undefined
      ? {}
      : {
          jsAfterInput: {
            raw: sum(afterInput, 'script', 'raw'),
            gzip: sum(afterInput, 'script', 'gzip'),
          },
        }),
    files: all.map(({type, url, raw, gzip}) => ({type, url, raw, gzip})),
    // Every script the page runs, after the first input too: a page's
    // marker is in its generator, which loads then.
    scriptText: all.map((f) => f.text).join('\n'),
  };
}

/**
 * Whose generator code each page loads.
 * @param {Record<string, string>} scriptTexts by path, every script it loads
 * @param {Record<string, string>} markers by form page's path, its marker
 * @returns {Record<string, {own: boolean | null, others: string[]}>} by path:
 *   `own`, whether a form page loads its own marker (null for a page without
 *   one: the plain page); `others`, the form pages whose marker it loads.
 *   A form page that lacks its own marker makes the check void: the marker
 *   no longer stands for its code.
 */
export function markerFindings(scriptTexts, markers) {
  return Object.fromEntries(
    Object.entries(scriptTexts).map(([path, text]) => [
      path,
      {
        own: path in markers ? text.includes(markers[path]) : null,
        others: Object.entries(markers)
          .filter(([other, marker]) => other !== path && text.includes(marker))
          .map(([other]) => other),
      },
    ]),
  );
}

/**
 * Bytes of each form page and of the plain page, and each one's markers.
 * @param {{formPaths: string[], plainPath: string, markers: Record<string, string>}} options
 *   markers: by path, every form page's marker, measured or not.
 * @returns {Promise<{pages: Record<string, object>, markers: ReturnType<typeof markerFindings>}>}
 *   pages: by path, `{js, css, files}`, each of js and css `{raw, gzip}`.
 */
export async function measureBytes(
  browser,
  origin,
  {formPaths, plainPath, markers},
) {
  const pages = {};
  const scriptTexts = {};
  for (const path of [...formPaths, plainPath]) {
    const {scriptText, ...bytes} = await pageBytes(browser, origin + path);
    pages[path] = bytes;
    scriptTexts[path] = scriptText;
  }
  return {pages, markers: markerFindings(scriptTexts, markers)};
}
