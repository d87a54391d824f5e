import {format} from 'prettier';
import {describe, expect, it} from 'vitest';
import {
  END_MARKER,
  readmeBlock,
  replaceBetweenMarkers,
  START_MARKER,
} from './readme.mjs';
import {results} from './fixture.test-data';

/** The tables' rows after their headers, with runs of spaces made one. */
const tableRows = (block: string) =>
  block
    .split('\n\n')
    .filter((part) => part.startsWith('|'))
    .flatMap((table) => table.split('\n').slice(2))
    .map((line) => line.replace(/ +/g, ' '));

describe('readmeBlock', () => {
  const block = readmeBlock(results);

  it('writes one row per page, the root page’s figures as the README has them', () => {
    // The root page's and the plain page's figures are the README's of
    // 2026-11-29, to the letter, in one row per page.
    expect(tableRows(block)).toEqual([
      '| SageMaker page (`/`) | 89 (96 89 89) | 100, 100, 100 | 1.26 s / 1.32 s / 0 | 423 ms | 153.6 KiB | 13.6 KiB | 20.1 KiB | none |',
      '| Queue (`/queue`) | 91 (91 90 93) | 100, 100, 100 | 1.21 s / 1.29 s / 0 | 380 ms | 148.2 KiB | 8.2 KiB | 15.4 KiB | loads / |',
      '| Plain page (`/troubleshooting`) | 83 (88 83 81) | 100, 100, 100 | 1.20 s / 1.27 s / 0 | 686 ms | 140.0 KiB | | | none |',
      '| Goal | 100 | 100, 100, 100 | | | | ≤ 15 KiB | | none |',
      '| SageMaker page (`/`) | 2 | median 20.9, p95 34.5 ms | median 10.0, p95 23.0 ms | 2.09 / 1.50 | median 20.9, p95 34.5 ms | median 4.7, p95 10.3 ms |',
      '| Queue (`/queue`) | 1 | median 15.2, p95 30.4 ms | median 10.0, p95 23.0 ms | 1.52 / 1.32 | median 15.2, p95 30.4 ms | median 3.1, p95 8.2 ms |',
      '| Goal | | | | ≤ 1.5 / ≤ 1.5 | p95 ≤ 50 ms | |',
    ]);
    expect(block).toMatch(/^Latest figures \(2026-11-29 06:33 UTC, 2 CPUs/);
    expect(block).toMatch(/Cold production build: 6\.8 s \(goal < 15 s\)\.$/);
  });

  it('refuses figures without typing on every form page', () => {
    expect(() =>
      readmeBlock({
        ...results,
        typing: results.typing.filter(({path}) => path === '/'),
      }),
    ).toThrow(/--skip-typing/);
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
