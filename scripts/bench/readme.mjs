// The README's Performance figures, from what the bench writes to
// bench-results/latest.json. `node scripts/bench/readme.mjs` rewrites what
// stands between the two markers in README.md; `npm run bench -- --readme`
// does it after a run. The bench also writes the same block to
// bench-results/latest.md.
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {
  allPaths,
  kib,
  markerCell,
  afterInputCell,
  ownJsGzip,
  typingOf,
  frameRatios,
  ratioCell,
  utcMinute,
} from './report.mjs';
import {RESULTS_DIR, ROOT} from './util.mjs';

export const START_MARKER =
  '<!-- bench:start (written by scripts/bench/readme.mjs from bench-results/latest.json) -->';
export const END_MARKER = '<!-- bench:end -->';

const seconds = (milliseconds) => `${(milliseconds / 1000).toFixed(2)} s`;
const spread = ({median, p95}) =>
  `median ${median.toFixed(1)}, p95 ${p95.toFixed(1)} ms`;

/** Prose broken at spaces into lines of at most `width`, as the README's. */
function wrap(text, width = 80) {
  const lines = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) {
      lines[last] += ` ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines.join('\n');
}

/** A Markdown table laid out as Prettier lays it out, so `lint` passes. */
export function markdownTable(rows) {
  const widths = rows[0].map((_, column) =>
    Math.max(3, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [
    line(rows[0]),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.slice(1).map(line),
  ].join('\n');
}

/** A page's name in the README's tables: `Queue (\`/queue\`)`. */
const readmePageName = (results, path) => {
  const page = results.pages.find((p) => p.path === path);
  return `${page ? page.title : 'Plain page'} (\`${path}\`)`;
};

/**
 * The README's caption and tables for these figures: what each page loads,
 * then typing on each form page, one row per page. Only a full run has them
 * all: Lighthouse, and typing at 1x and 4x on every form page.
 * @param {object} results as in bench-results/latest.json
 * @returns {string}
 */
export function readmeBlock(results) {
  const {lighthouse: lh, bytes, build} = results;
  const forms = results.paths.forms;
  const complete =
    lh &&
    forms.every(
      (path) => typingOf(results, path, 1) && typingOf(results, path, 4),
    );
  if (!complete) {
    throw new Error(
      'These figures lack Lighthouse or typing: run the bench without --skip-lighthouse or --skip-typing first.',
    );
  }
  const loadRows = [
    [
      'Page',
      'Lighthouse performance (runs)',
      'Accessibility, best practices, SEO',
      'FCP / LCP / CLS',
      'Total blocking time',
      'JS loaded, gzip',
      'Own JS (gzip, minus plain page)',
      'Own JS after the first input',
      "Other pages' generators",
    ],
    ...allPaths(results).map((path) => {
      const {scores, metrics, runs} = lh[path];
      const form = path !== results.paths.plain;
      return [
        readmePageName(results, path),
        `${scores.performance} (${runs.join(' ')})`,
        ['accessibility', 'best-practices', 'seo']
          .map((id) => scores[id])
          .join(', '),
        `${seconds(metrics.FCP)} / ${seconds(metrics.LCP)} / ${Number(metrics.CLS.toFixed(3))}`,
        `${Math.round(metrics.TBT)} ms`,
        kib(bytes[path].js.gzip),
        form ? kib(ownJsGzip(results, path)) : '',
        form ? afterInputCell(results, path) : '',
        markerCell(results, path),
      ];
    }),
    ['Goal', '100', '100, 100, 100', '', '', '', '≤ 15 KiB', '', 'none'],
  ];
  const typingTable = [
    [
      'Page',
      'Outputs',
      'Key press to next frame, CPU 4x',
      'Floor: a bare text field, to next frame, CPU 4x',
      'Ratio to the floor (median / p95)',
      'Key press to outputs updated, CPU 4x',
      'Key press to outputs updated, CPU 1x',
    ],
    ...forms.map((path) => {
      const fast = typingOf(results, path, 1);
      const slow = typingOf(results, path, 4);
      return [
        readmePageName(results, path),
        String(slow.outputs),
        spread(slow.frame),
        spread(slow.bareFieldFrame),
        ratioCell(frameRatios(slow)),
        spread(slow.update),
        spread(fast.update),
      ];
    }),
    ['Goal', '', '', '', '≤ 1.5 / ≤ 1.5', 'p95 ≤ 50 ms', ''],
  ];
  let buildCell = 'not measured';
  if (build) {
    buildCell = `${build.seconds.toFixed(1)} s${build.fresh || build.sameBuild ? '' : ' (an earlier build)'}`;
  }
  const chromium = (results.chromium ?? 'Chromium').replace(/ built on .*/, '');
  const runs = `${results.runs} run${results.runs === 1 ? '' : 's'}`;
  const presses = typingOf(results, forms[0], 4).presses;
  const caption = `Latest figures (${utcMinute(results.measuredAt)}, ${results.cpus} CPUs, load average ${results.loadAverage.toFixed(1)} at the start; ${chromium}; Lighthouse ${results.lighthouseVersion}, median of ${runs}; ${presses} key presses per page).`;
  return [
    wrap(caption),
    markdownTable(loadRows),
    markdownTable(typingTable),
    wrap(`Cold production build: ${buildCell} (goal < 15 s).`),
  ].join('\n\n');
}

/** The text with what stands between the markers replaced by `block`. */
export function replaceBetweenMarkers(text, block) {
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start === -1 || end < start) {
    throw new Error(
      `No ${START_MARKER} ... ${END_MARKER} pair to write between.`,
    );
  }
  return `${text.slice(0, start + START_MARKER.length)}\n\n${block}\n\n${text.slice(end)}`;
}

/** Rewrites the README's figures from these results. */
export async function updateReadme(
  results,
  readmePath = join(ROOT, 'README.md'),
) {
  const readme = await readFile(readmePath, 'utf8');
  await writeFile(
    readmePath,
    replaceBetweenMarkers(readme, readmeBlock(results)),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = JSON.parse(
    await readFile(join(RESULTS_DIR, 'latest.json'), 'utf8'),
  );
  try {
    await updateReadme(results);
    console.log(
      `README.md: Performance figures of ${utcMinute(results.measuredAt)} written.`,
    );
  } catch (error) {
    console.error(`bench-results/latest.json: ${error.message}`);
    process.exitCode = 1;
  }
}
