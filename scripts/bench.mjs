// The performance benchmark: builds the site if needed, serves it as users get
// it (scripts/serve.mjs), and prints one table: Lighthouse (mobile preset,
// median of 3 runs) for the SageMaker page and a plain doc page side by side,
// the JS and CSS each page loads, keystroke-to-update latency (and, as its
// floor, the same keys in a bare field no code handles), build time.
// Each measurement is a module of scripts/bench/. The figures also go to
// bench-results/latest.json and, after a full run, the README's Performance
// table to bench-results/latest.md.
//
// Usage: node scripts/bench.mjs [--dir build] [--build] [--runs 3]
//          [--presses 240] [--port N] [--skip-lighthouse] [--skip-typing]
//          [--readme]
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
    'skip-lighthouse': {type: 'boolean', default: false},
    'skip-typing': {type: 'boolean', default: false},
    readme: {type: 'boolean', default: false},
  },
});

/** The form's page, and a plain doc page of the same site to compare it with. */
const PATHS = {form: '/', plain: '/apply-policies'};
/** CPU throttling rates for typing: unthrottled, and a mid-range phone. */
const TYPING_RATES = [1, 4];

async function chromiumVersion() {
  return (await run(chromiumBinary(), ['--version']))
    .split('\n')
    .find((line) => /^(?:google )?chrom(?:e|ium) \d/i.test(line))
    ?.trim();
}

/** Every figure, in the shape bench-results/latest.json keeps. */
async function measure() {
  const started = performance.now();
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
        paths: [PATHS.form, PATHS.plain],
        runs,
      });
    }
    const browser = await launchBrowser();
    try {
      log('bytes each page loads');
      bytes = await measureBytes(browser, server.origin, {
        formPath: PATHS.form,
        plainPath: PATHS.plain,
      });
      if (!args['skip-typing']) {
        for (const rate of TYPING_RATES) {
          log(`typing, CPU throttled ${rate}x`);
          typing.push(
            await typingLatency(browser, server.origin, {
              rate,
              presses: Number(args.presses),
            }),
          );
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
    paths: PATHS,
    lighthouse,
    bytes: bytes.pages,
    formCodeInPlain: bytes.formCodeInPlain,
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
  const partial = args['skip-lighthouse'] || args['skip-typing'];
  if (args.readme && partial) {
    console.error(
      '--readme needs every figure: drop --skip-lighthouse and --skip-typing.',
    );
    process.exitCode = 1;
    return;
  }
  await mkdir(RESULTS_DIR, {recursive: true});
  const results = await measure();
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
