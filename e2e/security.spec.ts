/**
 * The site's security headers: present on every response, a
 * Content-Security-Policy strict enough to matter, the same in build/_headers
 * for static hosts, and no violation of it while a reader uses the page (a
 * violation, or any report of one in the console, fails the test). Then the
 * other side: what an injection would try is blocked.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {inlineScriptHashes} from '../scripts/security-headers.mjs';
import {
  BUILD_DIR,
  expect,
  gotoHydrated,
  test,
  waitForHydration,
} from './fixtures';
import {recordViolations, violations} from './hostileInputs';

type Directives = Record<string, string[]>;

function parseCsp(policy: string): Directives {
  const directives: Directives = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) {
      directives[name.toLowerCase()] = sources;
    }
  }
  return directives;
}

const PAGES = [
  '/',
  '/execution-role',
  '/agent-role',
  '/apply-policies',
  '/create-with-code',
  '/queue',
  '/agent',
  '/troubleshooting',
  '/no-such-page',
];

test.describe('response headers', () => {
  const paths = [...PAGES, '/img/favicon.svg', '/sitemap.xml'];
  for (const path of paths) {
    test(`${path} has every security header`, async ({request}) => {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['permissions-policy']).toContain('camera=()');

      const csp = parseCsp(headers['content-security-policy'] ?? '');
      expect(csp['default-src']).toEqual(["'self'"]);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['base-uri']).toEqual(["'self'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(csp['form-action']).toEqual(["'self'"]);
      expect(csp['connect-src']).toEqual(["'self'"]);
      const scripts = csp['script-src'] ?? [];
      expect(scripts[0]).toBe("'self'");
      // Nothing but the site itself and exact hashes: no inline code at
      // large, no eval, no other origin.
      for (const source of scripts.slice(1)) {
        expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
      }
    });
  }

  test('every inline script is allowed by its hash, and no other', async ({
    request,
  }) => {
    const allowed = new Set<string>();
    // The pages as served, hashed by the one reader of inline scripts
    // (scripts/security-headers.mjs), which reads a folder of HTML. That the
    // hashes are right, Chromium says: the tests below record violations.
    const served = mkdtempSync(join(tmpdir(), 'served-pages-'));
    try {
      for (const [index, path] of PAGES.entries()) {
        const response = await request.get(path);
        const csp = parseCsp(
          response.headers()['content-security-policy'] ?? '',
        );
        (csp['script-src'] ?? []).forEach((source) => allowed.add(source));
        writeFileSync(join(served, `${index}.html`), await response.text());
      }
      allowed.delete("'self'");
      expect(inlineScriptHashes(served)).toEqual([...allowed].sort());
    } finally {
      rmSync(served, {recursive: true, force: true});
    }
  });

  test('build/_headers gives static hosts the same headers', async ({
    request,
  }) => {
    const file = readFileSync(join(BUILD_DIR, '_headers'), 'utf8');
    const [path, ...lines] = file.trimEnd().split('\n');
    expect(path).toBe('/*');
    const headers = Object.fromEntries(
      lines.map((line) => {
        const at = line.indexOf(':');
        return [
          line.slice(0, at).trim().toLowerCase(),
          line.slice(at + 1).trim(),
        ];
      }),
    );
    const served = (await request.get('/')).headers();
    for (const [name, value] of Object.entries(headers)) {
      expect(served[name], name).toBe(value);
    }
    expect(Object.keys(headers)).toContain('content-security-policy');
  });
});

test.describe('the Content-Security-Policy in Chromium', () => {
  test.beforeEach(async ({page}) => {
    await recordViolations(page);
  });

  test('no violation while a reader uses everything', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoHydrated(page);
    const region = page.getByRole('combobox', {name: 'AWS Region'});
    await region.fill('frank');
    await page.getByRole('option', {name: /eu-central-1/}).click();
    await page
      .getByRole('textbox', {name: 'AWS account ID'})
      .fill('123456789012');
    await page
      .getByRole('textbox', {name: 'ECR repository name'})
      .fill('team/app');
    await page
      .getByRole('textbox', {name: 'S3 bucket name'})
      .fill('<img src=x onerror=alert(1)>');
    await page.getByRole('button', {name: 'Check values'}).click();
    // Least privilege last: it holds the PassRole switch on.
    for (const name of ['Only pass the role to SageMaker', 'Least privilege']) {
      await page.getByRole('switch', {name}).click();
    }
    for (const block of await page.locator('.theme-code-block').all()) {
      await block.getByRole('button', {name: 'Copy code to clipboard'}).click();
    }
    const download = page.waitForEvent('download');
    await page
      .getByRole('button', {name: 'Download wandb-launch-agent-policy.json'})
      .click();
    await download;
    await page.getByRole('button', {name: 'Copy share link'}).click();
    await page
      .getByText('What the generated policies fix in the original snippets')
      .click();
    await page
      .getByRole('button', {name: /Switch between dark and light/})
      .click();
    expect(await violations(page)).toEqual([]);

    await page
      .getByRole('navigation', {name: 'Docs sidebar'})
      .getByRole('link', {name: 'Apply the policies with the AWS CLI'})
      .click();
    await expect(page.getByRole('heading', {level: 1})).toHaveText(
      'Apply the policies with the AWS CLI',
    );
    await page.goBack();
    await page.reload();
    await waitForHydration(page);
    expect(await violations(page)).toEqual([]);

    // The colour-mode script's other path.
    await gotoHydrated(page, '/?docusaurus-theme=dark');
    expect(await violations(page)).toEqual([]);
  });
});

test('no violation on the 404 page', async ({page, expectConsoleErrors}) => {
  // Its only console message is the 404 itself.
  expectConsoleErrors(/^error: .*\b404\b/);
  await recordViolations(page);
  await gotoHydrated(page, '/no-such-page');
  await expect(page.getByRole('heading', {level: 1})).toHaveText(
    'Page Not Found',
  );
  expect(await violations(page)).toEqual([]);
});

test.describe('what an injection would try is blocked', () => {
  test('inline code, eval, other origins', async ({
    page,
    baseURL,
    expectConsoleErrors,
  }) => {
    // Chromium reports each thing it blocks; the image that fails to load
    // is there to fire the inline handler. (Patterns loose enough for older
    // Chromium's wording.)
    expectConsoleErrors(
      /^error: .*inline script.*Content Security Policy/,
      /^error: .*inline event handler.*Content Security Policy/,
      /^error: .*https:\/\/example\.com\/.*Content Security Policy/,
      /^error: Failed to load resource: .*\b404\b/,
    );
    await recordViolations(page);
    const answeredElsewhere: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).origin !== new URL(baseURL ?? '').origin) {
        answeredElsewhere.push(response.url());
      }
    });
    await page.goto('/');
    await waitForHydration(page);

    const outcome = await page.evaluate(async () => {
      const results: Record<string, string> = {};
      const marker = window as unknown as Record<string, unknown>;
      // Whether an element's load was refused: then its handlers have run.
      const failed = (element: HTMLElement): Promise<unknown> =>
        new Promise((resolve) =>
          element.addEventListener('error', resolve, {once: true}),
        );

      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.body.append(inline);

      const handler = document.createElement('img');
      handler.setAttribute('onerror', 'window.__handlerRan = true');
      const handlerFailed = failed(handler);
      handler.src = '/no-such-image.png';
      document.body.append(handler);

      // From a timer, as injected code would run: this evaluate itself is
      // exempt from the page's CSP.
      results.eval = await new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            resolve(String(new Function('return 1 + 1')()));
          } catch (error) {
            resolve((error as Error).name);
          }
        }),
      );
      try {
        results.fetch = String((await fetch('https://example.com/')).status);
      } catch (error) {
        results.fetch = (error as Error).name;
      }
      const external = document.createElement('script');
      const externalFailed = failed(external);
      external.src = 'https://example.com/tracker.js';
      document.body.append(external);
      const beacon = new Image();
      const beaconFailed = failed(beacon);
      beacon.src = 'https://example.com/pixel.gif';
      await Promise.all([handlerFailed, externalFailed, beaconFailed]);
      results.inline = String(marker.__inlineRan ?? 'blocked');
      results.handler = String(marker.__handlerRan ?? 'blocked');
      return results;
    });
    expect(outcome).toEqual({
      eval: 'EvalError',
      fetch: 'TypeError',
      inline: 'blocked',
      handler: 'blocked',
    });
    // Reported as each is blocked, maybe a moment after its error event.
    await expect
      .poll(
        async () =>
          new Set((await violations(page)).map((v) => v.split(' ')[0])),
      )
      .toEqual(
        new Set([
          'script-src-elem',
          'script-src-attr',
          'script-src',
          'connect-src',
          'img-src',
        ]),
      );
    // Blocked in the browser: nothing went out to be answered.
    expect(answeredElsewhere).toEqual([]);
  });

  test('another site cannot frame the page', async ({
    page,
    baseURL,
    expectConsoleErrors,
  }) => {
    // Chromium's own word that the site's policy blocked the frame.
    expectConsoleErrors(
      /^error: .*\bfram(?:e|ing)\b.*"frame-ancestors 'none'"/i,
    );
    // Another site on loopback, as the site is: Chromium blocks a public
    // page that frames a loopback one by itself (Local Network Access),
    // before the site is even asked.
    const framing = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html');
      response.end(
        `<iframe src="${baseURL}/" onload="window.frameLoaded = true"></iframe>`,
      );
    });
    await new Promise<void>((resolve) =>
      framing.listen(0, '127.0.0.1', resolve),
    );
    try {
      const {port} = framing.address() as AddressInfo;
      const answered = page.waitForResponse(
        (response) =>
          response.url() === `${baseURL}/` &&
          response.frame() !== page.mainFrame(),
        {timeout: 15_000},
      );
      await page.goto(`http://localhost:${port}/`);
      // The frame exists and the site answered it...
      const response = await answered;
      expect(response.status()).toBe(200);
      const frame = response.frame();
      // ...and once the frame has loaded, it holds nothing of the site.
      await page.waitForFunction(() => 'frameLoaded' in window);
      expect(
        await frame.evaluate(
          () => document.querySelector('#__docusaurus') !== null,
        ),
      ).toBe(false);
    } finally {
      framing.close();
    }
  });
});
