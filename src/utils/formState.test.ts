import {describe, expect, it} from 'vitest';
import {
  MAX_STORED_VALUE_LENGTH,
  formatShareFragment,
  formatStoredForm,
  isDecodableFragment,
  parseShareFragment,
  parseStoredForm,
  toInputValue,
} from './formState';
import {EMPTY_VALUES} from './policy';
import type {FieldValues} from './policy/types';

const FILLED: FieldValues = {
  REGION: 'us-east-1',
  'ACCOUNT-ID': '012345678901',
  'YOUR-REPO-NAME': 'team/web-app',
  'BUCKET-NAME': 'my-bucket',
  'ARN-OF-ROLE-TO-PASS': 'arn:aws:iam::012345678901:role/path/Exec',
  'ARN-OF-KMS-KEY':
    'arn:aws:kms:us-east-1:012345678901:key/1234abcd-12ab-34cd-56ef-1234567890ab',
};

const EMPTY = EMPTY_VALUES;

describe('share fragment', () => {
  it('writes the placeholder names as keys, URL-encoded, in page order', () => {
    expect(formatShareFragment(FILLED)).toBe(
      '#REGION=us-east-1&ACCOUNT-ID=012345678901&YOUR-REPO-NAME=team%2Fweb-app&BUCKET-NAME=my-bucket' +
        '&ARN-OF-ROLE-TO-PASS=arn%3Aaws%3Aiam%3A%3A012345678901%3Arole%2Fpath%2FExec' +
        '&ARN-OF-KMS-KEY=arn%3Aaws%3Akms%3Aus-east-1%3A012345678901%3Akey%2F1234abcd-12ab-34cd-56ef-1234567890ab',
    );
  });

  it('leaves out empty fields, and is empty for an empty form', () => {
    expect(formatShareFragment({...EMPTY, REGION: 'eu-west-1'})).toBe(
      '#REGION=eu-west-1',
    );
    expect(formatShareFragment(EMPTY)).toBe('');
  });

  it('reads back what it writes, whatever the values hold', () => {
    const hostile: FieldValues = {
      ...FILLED,
      'YOUR-REPO-NAME': 'a&b=c#d%e+f "g" </script> é ‮',
    };
    expect(parseShareFragment(formatShareFragment(hostile))).toEqual(hostile);
  });

  it('ignores unknown keys, pairs without a value, and undecodable text', () => {
    expect(
      parseShareFragment(
        '#REGION=us-east-1&evil=1&=x&ACCOUNT-ID&BUCKET-NAME=%E0%A4%A',
      ),
    ).toEqual({REGION: 'us-east-1'});
  });

  it('keeps the last of duplicate keys, like URLSearchParams', () => {
    expect(parseShareFragment('#REGION=us-east-1&REGION=eu-west-1')).toEqual({
      REGION: 'eu-west-1',
    });
  });

  it('reads + as a space, as form encoding does', () => {
    expect(parseShareFragment('BUCKET-NAME=a+b')).toEqual({
      'BUCKET-NAME': 'a b',
    });
  });

  it('cuts very long values so no later step works on megabytes', () => {
    const parsed = parseShareFragment(`#REGION=${'a'.repeat(100_000)}`);
    expect(parsed.REGION).toHaveLength(MAX_STORED_VALUE_LENGTH);
  });

  // Found by e2e/fuzz.spec.ts: a text input cannot hold a line break, so the
  // form showed "us-east-1" while it checked "us-\neast-1" and refused it.
  it('drops line breaks, as a text input does with its value', () => {
    expect(
      parseShareFragment('#REGION=us-%0Aeast-1%0D%0A&BUCKET-NAME=a%0Db'),
    ).toEqual({REGION: 'us-east-1', 'BUCKET-NAME': 'ab'});
  });

  // Found by e2e/fuzz.spec.ts: encodeURIComponent throws on a lone
  // surrogate, so "Copy share link" failed for a value from a tampered record.
  it('writes a lone surrogate as U+FFFD instead of throwing', () => {
    const values = {...EMPTY, REGION: 'a\ud800b', 'BUCKET-NAME': 'c\udfff'};
    expect(formatShareFragment(values)).toBe(
      '#REGION=a%EF%BF%BDb&BUCKET-NAME=c%EF%BF%BD',
    );
    expect(formatShareFragment({...EMPTY, REGION: '😀'})).toBe(
      '#REGION=%F0%9F%98%80',
    );
  });

  it('never cuts a long value inside a surrogate pair', () => {
    const value = `${'a'.repeat(MAX_STORED_VALUE_LENGTH - 1)}😀`;
    expect(toInputValue(value)).toBe('a'.repeat(MAX_STORED_VALUE_LENGTH - 1));
    expect(() =>
      formatShareFragment({...EMPTY, REGION: toInputValue(value)}),
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

describe('stored form', () => {
  const options = {
    includeKanikoS3: false,
    includeKmsGrant: true,
    restrictPassRole: true,
  };

  it('reads back what it writes', () => {
    expect(parseStoredForm(formatStoredForm(FILLED, options))).toEqual({
      values: FILLED,
      options,
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
      options: {includeKanikoS3: 'false', restrictPassRole: true, other: true},
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
