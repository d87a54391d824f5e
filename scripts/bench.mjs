// The performance benchmark: builds the site if needed, serves it as users get
// it (scripts/serve.mjs), and prints, one row per page, for every page with a
// form (scripts/bench/pages.mjs) and a plain doc page: Lighthouse (mobile
// preset, median of 3 runs), the JS and CSS each page loads and whether it
// loads another page's generator code; then, per CPU rate, keystroke-to-update
// latency on each form page (and, as its floor, the same keys in a bare field
// no code handles); and the build time.
// Each measurement is a module of scripts/bench/. The figures also go to
// bench-results/latest.json and, after a full run, the README's Performance
// table to bench-results/latest.md.
//
// Usage: node scripts/bench.mjs [--dir build] [--build] [--runs 3]
//          [--presses 240] [--port N] [--pages /,/queue] [--skip-lighthouse]
//          [--skip-typing] [--readme]
//   --pages   measures only these form pages (and the plain page).
//   --build   clears every cache and times a cold production build first
//             (done anyway when <dir>/index.html is missing).
//   --readme  writes the figures into README.md too (scripts/bench/readme.mjs
//             does it later from bench-results/latest.json).
// Chromium: PLAYWRIGHT_CHROMIUM_PATH ('' = Playwright's own), else
// /usr/bin/chromium if installed, else Playwright's own (scripts/chromium.mjs).
import {mkdir, rm, writeFile} from 'node:fs/promises';
import {cpus, loadavg} from 'node:os';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {chromiumBinary, missingChromiumHint} from './chromium.mjs';
import {launchBrowser} from './bench/browser.mjs';
import {buildTime} from './bench/build.mjs';
import {measureBytes} from './bench/bytes.mjs';
import {lighthouseMedians, lighthouseVersion} from './bench/lighthouse.mjs';
import {FORM_PAGES, PLAIN_PATH, selectPages} from './bench/pages.mjs';
import {readmeBlock, updateReadme} from './bench/readme.mjs';
import {renderReport} from './bench/report.mjs';
import {startServer} from './bench/server.mjs';
import {typingLatency} from './bench/typing.mjs';
import {log, RESULTS_DIR, ROOT, run} from './bench/util.mjs';

const {values: args} = parseArgs({
  options: {
    dir: {type: 'string', default: 'build'},
    build: {type: 'boolean', default: false},
    runs: {type: 'string', default: '3'},
    presses: {type: 'string', default: '240'},
    port: {type: 'string'},
    pages: {type: 'string'},
    'skip-lighthouse': {type: 'boolean', default: false},
    'skip-typing': {type: 'boolean', default: false},
    readme: {type: 'boolean', default: false},
  },
});

/** CPU throttling rates for typing: unthrottled, and a mid-range phone. */
const TYPING_RATES = [1, 4];

async function chromiumVersion() {
  return (await run(chromiumBinary(), ['--version']))
    .split('\n')
    .find((line) => /^(?:google )?chrom(?:e|ium) \d/i.test(line))
    ?.trim();
}

/** Every figure, in the shape bench-results/latest.json keeps. */
async function measure(formPages) {
  const started = performance.now();
  const paths = {forms: formPages.map((page) => page.path), plain: PLAIN_PATH};
  const loadAverage = loadavg()[0];
  const dir = resolve(ROOT, args.dir);
  const runs = Number(args.runs);
  const build = await buildTime({dir, label: args.dir, force: args.build});
  const server = await startServer({
    dir,
    port: args.port ? Number(args.port) : undefined,
  });
  let lighthouse = null;
  let bytes;
  const typing = [];
  try {
    if (!args['skip-lighthouse']) {
      lighthouse = await lighthouseMedians(server.origin, {
        paths: [...paths.forms, paths.plain],
        runs,
      });
    }
    const browser = await launchBrowser();
    try {
      log('bytes each page loads');
      bytes = await measureBytes(browser, server.origin, {
        formPaths: paths.forms,
        plainPath: paths.plain,
        // Every form page's marker, measured or not: none may load another's.
        markers: Object.fromEntries(
          FORM_PAGES.map(({path, marker}) => [path, marker]),
        ),
      });
      if (!args['skip-typing']) {
        for (const rate of TYPING_RATES) {
          for (const formPage of formPages) {
            log(`typing on ${formPage.path}, CPU throttled ${rate}x`);
            typing.push(
              await typingLatency(browser, server.origin, formPage, {
                rate,
                presses: Number(args.presses),
              }),
            );
          }
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
  }
  return {
    measuredAt: new Date().toISOString(),
    dir: args.dir,
    chromium: await chromiumVersion(),
    lighthouseVersion: lighthouseVersion(),
    runs,
    cpus: cpus().length,
    loadAverage,
    paths,
    pages: formPages.map(({path, title, outputs, choose, typed, marker}) => ({
      path,
      title,
      outputs,
      choices: choose ?? [],
      fields: typed.map(([field]) => field),
      marker,
    })),
    lighthouse,
    bytes: bytes.pages,
    markers: bytes.markers,
    typing,
    build,
    benchSeconds: (performance.now() - started) / 1000,
  };
}

async function main() {
  const hint = missingChromiumHint();
  if (hint) {
    console.error(hint);
    process.exitCode = 1;
    return;
  }
  let formPages;
  try {
    formPages = selectPages(args.pages);
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  const partial =
    args['skip-lighthouse'] ||
    args['skip-typing'] ||
    formPages.length < FORM_PAGES.length;
  if (args.readme && partial) {
    console.error(
      '--readme needs every figure: drop --skip-lighthouse, --skip-typing and --pages.',
    );
    process.exitCode = 1;
    return;
  }
  await mkdir(RESULTS_DIR, {recursive: true});
  const results = await measure(formPages);
  console.log(renderReport(results));
  await writeFile(
    join(RESULTS_DIR, 'latest.json'),
    JSON.stringify(results, null, 2) + '\n',
  );
  const readmeTable = join(RESULTS_DIR, 'latest.md');
  if (partial) {
    // The README's table needs every figure: leave no older one beside these.
    await rm(readmeTable, {force: true});
  } else {
    await writeFile(readmeTable, readmeBlock(results) + '\n');
  }
  if (args.readme) {
    await updateReadme(results);
    log('README.md: Performance figures written');
  }
}

await main();
