import {describe, expect, it} from 'vitest';
import {
  MAX_STORED_VALUE_LENGTH,
  formatShareFragment,
  formatStoredForm,
  parseShareFragment,
  parseStoredForm,
} from './formState';
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

const EMPTY: FieldValues = {
  REGION: '',
  'ACCOUNT-ID': '',
  'YOUR-REPO-NAME': '',
  'BUCKET-NAME': '',
  'ARN-OF-ROLE-TO-PASS': '',
  'ARN-OF-KMS-KEY': '',
};

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
});
