import {describe, expect, it} from 'vitest';
import {results} from './fixture.test-data';
import {
  loadRows,
  markerCell,
  renderReport,
  typingRows,
  typingRates,
} from './report.mjs';

describe('loadRows', () => {
  it('has one row per page, form pages first, then the plain page and the goals', () => {
    const rows = loadRows(results);
    expect(rows.map((row) => row[0])).toEqual([
      'Page',
      'SageMaker page (/)',
      'Queue (/queue)',
      'Plain page (/troubleshooting)',
      'Goal',
    ]);
    expect(rows.every((row) => row.length === rows[0]?.length)).toBe(true);
    // Own JS: 153.6 KiB and 148.2 KiB over the plain page's 140 KiB.
    const own = rows[0]?.indexOf('Own JS (gzip, minus plain)') ?? -1;
    expect(rows.slice(1, 4).map((row) => row[own])).toEqual([
      '13.6 KiB',
      '8.2 KiB',
      '',
    ]);
  });

  it('leaves Lighthouse out when it did not run', () => {
    const rows = loadRows({...results, lighthouse: null});
    expect(rows[0]).not.toContain('TBT');
    expect(rows.every((row) => row.length === rows[0]?.length)).toBe(true);
  });
});

describe('markerCell', () => {
  it('names the other pages whose generator a page loads', () => {
    expect(markerCell(results, '/')).toBe('none');
    expect(markerCell(results, '/queue')).toBe('loads /');
  });

  it('says when the marker no longer finds its own page', () => {
    expect(
      markerCell({...results, markers: {'/': {own: false, others: []}}}, '/'),
    ).toMatch(/own marker not found/);
  });
});

describe('typingRows', () => {
  it('has one row per form page at each rate', () => {
    expect(typingRates(results)).toEqual([1, 4]);
    const rows = typingRows(results, 4);
    expect(rows.map((row) => row[0])).toEqual([
      'Page',
      'SageMaker page (/)',
      'Queue (/queue)',
    ]);
    expect(rows[1]?.[1]).toBe('20.9 / 34.5 / 50.0');
    // The form's next frame over the bare field's: 20.9 / 10 and 34.5 / 23.
    expect(rows[1]?.[6]).toBe('2.09 / 1.50');
    expect(rows[2]?.[7]).toBe('200 any, 100 all 1 of 240');
  });
});

describe('renderReport', () => {
  it('prints every page and every rate', () => {
    const report = renderReport(results);
    for (const text of [
      '/troubleshooting',
      '/queue',
      'CPU 1x',
      'CPU 4x',
      'load average 1.2',
      'Cold production build: 6.8 s',
    ]) {
      expect(report).toContain(text);
    }
  });

  it('says what an output lacks after typing', () => {
    const typing = results.typing.map((t) =>
      t.path === '/queue' && t.rate === 4
        ? {
            ...t,
            missing: ['output 1'],
            problems: [{field: 'output 1', problem: 'holds no "x"'}],
          }
        : t,
    );
    expect(renderReport({...results, typing})).toContain(
      '/queue, CPU 4x: what the outputs do not hold after typing: output 1\n  output 1: holds no "x"',
    );
  });
});
