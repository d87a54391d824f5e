/**
 * What the user types stays in the browser. Every request the page makes
 * while a user fills the form, copies, downloads, shares and reloads is
 * recorded: none leaves the page's own origin, and no value typed appears in
 * any of them. And the build holds no analytics and loads no third-party
 * scripts, styles or fonts.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import type {Request} from '@playwright/test';
import {
  BUILD_DIR,
  expect,
  fieldInput,
  gotoHydrated,
  test,
  waitForHydration,
} from './fixtures';
import {LABELS} from './hostileInputs';
import type {Field} from './hostileInputs';

/** Canary values: valid (so they enter the policies), and found nowhere else. */
const TYPED: Record<Field, string> = {
  REGION: 'eu-north-1',
  'ACCOUNT-ID': '918273645501',
  'YOUR-REPO-NAME': 'canary-7f3a/private-images',
  'BUCKET-NAME': 'canary-7f3a-build-context',
  'ARN-OF-ROLE-TO-PASS': 'arn:aws:iam::918273645501:role/Canary7f3aExecution',
  'ARN-OF-KMS-KEY':
    'arn:aws:kms:eu-north-1:918273645501:key/7f3a7f3a-1234-4abc-8def-7f3a7f3a7f3a',
};

/** Every form in which a typed value could travel in a request. */
function traces(value: string): string[] {
  return [
    value,
    encodeURIComponent(value),
    encodeURI(value),
    Buffer.from(value).toString('base64'),
    // Distinctive parts: the account ID, the key ID, the role name.
    ...value.split(/[:/]/).filter((part) => part.length >= 10),
  ];
}

interface Seen {
  readonly url: string;
  readonly method: string;
  readonly type: string;
  readonly referer: string;
  readonly text: string;
}

async function describeRequest(request: Request): Promise<Seen> {
  const headers = await request.allHeaders();
  return {
    url: request.url(),
    method: request.method(),
    type: request.resourceType(),
    referer: headers.referer ?? '',
    text: [
      request.url(),
      JSON.stringify(headers),
      request.postData() ?? '',
    ].join('\n'),
  };
}

test('nothing typed leaves the browser, and no request leaves the origin', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const pending: Promise<Seen>[] = [];
  // The whole context: the page, the share link's new page, any worker.
  context.on('request', (request) => pending.push(describeRequest(request)));
  const sockets: string[] = [];
  context.on('page', (opened) =>
    opened.on('websocket', (socket) => sockets.push(socket.url())),
  );
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await gotoHydrated(page);
  for (const [id, value] of Object.entries(TYPED) as [Field, string][]) {
    const input = fieldInput(page, id);
    await input.pressSequentially(value.slice(0, 3));
    await input.fill(value);
  }
  await page.getByRole('button', {name: 'Check values'}).click();
  await expect(page.getByText('Ready to paste into IAM.')).toHaveCount(2);
  for (const name of [
    'Least privilege',
    'kms:CreateGrant for an encrypted training volume',
    'Only pass the role to SageMaker',
  ]) {
    await page.getByRole('switch', {name}).click();
    await page.getByRole('switch', {name}).click();
  }
  for (const block of await page.locator('.theme-code-block').all()) {
    await block.getByRole('button', {name: 'Copy code to clipboard'}).click();
  }
  for (const name of ['agent', 'sagemaker']) {
    const download = page.waitForEvent('download');
    await page
      .getByRole('button', {name: `Download wandb-launch-${name}-policy.json`})
      .click();
    await (await download).path();
  }
  await page.getByRole('button', {name: 'Copy share link'}).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#');

  // The share link in another tab, and the values restored on reload.
  const other = await context.newPage();
  await gotoHydrated(other, link);
  await expect(
    other.getByRole('textbox', {name: LABELS['ACCOUNT-ID']}),
  ).toHaveValue(TYPED['ACCOUNT-ID']);
  await other.close();
  await page.reload();
  await gotoHydrated(page, '/apply-policies');
  // Back to the form; the page may come from the back-forward cache, which
  // fires no load event, so wait for the page itself.
  await page.goBack({waitUntil: 'commit'});
  await waitForHydration(page);
  await expect(
    page.getByRole('textbox', {name: LABELS['ACCOUNT-ID']}),
  ).toHaveValue(TYPED['ACCOUNT-ID']);
  await page.getByRole('button', {name: 'Clear'}).click();

  const requests = await Promise.all(pending);
  const origins = [...new Set(requests.map((r) => new URL(r.url).origin))];
  const types = requests.reduce<Record<string, number>>((count, r) => {
    count[r.type] = (count[r.type] ?? 0) + 1;
    return count;
  }, {});
  const figures = `${requests.length} requests, origins: ${origins.join(', ')}; by type: ${JSON.stringify(types)}`;
  test.info().annotations.push({type: 'privacy', description: figures});
  console.log(`[privacy] ${figures}`);

  expect(requests.length).toBeGreaterThan(0);
  // blob: URLs (the downloads) belong to the page's origin.
  expect(origins).toEqual([origin]);
  expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
  expect(sockets).toEqual([]);
  for (const [id, value] of Object.entries(TYPED)) {
    for (const trace of traces(value)) {
      const leaks = requests.filter((r) => r.text.includes(trace));
      expect(
        leaks.map((r) => r.url),
        `${id} (${trace}) in a request`,
      ).toEqual([]);
    }
  }
  // No Referer sent (Referrer-Policy: no-referrer).
  expect(requests.filter((r) => r.referer !== '').map((r) => r.url)).toEqual(
    [],
  );
});

// ---------------------------------------------------------------------------

function builtFiles(pattern: RegExp): {name: string; text: string}[] {
  return readdirSync(BUILD_DIR, {recursive: true})
    .map(String)
    .filter((name) => pattern.test(name))
    .map((name) => ({name, text: readFileSync(join(BUILD_DIR, name), 'utf8')}));
}

/** Hosts of analytics, trackers, font and script CDNs. */
const TRACKERS =
  /google-analytics\.com|googletagmanager\.com|\bgtag\(|plausible\.io|cdn\.segment\.com|api\.mixpanel\.com|static\.hotjar\.com|sentry\.io|posthog\.com|clarity\.ms|doubleclick\.net|connect\.facebook\.net|fonts\.googleapis\.com|fonts\.gstatic\.com|use\.typekit\.net|cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com/i;

test('the build holds no analytics and no third-party resources', () => {
  const html = builtFiles(/\.html$/);
  expect(html.length).toBeGreaterThan(0);
  for (const {name, text} of [...html, ...builtFiles(/\.(js|css)$/)]) {
    expect(TRACKERS.exec(text)?.[0], name).toBeUndefined();
  }
  for (const {name, text} of html) {
    // What a page loads: scripts, styles, fonts, icons, preloads.
    const loads = [
      ...text.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi),
      ...[...text.matchAll(/<link\b[^>]*>/gi)]
        .filter(([tag]) =>
          /\brel=["']?(stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|manifest)\b/i.test(
            tag,
          ),
        )
        .map(([tag]) => /\bhref=["']?([^"'\s>]+)/i.exec(tag) ?? ['', '']),
    ].map((match) => match[1] ?? '');
    expect(loads.length, name).toBeGreaterThan(0);
    expect(
      loads.filter((url) => !url.startsWith('/') || url.startsWith('//')),
      name,
    ).toEqual([]);
  }
  for (const {name, text} of builtFiles(/\.css$/)) {
    expect(/@import|@font-face[^}]*url\((?!["']?\/)/i.exec(text), name).toBe(
      null,
    );
  }
});
