// The performance benchmark: builds the site if needed, serves it as users get
// it (scripts/serve.mjs), and prints one table: Lighthouse (mobile preset,
// median of 3 runs) for the SageMaker page and a plain doc page side by side,
// the JS and CSS each page loads, keystroke-to-update latency (and, as its
// floor, the same keys in a bare field no code handles), build time.
//
// Usage: node scripts/bench.mjs [--dir build] [--build] [--runs 3]
//          [--presses 240] [--port N] [--skip-lighthouse] [--skip-typing]
//   --build  clears every cache and times a cold production build first
//            (done anyway when <dir>/index.html is missing).
// Chromium: PLAYWRIGHT_CHROMIUM_PATH ('' = Playwright's own), else
// /usr/bin/chromium if installed, else Playwright's own (scripts/chromium.mjs).
import {spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {createServer} from 'node:net';
import {cpus, loadavg} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {chromium} from '@playwright/test';
import {
  CHROMIUM_ARGS,
  chromiumBinary,
  chromiumExecutablePath,
  HEADLESS_CHROMIUM_ARGS,
  missingChromiumHint,
} from './chromium.mjs';
import {isPageReady} from './page-ready.mjs';

const {values: args} = parseArgs({
  options: {
    dir: {type: 'string', default: 'build'},
    build: {type: 'boolean', default: false},
    runs: {type: 'string', default: '3'},
    presses: {type: 'string', default: '240'},
    port: {type: 'string'},
    'skip-lighthouse': {type: 'boolean', default: false},
    'skip-typing': {type: 'boolean', default: false},
  },
});

const ROOT = resolve(import.meta.dirname, '..');
const DIR = resolve(ROOT, args.dir);
const RESULTS = join(ROOT, 'bench-results');
const RUNS = Number(args.runs);
const PRESSES = Number(args.presses);
const PAGES = [
  {name: 'SageMaker page', path: '/'},
  {name: 'Plain doc page', path: '/apply-policies'},
];
const require = createRequire(import.meta.url);
const KiB = 1024;

const log = (message) => console.error(`[bench] ${message}`);

function run(command, commandArgs, {env, quiet = true} = {}) {
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

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const sorted = [...xs].sort((a, b) => a - b);
  // Nearest rank: the value at or above the q-th fraction of the samples.
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

async function buildId() {
  const html = await readFile(join(DIR, 'index.html'));
  return createHash('sha256').update(html).digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------- build

const BUILD_TIMES = join(RESULTS, 'build-times.json');

async function readBuildTimes() {
  try {
    return JSON.parse(await readFile(BUILD_TIMES, 'utf8'));
  } catch {
    return {};
  }
}

/** What `docusaurus clear` removes, with the output folder given by --dir. */
async function clearCaches() {
  for (const path of [
    DIR,
    join(ROOT, '.docusaurus'),
    join(ROOT, 'node_modules', '.cache'),
  ]) {
    await rm(path, {recursive: true, force: true});
  }
}

async function coldBuild() {
  log(`cold build into ${args.dir}/ (caches cleared)`);
  await clearCaches();
  const docusaurus = join(
    dirname(require.resolve('@docusaurus/core/package.json')),
    'bin',
    'docusaurus.mjs',
  );
  const start = performance.now();
  await run(process.execPath, [docusaurus, 'build', '--out-dir', DIR]);
  const bundled = performance.now();
  await run(process.execPath, ['scripts/precompress.mjs', DIR]);
  await run(process.execPath, ['scripts/write-headers.mjs', DIR]);
  const end = performance.now();
  const entry = {
    seconds: (end - start) / 1000,
    docusaurusSeconds: (bundled - start) / 1000,
    precompressSeconds: (end - bundled) / 1000,
    measuredAt: new Date().toISOString(),
    buildId: await buildId(),
  };
  const times = await readBuildTimes();
  times[args.dir] = entry;
  await writeFile(BUILD_TIMES, JSON.stringify(times, null, 2) + '\n');
  return entry;
}

async function buildTime() {
  if (args.build || !existsSync(join(DIR, 'index.html'))) {
    return {...(await coldBuild()), fresh: true};
  }
  const entry = (await readBuildTimes())[args.dir];
  if (!entry) {
    return null;
  }
  return {
    ...entry,
    fresh: false,
    sameBuild: entry.buildId === (await buildId()),
  };
}

// ---------------------------------------------------------------- server

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

async function startServer() {
  const port = args.port ? Number(args.port) : await freePort();
  const child = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--dir', DIR, '--port', String(port)],
    {cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit']},
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) {
        return {origin, stop: () => child.kill()};
      }
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null) {
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`scripts/serve.mjs did not start on port ${port}`);
}

// ---------------------------------------------------------------- lighthouse

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
};

/** One Lighthouse run; a loaded machine sometimes loses a trace: retry. */
async function lighthouse(url, label, index) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await lighthouseOnce(url, label, index);
    } catch (error) {
      if (attempt === 3) {
        throw error;
      }
      log(`Lighthouse failed (${error.message.split('\n')[0]}), retrying`);
    }
  }
}

async function lighthouseOnce(url, label, index) {
  const cli = join(
    dirname(require.resolve('lighthouse/package.json')),
    'cli',
    'index.js',
  );
  const outputPath = join(RESULTS, `lighthouse-${label}-${index}.json`);
  await run(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${outputPath}`,
      `--chrome-flags=${HEADLESS_CHROMIUM_ARGS.join(' ')}`,
    ],
    // Lighthouse drives the same browser as the rest of the benchmark.
    {env: {CHROME_PATH: chromiumBinary()}},
  );
  const report = JSON.parse(await readFile(outputPath, 'utf8'));
  if (report.runtimeError) {
    throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  }
  const failing = [];
  for (const [id, audit] of Object.entries(report.audits)) {
    if (
      audit.score !== null &&
      audit.score < 1 &&
      ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)
    ) {
      failing.push(id);
    }
  }
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((id) => [
        id,
        Math.round(report.categories[id].score * 100),
      ]),
    ),
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([name, id]) => [
        name,
        report.audits[id].numericValue,
      ]),
    ),
    failing,
  };
}

async function lighthouseMedians(origin) {
  const results = {};
  for (const page of PAGES) {
    const label = page.path === '/' ? 'root' : page.path.slice(1);
    const runs = [];
    for (let index = 0; index < RUNS; index += 1) {
      log(`Lighthouse ${page.path} run ${index + 1}/${RUNS}`);
      runs.push(await lighthouse(origin + page.path, label, index));
    }
    results[page.path] = {
      scores: Object.fromEntries(
        CATEGORIES.map((id) => [id, median(runs.map((r) => r.scores[id]))]),
      ),
      metrics: Object.fromEntries(
        Object.keys(METRICS).map((name) => [
          name,
          median(runs.map((r) => r.metrics[name])),
        ]),
      ),
      runs: runs.map((r) => r.scores.performance),
      failing: [...new Set(runs.flatMap((r) => r.failing))],
    };
  }
  return results;
}

// ---------------------------------------------------------------- browser

async function launch() {
  const executablePath = chromiumExecutablePath();
  return chromium.launch({
    ...(executablePath === undefined ? {} : {executablePath}),
    args: CHROMIUM_ARGS,
  });
}

/** Opens a page and waits until it is hydrated and its code blocks are live. */
async function gotoHydrated(page, url) {
  await page.goto(url);
  await page.waitForFunction(isPageReady);
}

/** Every script and stylesheet the page loads, until the network is idle. */
async function pageBytes(browser, origin, path) {
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
  await gotoHydrated(page, origin + path);
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

// Values typed into the six fields, in the form's order: the placeholder in
// each label finds the field. Every statement is on by default, so every
// field feeds one policy or both.
const TYPED = [
  ['REGION', 'us-west-2'],
  ['ACCOUNT-ID', '123456789012'],
  ['YOUR-REPO-NAME', 'wandb-launch/agent-images'],
  ['BUCKET-NAME', 'my-launch-build-context'],
  ['ARN-OF-ROLE-TO-PASS', 'arn:aws:iam::123456789012:role/SageMakerRole'],
  [
    'ARN-OF-KMS-KEY',
    'arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  ],
];

/** The keys to press, field by field: type the value, fix a typo at the end. */
function keyPlan(total) {
  const plan = [];
  while (plan.length < total) {
    for (const [field, value] of TYPED) {
      plan.push({field, key: 'Control+a'}, {field, key: 'Backspace'});
      for (const char of value) {
        plan.push({field, key: char});
      }
      plan.push({field, key: 'x'}, {field, key: 'Backspace'});
    }
  }
  return plan.slice(0, total);
}

/**
 * Installs the in-page probe. For each key press it records the keydown's
 * timestamp and when its handler ran (the gap is input delay: in this harness,
 * mostly the DevTools protocol's), then, from the document's `input` listener
 * (which runs after React's own, at its root), the moment the DOM holds both
 * updated policies. A second time is taken after the next frame is painted.
 */
function installProbe() {
  const blockCount = document.querySelectorAll('.theme-code-block').length;
  if (blockCount !== 2) {
    throw new Error(`expected 2 code blocks, found ${blockCount}`);
  }
  const probe = {results: [], current: null};
  const changed = new Set();
  const observer = new MutationObserver((records) => {
    const blocks = [...document.querySelectorAll('.theme-code-block')];
    for (const record of records) {
      blocks.forEach((block, index) => {
        if (block.contains(record.target)) {
          changed.add(index);
        }
      });
    }
  });
  observer.observe(document.querySelector('article') ?? document.body, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  document.addEventListener(
    'keydown',
    (event) => {
      changed.clear();
      let settle;
      probe.current = {
        start: event.timeStamp,
        handled: performance.now(),
        done: new Promise((r) => (settle = r)),
      };
      probe.current.settle = settle;
    },
    true,
  );
  const finish = (current, updated) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        observer.takeRecords();
        current.settle({
          update: updated - current.start,
          work: updated - current.handled,
          frame: performance.now() - current.start,
          changed: [...changed],
        });
      };
      channel.port2.postMessage(null);
    });
  };
  // Keys that change no value (Control+a) fire no input event: time them
  // from keyup instead, so every press settles.
  for (const type of ['input', 'keyup']) {
    document.addEventListener(type, () => {
      const current = probe.current;
      if (!current || current.posted) {
        return;
      }
      current.posted = true;
      // React (listening at its root, below the document) has rendered and
      // committed both policies by now; the microtask lets the mutation
      // observer see them first.
      queueMicrotask(() => finish(current, performance.now()));
    });
  }
  window.__probe = probe;
}

async function typingLatency(browser, origin, rate) {
  const context = await browser.newContext({
    viewport: {width: 412, height: 823},
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await gotoHydrated(page, origin + '/');
  // Let the work that follows hydration finish before the first key press.
  await page.evaluate(
    () => new Promise((r) => requestIdleCallback(() => requestIdleCallback(r))),
  );
  await page.evaluate(installProbe);
  const inputs = {};
  for (const [field] of TYPED) {
    const id = await page
      .locator('label', {hasText: `<${field}>`})
      .getAttribute('for');
    inputs[field] = page.locator(`[id="${id}"]`);
  }
  // The floor: a bare text field outside React's root, which no code of the
  // page handles. The same keys there time the browser's own work alone.
  await page.evaluate(() => {
    const bare = document.createElement('input');
    bare.id = 'bench-bare-field';
    bare.setAttribute('aria-label', 'Bare field');
    document.body.prepend(bare);
  });
  const bare = page.locator('#bench-bare-field');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate});
  const pressAll = async (fieldFor) => {
    const samples = [];
    let current = null;
    for (const {field, key} of keyPlan(PRESSES)) {
      if (field !== current) {
        await fieldFor(field).focus();
        current = field;
      }
      await page.keyboard.press(key);
      samples.push(await page.evaluate(() => window.__probe.current.done));
    }
    return samples;
  };
  const samples = await pressAll((field) => inputs[field]);
  const bareSamples = await pressAll(() => bare);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 1});
  // The last value typed in each field must show in the policies.
  const text = (
    await page.locator('.theme-code-block pre code').allInnerTexts()
  ).join('\n');
  const missing = TYPED.filter(
    ([field, value]) =>
      !['REGION', 'ARN-OF-ROLE-TO-PASS', 'ARN-OF-KMS-KEY'].includes(field) &&
      !text.includes(value),
  ).map(([field]) => field);
  if (!text.includes('arn:aws:kms:us-west-2:123456789012:key/')) {
    missing.push('ARN-OF-KMS-KEY');
  }
  await context.close();
  const stats = (key, from = samples) => ({
    median: median(from.map((s) => s[key])),
    p95: quantile(
      from.map((s) => s[key]),
      0.95,
    ),
    max: Math.max(...from.map((s) => s[key])),
  });
  return {
    presses: samples.length,
    update: stats('update'),
    bareField: stats('update', bareSamples),
    work: stats('work'),
    frame: stats('frame'),
    bothChanged: samples.filter((s) => s.changed.length === 2).length,
    anyChanged: samples.filter((s) => s.changed.length > 0).length,
    missing,
  };
}

// ---------------------------------------------------------------- report

const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const ms = (value) => `${value.toFixed(1)} ms`;

function table(rows) {
  const widths = rows[0].map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) => (cell ?? '').padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function main() {
  const hint = missingChromiumHint();
  if (hint) {
    console.error(hint);
    process.exitCode = 1;
    return;
  }
  await mkdir(RESULTS, {recursive: true});
  const started = performance.now();
  const load = loadavg()[0];
  const build = await buildTime();
  const server = await startServer();
  const [root, plain] = PAGES.map((page) => page.path);
  let lh = null;
  let bytes;
  let typing = [];
  try {
    if (!args['skip-lighthouse']) {
      lh = await lighthouseMedians(server.origin);
    }
    const browser = await launch();
    try {
      log('bytes each page loads');
      bytes = {
        [root]: await pageBytes(browser, server.origin, root),
        [plain]: await pageBytes(browser, server.origin, plain),
      };
      if (!args['skip-typing']) {
        for (const rate of [1, 4]) {
          log(`typing, CPU throttled ${rate}x`);
          typing.push({
            rate,
            ...(await typingLatency(browser, server.origin, rate)),
          });
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
  }

  const formJs = bytes[root].js.gzip - bytes[plain].js.gzip;
  // The plain page should not carry the form: look for the policy engine.
  const formInPlain = bytes[plain].scriptText.includes('ListObjectsInBucket');
  const rows = [
    ['', 'SageMaker page (/)', 'Plain page (/apply-policies)', 'Goal'],
  ];
  if (lh) {
    rows.push(
      ...[
        ['Lighthouse performance', 'performance', '100'],
        ['Lighthouse accessibility', 'accessibility', '100'],
        ['Lighthouse best practices', 'best-practices', '100'],
        ['Lighthouse SEO', 'seo', '100'],
      ].map(([label, id, goal]) => [
        label,
        String(lh[root].scores[id]),
        String(lh[plain].scores[id]),
        goal,
      ]),
      [
        '  performance, each run',
        lh[root].runs.join(' '),
        lh[plain].runs.join(' '),
      ],
      ...['FCP', 'LCP', 'TBT', 'SI'].map((name) => [
        `  ${name}`,
        ms(lh[root].metrics[name]),
        ms(lh[plain].metrics[name]),
      ]),
      [
        '  CLS',
        lh[root].metrics.CLS.toFixed(3),
        lh[plain].metrics.CLS.toFixed(3),
      ],
    );
  }
  rows.push(
    [
      'JS loaded, raw / gzip',
      `${kib(bytes[root].js.raw)} / ${kib(bytes[root].js.gzip)}`,
      `${kib(bytes[plain].js.raw)} / ${kib(bytes[plain].js.gzip)}`,
    ],
    [
      'CSS loaded, raw / gzip',
      `${kib(bytes[root].css.raw)} / ${kib(bytes[root].css.gzip)}`,
      `${kib(bytes[plain].css.raw)} / ${kib(bytes[plain].css.gzip)}`,
    ],
    [
      "Form's JS (gzip, / minus plain)",
      kib(formJs),
      formInPlain ? 'plain page loads the form code too' : 'no form code',
      '<= 15 KiB',
    ],
  );
  for (const t of typing) {
    rows.push(
      [
        `Key press -> policies updated, CPU ${t.rate}x`,
        `median ${ms(t.update.median)}, p95 ${ms(t.update.p95)}, max ${ms(t.update.max)}`,
        `${t.presses} presses`,
        t.rate === 4 ? 'p95 <= 16 ms' : '',
      ],
      [
        `  of which the page's own work, CPU ${t.rate}x`,
        `median ${ms(t.work.median)}, p95 ${ms(t.work.p95)}, max ${ms(t.work.max)}`,
        'from keydown handler to update',
      ],
      [
        `  ... to the next frame, CPU ${t.rate}x`,
        `median ${ms(t.frame.median)}, p95 ${ms(t.frame.p95)}, max ${ms(t.frame.max)}`,
        `${t.anyChanged} changed a policy, ${t.bothChanged} both`,
      ],
      [
        `  floor: a bare field, CPU ${t.rate}x`,
        `median ${ms(t.bareField.median)}, p95 ${ms(t.bareField.p95)}, max ${ms(t.bareField.max)}`,
        'same keys, a field no code handles',
      ],
    );
  }
  let buildCell = 'not measured (run with --build)';
  if (build) {
    const when = build.fresh
      ? 'measured now'
      : `measured ${build.measuredAt.slice(0, 16).replace('T', ' ')} UTC${build.sameBuild ? '' : ', for an earlier build'}`;
    buildCell = `${build.seconds.toFixed(1)} s (bundle ${build.docusaurusSeconds.toFixed(1)} s + precompress and headers ${build.precompressSeconds.toFixed(1)} s; ${when})`;
  }
  rows.push(['Cold production build', buildCell, '', '< 15 s']);

  const chromeVersion = (await run(chromiumBinary(), ['--version']))
    .split('\n')
    .find((line) => /^(?:google )?chrom(?:e|ium) \d/i.test(line))
    ?.trim();
  const lhVersion = require('lighthouse/package.json').version;
  console.log(
    `Benchmark of ${args.dir}/ served by scripts/serve.mjs (brotli/gzip), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  );
  console.log(
    `${chromeVersion}; Lighthouse ${lhVersion}, mobile preset, median of ${RUNS}; ${cpus().length} CPUs, load average ${load.toFixed(1)} at start`,
  );
  console.log('');
  console.log(table(rows));
  const notes = [];
  if (lh) {
    for (const path of [root, plain]) {
      if (lh[path].failing.length > 0) {
        notes.push(
          `Audits below 100 on ${path}: ${lh[path].failing.join(', ')}`,
        );
      }
    }
  }
  for (const t of typing) {
    if (t.missing.length > 0) {
      notes.push(
        `CPU ${t.rate}x: typed values missing from the policies: ${t.missing.join(', ')}`,
      );
    }
  }
  if (notes.length > 0) {
    console.log('');
    console.log(notes.join('\n'));
  }
  console.log('');
  console.log(
    `Bench took ${((performance.now() - started) / 1000).toFixed(0)} s; Lighthouse reports in bench-results/.`,
  );
  await writeFile(
    join(RESULTS, 'latest.json'),
    JSON.stringify(
      {
        lighthouse: lh,
        bytes: Object.fromEntries(
          Object.entries(bytes).map(([path, b]) => [
            path,
            {js: b.js, css: b.css, files: b.files},
          ]),
        ),
        typing,
        build,
        loadAverage: load,
      },
      null,
      2,
    ) + '\n',
  );
}

await main();
