import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {grammarFile, keepLanguages} from './loader.mjs';

const require = createRequire(import.meta.url);
const DIST_CJS = require.resolve('prism-react-renderer');
const DIST_ESM = DIST_CJS.replace(/index\.js$/, 'index.mjs');

interface PrismLike {
  languages: Record<string, unknown>;
  tokenize(code: string, grammar: unknown): (string | {type: string})[];
}

/** Runs a transformed CommonJS build of prism-react-renderer; returns its Prism. */
function loadPrism(source: string): PrismLike {
  const module = {exports: {} as {Prism: PrismLike}};
  const requireFromDist = createRequire(DIST_CJS);
  new Function('module', 'exports', 'require', source)(
    module,
    module.exports,
    requireFromDist,
  );
  return module.exports.Prism;
}

const json = readFileSync(grammarFile('json'), 'utf8');

describe('keepLanguages', () => {
  it('leaves Prism with only the given languages, which still highlight', () => {
    const prism = loadPrism(
      keepLanguages(readFileSync(DIST_CJS, 'utf8'), [json]),
    );
    expect(prism.languages.json).toBeDefined();
    expect(prism.languages.javascript).toBeUndefined();
    expect(prism.languages.python).toBeUndefined();
    const types = prism
      .tokenize('{"Effect": "Allow"}', prism.languages.json)
      .flatMap((token) => (typeof token === 'string' ? [] : [token.type]));
    expect(types).toEqual([
      'punctuation',
      'property',
      'operator',
      'string',
      'punctuation',
    ]);
  });

  it('finds the languages in the ES module build that bundlers load', () => {
    const source = readFileSync(DIST_ESM, 'utf8');
    const kept = keepLanguages(source, [json]);
    expect(kept).toContain('Prism.languages.json =');
    expect(kept).not.toContain('Prism.languages.python =');
    expect(kept).not.toContain('Prism.languages.javascript =');
  });

  it('fails the build when prism-react-renderer changes its layout', () => {
    expect(() => keepLanguages('export const Prism = {};', [json])).toThrow(
      /no longer has the layout/,
    );
  });
});
