import {spawnSync} from 'node:child_process';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {quoteYamlString, toYaml, yamlKey} from './yaml';
import type {YamlValue} from './yaml';

// Independent checkers: the `yaml` library in YAML 1.2 mode and in 1.1 mode
// (the version PyYAML, the agent's parser, implements), and PyYAML itself
// where python3 has it.
const parse12 = (text: string): unknown => parse(text);
const parse11 = (text: string): unknown => parse(text, {version: '1.1'});

/** Strings that mean something else to YAML when written plain. */
const HOSTILE_PIECES = [
  ...['null', 'Null', 'NULL', '~', '', 'true', 'True', 'FALSE', 'yes', 'No'],
  ...['on', 'OFF', 'y', 'n', '0x1F', '0o17', '017', '1e3', '1_000', '+1'],
  ...['.inf', '-.Inf', '.nan', '12:30:00', '2001-12-14', '<<', '=', '---'],
  ...['...', ' ', ' lead', 'trail ', '"', "'", ': ', 'a: b', ' #', '#x'],
  ...['- ', '-', '? ', '&anchor', '*alias', '!tag', '!!str', '%YAML 1.2'],
  ...['@', '`', '|', '>', '{a: 1}', '[1, 2]', ',', '\\', '\\n', '\\u2028'],
  ...['\n', '\r\n', '\r', '\t', '\0', '\u0007', '\u001b', '\u007f', '\u0085'],
  ...['\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\ud800'],
  ...['\udc00', '😀', 'é', 'ǅ', '\u{10ffff}', '${image_uri}', '<REGION>'],
];

/** Any string, with YAML's special words and characters far likelier than chance. */
const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_PIECES),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...HOSTILE_PIECES),
        fc.string({unit: 'binary', maxLength: 8}),
      ),
      {maxLength: 6},
    )
    .map((pieces) => pieces.join('')),
  fc.string({unit: 'grapheme', maxLength: 30}),
);

const yamlValue: fc.Arbitrary<YamlValue> = fc.letrec<{value: YamlValue}>(
  (tie) => ({
    value: fc.oneof(
      {depthSize: 'small', withCrossShrink: true},
      hostileString,
      fc.maxSafeInteger(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), {maxLength: 4}),
      fc.dictionary(hostileString, tie('value'), {maxKeys: 4}),
    ),
  }),
).value;

const hasPyYaml =
  spawnSync('python3', ['-c', 'import yaml'], {stdio: 'ignore'}).status === 0;

/** Each document parsed by PyYAML's safe_load, returned as JSON (surrogates kept). */
function pyYamlLoad(documents: readonly string[]): unknown[] {
  const script = [
    'import json, sys, yaml',
    'docs = json.load(sys.stdin)',
    'out = [yaml.safe_load(d) for d in docs]',
    // ensure_ascii keeps lone surrogates as \\udXXX escapes, which JSON.parse reads.
    'sys.stdout.write(json.dumps(out, ensure_ascii=True))',
  ].join('\n');
  const result = spawnSync('python3', ['-c', script], {
    input: JSON.stringify(documents),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(result.stderr);
  }
  return JSON.parse(result.stdout) as unknown[];
}

describe('quoteYamlString', () => {
  it("is JSON.stringify's text where that is printable ASCII", () => {
    expect(quoteYamlString('s3://bucket/a b')).toBe('"s3://bucket/a b"');
    expect(quoteYamlString('say "hi"\\\n\t')).toBe('"say \\"hi\\"\\\\\\n\\t"');
    expect(quoteYamlString('')).toBe('""');
  });

  it('escapes everything else, astral characters as one \\U escape', () => {
    expect(quoteYamlString('\u007f\u0085\u2028é')).toBe(
      '"\\u007F\\u0085\\u2028\\u00E9"',
    );
    expect(quoteYamlString('😀')).toBe('"\\U0001F600"');
    expect(quoteYamlString('\ud800')).toBe('"\\ud800"');
  });

  it('writes printable ASCII only, for any string', () => {
    fc.assert(
      fc.property(hostileString, (value) => {
        expect(quoteYamlString(value)).toMatch(/^"[\x20-\x7e]*"$/);
      }),
    );
  });
});

describe('yamlKey', () => {
  it('leaves identifiers plain and quotes the rest', () => {
    expect(yamlKey('max_jobs')).toBe('max_jobs');
    expect(yamlKey('build-context-store')).toBe('build-context-store');
    expect(yamlKey('on')).toBe('"on"');
    expect(yamlKey('Yes')).toBe('"Yes"');
    expect(yamlKey('null')).toBe('"null"');
    expect(yamlKey('a b')).toBe('"a b"');
    expect(yamlKey('-x')).toBe('"-x"');
    expect(yamlKey('1')).toBe('"1"');
    expect(yamlKey('')).toBe('""');
  });
});

describe('toYaml', () => {
  it('writes block maps and sequences, indented by two spaces', () => {
    expect(
      toYaml({
        queues: ['a', 'b'],
        n: 1,
        flag: false,
        none: null,
        skipped: undefined,
        nested: {type: 'aws', list: [{k: 'v', w: [1]}, []], empty: {}},
      }),
    ).toBe(
      [
        'queues:',
        '  - "a"',
        '  - "b"',
        '"n": 1',
        'flag: false',
        'none: null',
        'nested:',
        '  type: "aws"',
        '  list:',
        '    - k: "v"',
        '      w:',
        '        - 1',
        '    - []',
        '  empty: {}',
      ].join('\n'),
    );
  });

  it('refuses numbers YAML 1.1 and 1.2 would read differently', () => {
    expect(() => toYaml({x: 1.5})).toThrow(RangeError);
    expect(() => toYaml({x: 1e21})).toThrow(RangeError);
    expect(() => toYaml({x: Number.NaN})).toThrow(RangeError);
    expect(toYaml({x: -3})).toBe('x: -3');
  });

  it('parses back to the value, as YAML 1.2 and as YAML 1.1', () => {
    fc.assert(
      fc.property(yamlValue, (value) => {
        const text = toYaml(value);
        expect(parse12(text)).toEqual(value);
        expect(parse11(text)).toEqual(value);
      }),
      {numRuns: 500},
    );
  });

  it.skipIf(!hasPyYaml)(
    'parses back to the value with PyYAML, the agent’s parser',
    () => {
      const values = fc.sample(yamlValue, {numRuns: 500, seed: 14});
      const loaded = pyYamlLoad(values.map((value) => toYaml(value)));
      // PyYAML keeps `-0` as 0; JSON has no undefined: compare through JSON.
      expect(loaded).toEqual(JSON.parse(JSON.stringify(values)));
    },
  );
});
