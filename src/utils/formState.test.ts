import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  MAX_STORED_VALUE_LENGTH,
  formatShareLink,
  formatStoredForm,
  holdsForm,
  isDecodableFragment,
  parseShareLink,
  parseStoredForm,
  replacedByLink,
  toInputValue,
} from './formState';
import {
  DEFAULT_OPTIONS,
  EMPTY_VALUES,
  FIELD_IDS,
  allOptionCombinations,
} from './policy';
import type {FieldId, FieldValues} from './policy/types';

const FILLED: FieldValues = {
  ...EMPTY_VALUES,
  REGION: 'us-east-1',
  'ACCOUNT-ID': '012345678901',
  'YOUR-REPO-NAME': 'team/web-app',
  'BUCKET-NAME': 'my-bucket',
  'ARN-OF-ROLE-TO-PASS': 'arn:aws:iam::012345678901:role/path/Exec',
  'ARN-OF-KMS-KEY':
    'arn:aws:kms:us-east-1:012345678901:key/1234abcd-12ab-34cd-56ef-1234567890ab',
};

const EMPTY = EMPTY_VALUES;

const HOSTILE: FieldValues = {
  ...FILLED,
  'YOUR-REPO-NAME': 'a&b=c#d%e+f "g" </script> é ‮',
  'BUCKET-NAME': 'builder=noop&kms-grant=off',
  'ARN-OF-KMS-KEY': '&least-privilege=on#?%00=',
};

/** The options part of a link with the default options, written out by hand. */
const DEFAULT_OPTIONS_PARAMS =
  'builder=kaniko&least-privilege=off&kms-grant=on&pass-role-to-sagemaker-only=off&agent-runs-on=ec2';

/** The values a share link holds, for links that hold no options. */
const valuesOf = (hash: string) => {
  const {values, options} = parseShareLink(hash);
  expect(options).toEqual({});
  return values;
};

describe('share link', () => {
  it('writes the placeholder names as keys, URL-encoded, in page order, then every option', () => {
    expect(formatShareLink(FILLED, DEFAULT_OPTIONS)).toBe(
      '#REGION=us-east-1&ACCOUNT-ID=012345678901&YOUR-REPO-NAME=team%2Fweb-app&BUCKET-NAME=my-bucket' +
        '&ARN-OF-ROLE-TO-PASS=arn%3Aaws%3Aiam%3A%3A012345678901%3Arole%2Fpath%2FExec' +
        '&ARN-OF-KMS-KEY=arn%3Aaws%3Akms%3Aus-east-1%3A012345678901%3Akey%2F1234abcd-12ab-34cd-56ef-1234567890ab' +
        `&${DEFAULT_OPTIONS_PARAMS}`,
    );
  });

  it('writes every option with its own key, whatever its value', () => {
    expect(
      formatShareLink(EMPTY, {
        builder: 'noop',
        leastPrivilege: true,
        includeKmsGrant: false,
        restrictPassRole: true,
        agentHost: 'eks-irsa',
      }),
    ).toBe(
      '#builder=noop&least-privilege=on&kms-grant=off&pass-role-to-sagemaker-only=on&agent-runs-on=eks-irsa',
    );
  });

  it('leaves out empty fields, and holds only the options for an empty form', () => {
    expect(
      formatShareLink({...EMPTY, REGION: 'eu-west-1'}, DEFAULT_OPTIONS),
    ).toBe(`#REGION=eu-west-1&${DEFAULT_OPTIONS_PARAMS}`);
    expect(formatShareLink(EMPTY, DEFAULT_OPTIONS)).toBe(
      `#${DEFAULT_OPTIONS_PARAMS}`,
    );
  });

  it('reads the links written before options were in them, with no options', () => {
    expect(
      parseShareLink(
        '#REGION=us-east-1&ACCOUNT-ID=012345678901&YOUR-REPO-NAME=team%2Fweb-app',
      ),
    ).toEqual({
      values: {
        REGION: 'us-east-1',
        'ACCOUNT-ID': '012345678901',
        'YOUR-REPO-NAME': 'team/web-app',
      },
      options: {},
    });
  });

  it('reads options, and ignores values it does not know', () => {
    expect(
      parseShareLink(
        '#builder=docker&least-privilege=on&kms-grant=off&pass-role-to-sagemaker-only=on&agent-runs-on=assume-role',
      ),
    ).toEqual({
      values: {},
      options: {
        builder: 'docker',
        leastPrivilege: true,
        includeKmsGrant: false,
        restrictPassRole: true,
        agentHost: 'assume-role',
      },
    });
    expect(
      parseShareLink(
        '#REGION=us-east-1&builder=podman&least-privilege=yes&kms-grant=true&pass-role-to-sagemaker-only=ON&includeKanikoS3=off&leastPrivilege=on',
      ),
    ).toEqual({values: {REGION: 'us-east-1'}, options: {}});
    expect(parseShareLink('#builder=&kms-grant=off&builder=Kaniko')).toEqual({
      values: {},
      options: {includeKmsGrant: false},
    });
  });

  it('tells a link that holds the form from one that does not', () => {
    expect(holdsForm(parseShareLink('#permissions'))).toBe(false);
    expect(holdsForm(parseShareLink('#builder=podman'))).toBe(false);
    expect(holdsForm(parseShareLink('#kms-grant=off'))).toBe(true);
    expect(holdsForm(parseShareLink('#REGION=us-east-1'))).toBe(true);
  });

  it.each(allOptionCombinations())(
    'reads back what it writes for %o, which no value can override',
    (options) => {
      for (const values of [FILLED, HOSTILE]) {
        expect(parseShareLink(formatShareLink(values, options))).toEqual({
          // A link leaves out the fields left empty.
          values: Object.fromEntries(
            Object.entries(values).filter(([, value]) => value !== ''),
          ),
          options,
        });
      }
      expect(parseShareLink(formatShareLink(EMPTY, options)).values).toEqual(
        {},
      );
    },
  );

  it('reads back any value as a text input would hold it, with any options', () => {
    const text = fc.oneof(
      fc.string({unit: 'grapheme', maxLength: 20}),
      fc.constantFrom(
        '&',
        '=',
        '#',
        '%',
        '+',
        ' ',
        '%E0',
        '\n',
        'builder=noop',
      ),
      fc.string({maxLength: 5000}),
    );
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(FIELD_IDS.map((id) => [id, text])) as Record<
            FieldId,
            typeof text
          >,
        ),
        fc.constantFrom(...allOptionCombinations()),
        (values, options) => {
          const expected = Object.fromEntries(
            FIELD_IDS.filter((id) => values[id] !== '').map((id) => [
              id,
              toInputValue(values[id]),
            ]),
          );
          expect(parseShareLink(formatShareLink(values, options))).toEqual({
            values: expected,
            options,
          });
        },
      ),
      {numRuns: 200},
    );
  });

  it('ignores unknown keys, pairs without a value, and undecodable text', () => {
    expect(
      valuesOf('#REGION=us-east-1&evil=1&=x&ACCOUNT-ID&BUCKET-NAME=%E0%A4%A'),
    ).toEqual({REGION: 'us-east-1'});
    expect(parseShareLink('#builder=%E0%A4%A&kms-grant')).toEqual({
      values: {},
      options: {},
    });
  });

  it('keeps the last of duplicate keys, like URLSearchParams', () => {
    expect(valuesOf('#REGION=us-east-1&REGION=eu-west-1')).toEqual({
      REGION: 'eu-west-1',
    });
    expect(parseShareLink('#builder=docker&builder=noop').options.builder).toBe(
      'noop',
    );
  });

  it('reads + as a space, as form encoding does', () => {
    expect(valuesOf('BUCKET-NAME=a+b')).toEqual({
      'BUCKET-NAME': 'a b',
    });
  });

  it('cuts very long values so no later step works on megabytes', () => {
    const parsed = valuesOf(`#REGION=${'a'.repeat(100_000)}`);
    expect(parsed.REGION).toHaveLength(MAX_STORED_VALUE_LENGTH);
  });

  // Found by e2e/fuzz.spec.ts: a text input cannot hold a line break, so the
  // form showed "us-east-1" while it checked "us-\neast-1" and refused it.
  it('drops line breaks, as a text input does with its value', () => {
    expect(valuesOf('#REGION=us-%0Aeast-1%0D%0A&BUCKET-NAME=a%0Db')).toEqual({
      REGION: 'us-east-1',
      'BUCKET-NAME': 'ab',
    });
  });

  // Found by e2e/fuzz.spec.ts: encodeURIComponent throws on a lone
  // surrogate, so "Copy share link" failed for a value from a tampered record.
  it('writes a lone surrogate as U+FFFD instead of throwing', () => {
    const values = {...EMPTY, REGION: 'a\ud800b', 'BUCKET-NAME': 'c\udfff'};
    expect(formatShareLink(values, DEFAULT_OPTIONS)).toBe(
      `#REGION=a%EF%BF%BDb&BUCKET-NAME=c%EF%BF%BD&${DEFAULT_OPTIONS_PARAMS}`,
    );
    expect(formatShareLink({...EMPTY, REGION: '😀'}, DEFAULT_OPTIONS)).toBe(
      `#REGION=%F0%9F%98%80&${DEFAULT_OPTIONS_PARAMS}`,
    );
  });

  it('never cuts a long value inside a surrogate pair', () => {
    const value = `${'a'.repeat(MAX_STORED_VALUE_LENGTH - 1)}😀`;
    expect(toInputValue(value)).toBe('a'.repeat(MAX_STORED_VALUE_LENGTH - 1));
    expect(() =>
      formatShareLink({...EMPTY, REGION: toInputValue(value)}, DEFAULT_OPTIONS),
    ).not.toThrow();
  });

  it('tells fragments that do not percent-decode from those that do', () => {
    expect(isDecodableFragment('#%E0%A4%A')).toBe(false);
    expect(isDecodableFragment('#REGION=100%')).toBe(false);
    expect(isDecodableFragment('#permissions')).toBe(true);
    expect(isDecodableFragment('#REGION=us-east-1&ACCOUNT-ID=%31')).toBe(true);
    expect(isDecodableFragment('')).toBe(true);
  });
});

describe('what a share link replaced', () => {
  it('names the filled values it changed, and the options', () => {
    const linked = {
      ...EMPTY,
      REGION: 'eu-west-1',
      'ACCOUNT-ID': FILLED['ACCOUNT-ID'],
    };
    expect(
      replacedByLink(
        {values: FILLED, options: {...DEFAULT_OPTIONS, leastPrivilege: true}},
        {values: linked, options: DEFAULT_OPTIONS},
      ),
    ).toBe(
      'The link replaced your values of <REGION>, <YOUR-REPO-NAME>, <BUCKET-NAME>, <ARN-OF-ROLE-TO-PASS>, <ARN-OF-KMS-KEY> and your options.',
    );
    expect(
      replacedByLink(
        {values: {...EMPTY, 'BUCKET-NAME': 'b'}, options: DEFAULT_OPTIONS},
        {values: linked, options: DEFAULT_OPTIONS},
      ),
    ).toBe('The link replaced your value of <BUCKET-NAME>.');
  });

  it('says nothing when it replaced nothing the reader had', () => {
    expect(
      replacedByLink(
        {values: EMPTY, options: DEFAULT_OPTIONS},
        {values: FILLED, options: DEFAULT_OPTIONS},
      ),
    ).toBeUndefined();
    expect(
      replacedByLink(
        {values: FILLED, options: DEFAULT_OPTIONS},
        {values: FILLED, options: DEFAULT_OPTIONS},
      ),
    ).toBeUndefined();
  });
});

describe('stored form', () => {
  it.each(allOptionCombinations())(
    'reads back what it writes for %o',
    (options) => {
      for (const values of [FILLED, HOSTILE, EMPTY]) {
        const stored = parseStoredForm(formatStoredForm(values, options));
        expect(stored.values).toEqual(values);
        expect(stored.options).toEqual(options);
      }
    },
  );

  it('reads a record from before the builder choice without S3 as the Docker builder', () => {
    const legacy = (options: Record<string, unknown>) =>
      parseStoredForm(JSON.stringify({values: {}, options})).options;
    expect(
      legacy({
        includeKanikoS3: false,
        includeKmsGrant: true,
        restrictPassRole: true,
        agentHost: 'ec2',
      }),
    ).toEqual({
      builder: 'docker',
      includeKmsGrant: true,
      restrictPassRole: true,
      agentHost: 'ec2',
    });
    // With S3 it was the Kaniko builder, the default: nothing to restore.
    expect(legacy({includeKanikoS3: true, includeKmsGrant: false})).toEqual({
      includeKmsGrant: false,
    });
    // A record that names its builder is newer: the builder wins.
    expect(legacy({includeKanikoS3: false, builder: 'noop'})).toEqual({
      builder: 'noop',
    });
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{"values": '],
    ['JSON but not an object', '42'],
    ['null', 'null'],
    ['wrong shapes', '{"values": [1, 2], "options": "yes"}'],
  ])('gives an empty record for %s', (_, stored) => {
    expect(parseStoredForm(stored)).toEqual({values: {}, options: {}});
  });

  it('keeps only known fields with string values and options with booleans', () => {
    const tampered = JSON.stringify({
      values: {
        REGION: 'us-east-1',
        'ACCOUNT-ID': 123,
        __proto__: 'x',
        extra: 'y',
      },
      options: {
        includeKanikoS3: 'false',
        builder: 'podman',
        leastPrivilege: 1,
        restrictPassRole: true,
        other: true,
      },
    });
    expect(parseStoredForm(tampered)).toEqual({
      values: {REGION: 'us-east-1'},
      options: {restrictPassRole: true},
    });
  });

  it('drops line breaks and cuts long values, as for share links', () => {
    const stored = JSON.stringify({
      values: {REGION: 'us-east-1\n', 'YOUR-REPO-NAME': 'a'.repeat(100_000)},
    });
    const {values} = parseStoredForm(stored);
    expect(values.REGION).toBe('us-east-1');
    expect(values['YOUR-REPO-NAME']).toHaveLength(MAX_STORED_VALUE_LENGTH);
  });
});
