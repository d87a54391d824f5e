// Lighthouse, mobile preset: the median of a few runs per page, as scores
// and metrics, with the audits that scored below 100 in any run.
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {chromiumBinary, HEADLESS_CHROMIUM_ARGS} from '../chromium.mjs';
import {pathLabel} from './pages.mjs';
import {log, median, packageFile, require, RESULTS_DIR, run} from './util.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
};

export const lighthouseVersion = () =>
  require('lighthouse/package.json').version;

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
  const cli = packageFile('lighthouse', 'cli', 'index.js');
  const outputPath = join(RESULTS_DIR, `lighthouse-${label}-${index}.json`);
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

/**
 * For each page path: median scores and metrics of `runs` runs, each run's
 * performance score, and every audit below 100 in any run.
 * @param {string} origin
 * @param {{paths: string[], runs: number}} options
 */
export async function lighthouseMedians(origin, {paths, runs}) {
  const results = {};
  for (const path of paths) {
    const label = pathLabel(path);
    const reports = [];
    for (let index = 0; index < runs; index += 1) {
      log(`Lighthouse ${path} run ${index + 1}/${runs}`);
      reports.push(await lighthouse(origin + path, label, index));
    }
    results[path] = {
      scores: Object.fromEntries(
        CATEGORIES.map((id) => [id, median(reports.map((r) => r.scores[id]))]),
      ),
      metrics: Object.fromEntries(
        Object.keys(METRICS).map((name) => [
          name,
          median(reports.map((r) => r.metrics[name])),
        ]),
      ),
      runs: reports.map((r) => r.scores.performance),
      failing: [...new Set(reports.flatMap((r) => r.failing))],
    };
  }
  return results;
}
