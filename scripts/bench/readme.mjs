// The README's Performance figures, from what the bench writes to
// bench-results/latest.json. `node scripts/bench/readme.mjs` rewrites what
// stands between the two markers in README.md; `npm run bench -- --readme`
// does it after a run. The bench also writes the same block to
// bench-results/latest.md.
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {formJsGzip, kib, utcMinute} from './report.mjs';
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

/**
 * The README's caption and table for these figures. Only a full run has them
 * all: Lighthouse, and typing at 1x and 4x.
 * @param {object} results as in bench-results/latest.json
 * @returns {string}
 */
export function readmeBlock(results) {
  const {lighthouse: lh, bytes, typing, build} = results;
  const {form, plain} = results.paths;
  const at = (rate) => typing.find((t) => t.rate === rate);
  if (!lh || !at(1) || !at(4)) {
    throw new Error(
      'These figures lack Lighthouse or typing: run the bench without --skip-lighthouse or --skip-typing first.',
    );
  }
  const performance = (path) =>
    `${lh[path].scores.performance} (${lh[path].runs.join(' ')})`;
  const otherScores = (path) =>
    ['accessibility', 'best-practices', 'seo']
      .map((id) => lh[path].scores[id])
      .join(', ');
  const paint = (path) => {
    const {FCP, LCP, CLS} = lh[path].metrics;
    return `${seconds(FCP)} / ${seconds(LCP)} / ${Number(CLS.toFixed(3))}`;
  };
  const tbt = (path) => `${Math.round(lh[path].metrics.TBT)} ms`;
  let buildCell = 'not measured';
  if (build) {
    buildCell = `${build.seconds.toFixed(1)} s${build.fresh || build.sameBuild ? '' : ' (an earlier build)'}`;
  }
  const rows = [
    ['Figure', 'SageMaker page (`/`)', 'Plain page', 'Goal'],
    [
      'Lighthouse performance (runs)',
      performance(form),
      performance(plain),
      '100',
    ],
    [
      'Lighthouse accessibility, best practices, SEO',
      otherScores(form),
      otherScores(plain),
      '100',
    ],
    ['FCP / LCP / CLS', paint(form), paint(plain), ''],
    ['Total blocking time', tbt(form), tbt(plain), ''],
    [
      'JS loaded, gzip',
      kib(bytes[form].js.gzip),
      kib(bytes[plain].js.gzip),
      '',
    ],
    [
      "The form's own JS (gzip, `/` minus plain page)",
      kib(formJsGzip(results)),
      results.formCodeInPlain ? 'loads the form code too' : '',
      '≤ 15 KiB',
    ],
    [
      'Key press to both policies updated, CPU 1x',
      spread(at(1).update),
      '',
      '',
    ],
    [
      'Key press to both policies updated, CPU 4x',
      spread(at(4).update),
      '',
      'p95 ≤ 16 ms',
    ],
    ['Floor: a bare text field, CPU 4x', spread(at(4).bareField), '', ''],
    ['Cold production build', buildCell, '', '< 15 s'],
  ];
  const chromium = (results.chromium ?? 'Chromium').replace(/ built on .*/, '');
  const runs = `${results.runs} run${results.runs === 1 ? '' : 's'}`;
  const caption = `Latest figures (${utcMinute(results.measuredAt)}, ${results.cpus} CPUs, load average ${results.loadAverage.toFixed(1)} at the start; ${chromium}; Lighthouse ${results.lighthouseVersion}, median of ${runs}; ${at(4).presses} key presses).`;
  return `${wrap(caption)}\n\n${markdownTable(rows)}`;
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
