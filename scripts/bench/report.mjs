// The printed report, from the figures alone (bench-results/latest.json
// holds the same object), so it can be rendered again without a rerun. One
// row per page: a table of what each page loads, and one of typing per CPU
// rate.

const KiB = 1024;
export const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
export const ms = (value) => `${value.toFixed(1)} ms`;
/** e.g. `2026-11-29 06:33 UTC` */
export const utcMinute = (iso) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** A page's own JS: its gzip bytes minus the plain page's. */
export const ownJsGzip = ({bytes, paths}, path) =>
  bytes[path].js.gzip - bytes[paths.plain].js.gzip;

/**
 * The same once the reader has focused the form's first field (the page's
 * generator loads then); undefined where not measured.
 */
export const ownJsAfterInputGzip = ({bytes, paths}, path) =>
  bytes[path].jsAfterInput === undefined
    ? undefined
    : bytes[path].jsAfterInput.gzip - bytes[paths.plain].js.gzip;

/** The cell for it: empty where not measured. */
export const afterInputCell = (results, path) => {
  const own = ownJsAfterInputGzip(results, path);
  return own === undefined ? '' : kib(own);
};

/** The page's title, for tables: `Execution role (/execution-role)`. */
export const pageName = (results, path) => {
  const page = results.pages.find((p) => p.path === path);
  return page ? `${page.title} (${path})` : `Plain page (${path})`;
};

/** Every page measured, the form pages first, then the plain page. */
export const allPaths = ({paths}) => [...paths.forms, paths.plain];

/** The typing figures of a page at a CPU rate, if measured. */
export const typingOf = (results, path, rate) =>
  results.typing.find((t) => t.path === path && t.rate === rate);

/** The CPU rates typing was measured at, in order. */
export const typingRates = (results) =>
  [...new Set(results.typing.map((t) => t.rate))].sort((a, b) => a - b);

/** Columns padded to their widest cell, two spaces apart. */
export function textTable(rows) {
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

/** The build time's cell: seconds, their parts, and when they were measured. */
export function buildCell(build) {
  if (!build) {
    return 'not measured (run with --build)';
  }
  const when = build.fresh
    ? 'measured now'
    : `measured ${utcMinute(build.measuredAt)}${build.sameBuild ? '' : ', for an earlier build'}`;
  return `${build.seconds.toFixed(1)} s (bundle ${build.docusaurusSeconds.toFixed(1)} s + precompress and headers ${build.precompressSeconds.toFixed(1)} s; ${when})`;
}

/** `median / p95 / max` in ms. */
const spread = (s) =>
  `${s.median.toFixed(1)} / ${s.p95.toFixed(1)} / ${s.max.toFixed(1)}`;

/** Which other pages' generator code a page loads, in words. */
export function markerCell(results, path) {
  const finding = results.markers[path];
  if (finding.own === false) {
    return "own marker not found: check pages.mjs's marker";
  }
  return finding.others.length === 0
    ? 'none'
    : `loads ${finding.others.join(', ')}`;
}

/** What each page loads: one row per page, after a header row. */
export function loadRows(results) {
  const {lighthouse: lh, bytes} = results;
  const rows = [
    [
      'Page',
      ...(lh
        ? ['Performance (runs)', 'A11y/BP/SEO', 'FCP / LCP', 'TBT', 'CLS', 'SI']
        : []),
      'JS raw / gzip',
      'CSS raw / gzip',
      'Own JS (gzip, minus plain)',
      'Own JS after the first input',
      "Other pages' generators",
    ],
  ];
  for (const path of allPaths(results)) {
    const form = path !== results.paths.plain;
    const row = [pageName(results, path)];
    if (lh) {
      const {scores, metrics, runs} = lh[path];
      row.push(
        `${scores.performance} (${runs.join(' ')})`,
        ['accessibility', 'best-practices', 'seo']
          .map((id) => scores[id])
          .join('/'),
        `${ms(metrics.FCP)} / ${ms(metrics.LCP)}`,
        ms(metrics.TBT),
        metrics.CLS.toFixed(3),
        ms(metrics.SI),
      );
    }
    row.push(
      `${kib(bytes[path].js.raw)} / ${kib(bytes[path].js.gzip)}`,
      `${kib(bytes[path].css.raw)} / ${kib(bytes[path].css.gzip)}`,
      form ? kib(ownJsGzip(results, path)) : '',
      form ? afterInputCell(results, path) : '',
      markerCell(results, path),
    );
    rows.push(row);
  }
  rows.push([
    'Goal',
    ...(lh ? ['100', '100/100/100', '', '', '', ''] : []),
    '',
    '',
    '<= 15 KiB',
    '',
    'none',
  ]);
  return rows;
}

/**
 * Key press to the next frame on the form over the same in the bare field,
 * for the median and the p95: what #16's goal (at most 1.5 each) compares.
 */
export function frameRatios({frame, bareFieldFrame}) {
  return {
    median: frame.median / bareFieldFrame.median,
    p95: frame.p95 / bareFieldFrame.p95,
  };
}

export const ratioCell = ({median, p95}) =>
  `${median.toFixed(2)} / ${p95.toFixed(2)}`;

/** Typing at one CPU rate: one row per form page, after a header row. */
export function typingRows(results, rate) {
  const rows = [
    [
      'Page',
      'Outputs updated',
      "Page's own work",
      'To the next frame',
      'Floor: updated',
      'Floor: next frame',
      'Next frame / floor',
      'Outputs changed',
      'Fields typed',
    ],
  ];
  for (const path of results.paths.forms) {
    const t = typingOf(results, path, rate);
    if (!t) {
      continue;
    }
    rows.push([
      pageName(results, path),
      spread(t.update),
      spread(t.work),
      spread(t.frame),
      spread(t.bareField),
      t.bareFieldFrame ? spread(t.bareFieldFrame) : '',
      t.bareFieldFrame ? ratioCell(frameRatios(t)) : '',
      `${t.anyChanged} any, ${t.allChanged} all ${t.outputs} of ${t.presses}`,
      t.fields.join(', '),
    ]);
  }
  return rows;
}

/**
 * What the tables cannot show: audits below 100, fields whose value the
 * outputs do not hold where they must.
 */
export function reportNotes(results) {
  const notes = [];
  if (results.lighthouse) {
    for (const path of allPaths(results)) {
      const failing = results.lighthouse[path].failing;
      if (failing.length > 0) {
        notes.push(`Audits below 100 on ${path}: ${failing.join(', ')}`);
      }
    }
  }
  for (const t of results.typing) {
    if (t.missing.length > 0) {
      notes.push(
        `${t.path}, CPU ${t.rate}x: what the outputs do not hold after typing: ${t.missing.join(', ')}`,
        ...t.problems.map(({field, problem}) => `  ${field}: ${problem}`),
      );
    }
  }
  return notes;
}

/** The whole printed report. */
export function renderReport(results) {
  const lines = [
    `Benchmark of ${results.dir}/ served by scripts/serve.mjs (brotli/gzip), ${utcMinute(results.measuredAt)}`,
    `${results.chromium}; Lighthouse ${results.lighthouseVersion}, mobile preset, median of ${results.runs}; ${results.cpus} CPUs, load average ${results.loadAverage.toFixed(1)} at start`,
    '',
    'What each page loads' +
      (results.lighthouse ? ' (Lighthouse: FCP, LCP, TBT, SI in ms)' : ''),
    textTable(loadRows(results)),
  ];
  for (const rate of typingRates(results)) {
    const presses = results.typing.find((t) => t.rate === rate).presses;
    lines.push(
      '',
      `Key press to update, CPU ${rate}x, ${presses} presses per page: median / p95 / max in ms${rate === 4 ? ' (goals: outputs updated p95 <= 50 ms; next frame / floor <= 1.5 for the median and the p95)' : ''}`,
      textTable(typingRows(results, rate)),
    );
  }
  lines.push(
    '',
    `Cold production build: ${buildCell(results.build)} (goal < 15 s)`,
  );
  const notes = reportNotes(results);
  if (notes.length > 0) {
    lines.push('', ...notes);
  }
  lines.push(
    '',
    `Bench took ${results.benchSeconds.toFixed(0)} s; Lighthouse reports in bench-results/.`,
  );
  return lines.join('\n');
}
