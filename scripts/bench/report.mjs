// The printed report, from the figures alone (bench-results/latest.json
// holds the same object), so it can be rendered again without a rerun.

const KiB = 1024;
export const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
export const ms = (value) => `${value.toFixed(1)} ms`;
/** e.g. `2026-11-29 06:33 UTC` */
export const utcMinute = (iso) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** The form's own JS: gzip bytes of the form's page minus the plain page's. */
export const formJsGzip = ({bytes, paths}) =>
  bytes[paths.form].js.gzip - bytes[paths.plain].js.gzip;

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

const spread = (s) =>
  `median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}`;

/** The report's table: a header row, then one row per figure. */
export function reportRows(results) {
  const {lighthouse: lh, bytes, typing, build} = results;
  const {form: root, plain} = results.paths;
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
      kib(formJsGzip(results)),
      results.formCodeInPlain
        ? 'plain page loads the form code too'
        : 'no form code',
      '<= 15 KiB',
    ],
  );
  for (const t of typing) {
    rows.push(
      [
        `Key press -> policies updated, CPU ${t.rate}x`,
        spread(t.update),
        `${t.presses} presses`,
        t.rate === 4 ? 'p95 <= 16 ms' : '',
      ],
      [
        `  of which the page's own work, CPU ${t.rate}x`,
        spread(t.work),
        'from keydown handler to update',
      ],
      [
        `  ... to the next frame, CPU ${t.rate}x`,
        spread(t.frame),
        `${t.anyChanged} changed a policy, ${t.bothChanged} both`,
      ],
      [
        `  floor: a bare field, CPU ${t.rate}x`,
        spread(t.bareField),
        'same keys, a field no code handles',
      ],
    );
  }
  rows.push(['Cold production build', buildCell(build), '', '< 15 s']);
  return rows;
}

/**
 * What the table cannot show: audits below 100, fields whose value the
 * policies do not hold where they must.
 */
export function reportNotes(results) {
  const notes = [];
  const {form: root, plain} = results.paths;
  if (results.lighthouse) {
    for (const path of [root, plain]) {
      const failing = results.lighthouse[path].failing;
      if (failing.length > 0) {
        notes.push(`Audits below 100 on ${path}: ${failing.join(', ')}`);
      }
    }
  }
  for (const t of results.typing) {
    if (t.missing.length > 0) {
      notes.push(
        `CPU ${t.rate}x: fields whose value is not where it must be in the policies: ${t.missing.join(', ')}`,
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
    textTable(reportRows(results)),
  ];
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
