import {format} from '@cdktf/hcl-tools';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {HclBody, TemplatePart} from './hcl';
import {hclKey, hclString, hclTemplate, renderHcl} from './hcl';
import {parseHcl, resolveTemplate} from './testing/tfSchema';

/** What a user could paste that means something to HCL, a shell or a reader. */
const HOSTILE = [
  '"',
  '\\',
  '\\"',
  '${',
  '${var.x}',
  '$${',
  '$',
  '$$',
  '%{',
  '%{ if true }x%{ endif }',
  '%%{',
  '%',
  '{',
  '}',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u202e',
  '\u200b',
  '\ufeff',
  'é',
  'e\u0301',
  '\u212b',
  '🙂',
  '<REGION>',
  '#',
  '//',
  '/*',
  '*/',
  '<<EOT',
  'EOT',
  ' = ',
  'x = 1',
];

const hostileString = fc
  .array(
    fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.string({maxLength: 6}),
      fc.string({unit: 'grapheme', maxLength: 4}),
    ),
    {maxLength: 8},
  )
  .map((parts) => parts.join(''));

const noReferences = (ref: string): string => {
  throw new Error(`Unexpected interpolation of ${ref}`);
};

/** HCL reads every string NFC-normalized (hclsyntax), as Terraform does. */
const asRead = (text: string) => text.normalize('NFC');

/** The literal text written right before `parts[index]`, all adjacent literals together. */
const literalBefore = (parts: readonly TemplatePart[], index: number) => {
  let text = '';
  for (let at = index - 1; at >= 0; at -= 1) {
    const part = parts[at];
    if (typeof part !== 'string') break;
    text = part + text;
  }
  return text;
};

describe('hclString', () => {
  it('escapes quotes, backslashes, line breaks and tabs', () => {
    expect(hclString('a"b\\c\nd\re\tf')).toBe('"a\\"b\\\\c\\nd\\re\\tf"');
  });

  it('doubles template sequences so nothing is interpolated', () => {
    expect(hclString('${var.x} %{ if true }')).toBe(
      '"$${var.x} %%{ if true }"',
    );
    expect(hclString('$${')).toBe('"$$${"');
    expect(hclString('$ % {')).toBe('"$ % {"');
  });

  it('writes invisible and control characters as \\u escapes', () => {
    expect(hclString('\u0000\u001b\u007f\u202e\u2028\ufeff')).toBe(
      '"\\u0000\\u001B\\u007F\\u202E\\u2028\\uFEFF"',
    );
    expect(hclString('é🙂')).toBe('"é🙂"');
  });

  it('refuses a lone surrogate, which no HCL string can hold', () => {
    expect(() => hclString('a\ud800')).toThrow(RangeError);
  });

  it('parses back to the value, whatever it holds', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (value) => {
        const text = `value = ${hclString(value)}\n`;
        const parsed = await parseHcl(text);
        // One attribute: nothing in the value started another.
        expect(Object.keys(parsed)).toEqual(['value']);
        expect(resolveTemplate(parsed.value as string, noReferences)).toBe(
          asRead(value),
        );
        // Already as the formatter writes it.
        expect(await format(text)).toBe(text);
      }),
      {numRuns: 150},
    );
  }, 20_000);
});

describe('hclKey', () => {
  it('leaves identifiers bare and quotes the rest', () => {
    expect(hclKey('Statement')).toBe('Statement');
    expect(hclKey('aws:SourceArn')).toBe('"aws:SourceArn"');
    expect(hclKey('for')).toBe('"for"');
    expect(hclKey('null')).toBe('"null"');
    expect(hclKey('9lives')).toBe('"9lives"');
  });

  it('parses back to the key, whatever it holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(hostileString, {
          minLength: 1,
          maxLength: 4,
          selector: asRead,
        }),
        async (keys) => {
          const text = renderHcl(
            [],
            [
              {
                name: 'value',
                value: {
                  object: keys.map((key, index) => [key, index] as const),
                },
              },
            ],
          );
          const parsed = await parseHcl(text);
          const object = parsed.value as Record<string, number>;
          const read = Object.fromEntries(
            Object.entries(object).map(([key, index]) => [
              resolveTemplate(key, noReferences),
              index,
            ]),
          );
          expect(read).toEqual(
            Object.fromEntries(keys.map((key, index) => [asRead(key), index])),
          );
          expect(await format(text)).toBe(text);
        },
      ),
      {numRuns: 150},
    );
  }, 20_000);
});

describe('hclTemplate', () => {
  const refs: Readonly<Record<string, string>> = {
    'var.region': 'us-east-1',
    'data.aws_partition.current.partition': 'aws-cn',
  };
  const resolve = (ref: string) => {
    const value = refs[ref];
    if (value === undefined) throw new Error(`Unknown reference ${ref}`);
    return value;
  };

  it('interpolates only the references it is given', async () => {
    const text = `value = ${hclTemplate(['arn:', {ref: 'data.aws_partition.current.partition'}, ':${x}:', {ref: 'var.region'}])}\n`;
    expect(text).toBe(
      'value = "arn:${data.aws_partition.current.partition}:$${x}:${var.region}"\n',
    );
    const parsed = await parseHcl(text);
    expect(resolveTemplate(parsed.value as string, resolve)).toBe(
      'arn:aws-cn:${x}:us-east-1',
    );
  });

  it('writes a $ right before an interpolation as \\u0024, not as the $${ escape', () => {
    expect(hclTemplate(['cost$', {ref: 'var.region'}])).toBe(
      '"cost\\u0024${var.region}"',
    );
  });

  it('escapes literals written apart as one, so they cannot form ${ or $${ together', () => {
    expect(hclTemplate(['$', '', {ref: 'var.region'}])).toBe(
      '"\\u0024${var.region}"',
    );
    expect(hclTemplate(['$', '{x}', {ref: 'var.region'}])).toBe(
      '"$${x}${var.region}"',
    );
  });

  it('parses back to its literals and references, whatever the literals hold', async () => {
    const part: fc.Arbitrary<TemplatePart> = fc.oneof(
      hostileString,
      fc.constantFrom(...Object.keys(refs)).map((ref) => ({ref})),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(part, {maxLength: 6}), async (parts) => {
        // hcl2json prints a literal $ before an interpolation as "$${",
        // which reads as an escape: its output cannot show that case (the
        // unit test above covers how it is written).
        fc.pre(
          !parts.some(
            (item, index) =>
              typeof item === 'object' &&
              literalBefore(parts, index).endsWith('$'),
          ),
        );
        const text = `value = ${hclTemplate(parts)}\n`;
        const parsed = await parseHcl(text);
        expect(Object.keys(parsed)).toEqual(['value']);
        const expected = parts
          .map((item) =>
            typeof item === 'string' ? asRead(item) : resolve(item.ref),
          )
          .join('');
        const value = parsed.value;
        expect(
          typeof value === 'string' ? resolveTemplate(value, resolve) : value,
        ).toBe(expected);
        expect(await format(text)).toBe(text);
      }),
      {numRuns: 150},
    );
  }, 20_000);
});

describe('renderHcl layout', () => {
  const body: HclBody = [
    {
      type: 'resource',
      labels: ['aws_iam_role', 'x'],
      body: [
        {name: 'name', value: 'a'},
        {name: 'path', value: '/'},
        {name: 'max_session_duration', value: 3600},
        {
          name: 'assume_role_policy',
          value: {
            call: 'jsonencode',
            args: [
              {
                object: [
                  ['Version', '2012-10-17'],
                  [
                    'Statement',
                    [
                      {
                        object: [
                          ['Effect', 'Allow'],
                          ['Action', ['a', 'b']],
                          ['Resource', '*'],
                        ],
                      },
                    ],
                  ],
                  ['x', true],
                ],
              },
            ],
          },
        },
        {name: 'after', value: {expr: 'var.x'}},
        null,
        {name: 'long_name_after_blank', value: ['one']},
        {name: 'b', value: []},
        {type: 'lifecycle', body: []},
        {name: 'c', value: {object: []}},
      ],
    },
  ];
  const text = renderHcl(['One line.', 'Another.'], body);

  it('aligns = in each run of one-line attributes, as terraform fmt does', () => {
    expect(text).toContain(
      [
        '  name                 = "a"',
        '  path                 = "/"',
        '  max_session_duration = 3600',
        '  assume_role_policy = jsonencode({',
      ].join('\n'),
    );
    // A multi-line value, a blank line and a block each end a run.
    expect(text).toContain('  })\n  after = var.x\n');
    expect(text).toContain(
      '  long_name_after_blank = ["one"]\n  b                     = []\n  lifecycle {}\n  c = {}\n',
    );
    expect(
      text.startsWith(
        '# One line.\n# Another.\n\nresource "aws_iam_role" "x" {\n',
      ),
    ).toBe(true);
  });

  it('is exactly what hclwrite (terraform fmt) writes', async () => {
    expect(await format(text)).toBe(text);
  });

  it('refuses a comment that would break its line', () => {
    expect(() => renderHcl(['a\nb = 1'], [])).toThrow();
  });
});
