import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {markerFindings} from './bytes.mjs';
import {FORM_PAGES, PLAIN_PATH, pathLabel, selectPages} from './pages.mjs';
import {keyPlan} from './typing.mjs';

describe('FORM_PAGES', () => {
  it('has one row per form page of the sidebar, the plain page apart', () => {
    expect(FORM_PAGES.map(({path}) => path)).toEqual([
      '/',
      '/execution-role',
      '/agent-role',
      '/apply-policies',
      '/create-with-code',
      '/queue',
      '/agent',
    ]);
    expect(FORM_PAGES.map(({path}) => path)).not.toContain(PLAIN_PATH);
  });

  it('gives each page distinct markers and fields, and an expectation per output', () => {
    const markers = FORM_PAGES.map(({marker}) => marker);
    expect(new Set(markers).size).toBe(markers.length);
    for (const page of FORM_PAGES) {
      const fields = page.typed.map(([field]) => field);
      expect(new Set(fields).size).toBe(fields.length);
      if (page.expected) {
        expect(page.expected(Object.fromEntries(page.typed))).toHaveLength(
          page.outputs,
        );
      }
    }
  });

  it('picks markers no doc page’s text holds but the marker’s own page: a page’s text is in its JS', () => {
    const docs = new URL('../../docs/', import.meta.url);
    const texts = readdirSync(docs).map((file) => ({
      file,
      text: readFileSync(new URL(file, docs), 'utf8'),
    }));
    // The root page is setup-sagemaker.mdx (slug /); the others by name.
    const ownDoc = (path: string) =>
      path === '/' ? 'setup-sagemaker' : path.slice(1);
    expect(texts.map(({file}) => file)).toContain(`${PLAIN_PATH.slice(1)}.md`);
    for (const {path, marker} of FORM_PAGES) {
      expect(
        texts
          .filter(({text}) => text.includes(marker))
          .map(({file}) => file.replace(/\.mdx?$/, ''))
          .filter((name) => name !== ownDoc(path)),
        marker,
      ).toEqual([]);
    }
  });

  it('names the files of a page by its path', () => {
    expect(pathLabel('/')).toBe('root');
    expect(pathLabel('/execution-role')).toBe('execution-role');
  });
});

describe('selectPages', () => {
  it('picks the named pages in the table’s order, all without a list', () => {
    expect(selectPages(undefined)).toBe(FORM_PAGES);
    expect(selectPages('/queue, /').map(({path}) => path)).toEqual([
      '/',
      '/queue',
    ]);
  });

  it('refuses a page that has no row', () => {
    expect(() => selectPages('/queue,/nowhere')).toThrow(/\/nowhere/);
  });
});

describe('keyPlan', () => {
  const typed = [
    ['A', 'xy'],
    ['B', 'z'],
  ] as const;

  it('selects, clears, types each value and fixes a typo, field by field', () => {
    expect(keyPlan(typed, 11)).toEqual([
      {field: 'A', key: 'Control+a'},
      {field: 'A', key: 'Backspace'},
      {field: 'A', key: 'x'},
      {field: 'A', key: 'y'},
      {field: 'A', key: 'x'},
      {field: 'A', key: 'Backspace'},
      {field: 'B', key: 'Control+a'},
      {field: 'B', key: 'Backspace'},
      {field: 'B', key: 'z'},
      {field: 'B', key: 'x'},
      {field: 'B', key: 'Backspace'},
    ]);
  });

  it('starts over until it has as many presses as asked', () => {
    const plan = keyPlan(typed, 25);
    expect(plan).toHaveLength(25);
    expect(plan.slice(11, 22)).toEqual(plan.slice(0, 11));
  });
});

describe('markerFindings', () => {
  const markers = {'/': 'ListObjectsInBucket', '/queue': 'VolumeSizeInGB'};

  it('finds each page’s own marker and any other page’s', () => {
    expect(
      markerFindings(
        {
          '/': 'x ListObjectsInBucket x',
          '/queue': 'VolumeSizeInGB ListObjectsInBucket',
          '/troubleshooting': 'nothing',
        },
        markers,
      ),
    ).toEqual({
      '/': {own: true, others: []},
      '/queue': {own: true, others: ['/']},
      '/troubleshooting': {own: null, others: []},
    });
  });

  it('says when a page lacks its own marker', () => {
    expect(markerFindings({'/queue': ''}, markers)['/queue']?.own).toBe(false);
  });
});
