import {format} from 'prettier';
import {describe, expect, it} from 'vitest';
import {
  END_MARKER,
  readmeBlock,
  replaceBetweenMarkers,
  START_MARKER,
} from './readme.mjs';

const KiB = 1024;
const lighthouse = (
  performance: number,
  runs: number[],
  {FCP, LCP, TBT}: {FCP: number; LCP: number; TBT: number},
) => ({
  scores: {
    performance,
    accessibility: 100,
    'best-practices': 100,
    seo: 100,
  },
  metrics: {FCP, LCP, TBT, CLS: 0, SI: 1400},
  runs,
  failing: [],
});
const typing = (rate: number, median: number, p95: number) => ({
  rate,
  presses: 240,
  update: {median, p95, max: 50},
  bareField: {median: 6.7, p95: 10.1, max: 20},
  work: {median, p95, max: 50},
  frame: {median, p95, max: 50},
  bothChanged: 100,
  anyChanged: 200,
  missing: [],
  problems: [],
});

/** The README's figures of 2026-11-29, as the bench records them. */
const results = {
  measuredAt: '2026-11-29T06:33:12.000Z',
  dir: 'build',
  chromium: 'Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)',
  lighthouseVersion: '12.8.2',
  runs: 3,
  cpus: 2,
  loadAverage: 1.23,
  paths: {form: '/', plain: '/apply-policies'},
  lighthouse: {
    '/': lighthouse(89, [96, 89, 89], {FCP: 1260, LCP: 1320, TBT: 423}),
    '/apply-policies': lighthouse(83, [88, 83, 81], {
      FCP: 1200,
      LCP: 1270,
      TBT: 686,
    }),
  },
  bytes: {
    '/': {js: {raw: 0, gzip: 153.6 * KiB}, css: {raw: 0, gzip: 0}, files: []},
    '/apply-policies': {
      js: {raw: 0, gzip: 140 * KiB},
      css: {raw: 0, gzip: 0},
      files: [],
    },
  },
  formCodeInPlain: false,
  typing: [typing(1, 4.7, 10.3), typing(4, 20.9, 34.5)],
  build: {
    seconds: 6.8,
    docusaurusSeconds: 5,
    precompressSeconds: 1.8,
    measuredAt: '2026-11-29T06:00:00.000Z',
    fresh: false,
    sameBuild: true,
  },
  benchSeconds: 180,
};

/** The table's rows after the header, with runs of spaces made one. */
const tableRows = (block: string) =>
  block
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => line.replace(/ +/g, ' '));

describe('readmeBlock', () => {
  const block = readmeBlock(results);

  it('writes the figures as the README shows them', () => {
    // The README's rows of 2026-11-29, to the letter but for one: its
    // "100 each" is written out, as in the other column.
    expect(tableRows(block)).toEqual([
      '| Lighthouse performance (runs) | 89 (96 89 89) | 83 (88 83 81) | 100 |',
      '| Lighthouse accessibility, best practices, SEO | 100, 100, 100 | 100, 100, 100 | 100 |',
      '| FCP / LCP / CLS | 1.26 s / 1.32 s / 0 | 1.20 s / 1.27 s / 0 | |',
      '| Total blocking time | 423 ms | 686 ms | |',
      '| JS loaded, gzip | 153.6 KiB | 140.0 KiB | |',
      "| The form's own JS (gzip, `/` minus plain page) | 13.6 KiB | | ≤ 15 KiB |",
      '| Key press to both policies updated, CPU 1x | median 4.7, p95 10.3 ms | | |',
      '| Key press to both policies updated, CPU 4x | median 20.9, p95 34.5 ms | | p95 ≤ 16 ms |',
      '| Floor: a bare text field, CPU 4x | median 6.7, p95 10.1 ms | | |',
      '| Cold production build | 6.8 s | | < 15 s |',
    ]);
    expect(block).toMatch(/^Latest figures \(2026-11-29 06:33 UTC, 2 CPUs/);
  });

  it('lays the table out as Prettier does', async () => {
    expect(await format(block, {parser: 'markdown'})).toBe(`${block}\n`);
  });

  it('refuses figures without Lighthouse', () => {
    expect(() => readmeBlock({...results, lighthouse: null})).toThrow(
      /--skip-lighthouse/,
    );
  });
});

describe('replaceBetweenMarkers', () => {
  const readme = `# Title\n\n${START_MARKER}\n\nold table\n\n${END_MARKER}\n\nAfter.\n`;

  it('replaces only what stands between the markers', () => {
    expect(replaceBetweenMarkers(readme, 'new table')).toBe(
      `# Title\n\n${START_MARKER}\n\nnew table\n\n${END_MARKER}\n\nAfter.\n`,
    );
  });

  it('fails without the markers', () => {
    expect(() => replaceBetweenMarkers('# Title\n', 'x')).toThrow(/No /);
  });
});
