import {describe, expect, it} from 'vitest';
import {EMPTY_VALUES} from '../fields';
import type {FieldId, IssueCode} from '../types';
import {validValues} from './all';
import {codesOf, itAccepts, messageOf} from './testing';

describe('INSTANCE-COUNT', () => {
  itAccepts('INSTANCE-COUNT', 'accepts %j', ['1', '2', '64', '2147483647']);

  it.each<[string, IssueCode, RegExp]>([
    ['0', 'integer-range', /from 1 to 2,147,483,647.*“0” is not/],
    ['-1', 'integer-range', /from 1/],
    ['2147483648', 'integer-range', /2,147,483,647/],
    ['1.5', 'integer-format', /whole number.*“1\.5” is not/],
    ['1e3', 'integer-format', /whole number/],
    ['1,000', 'integer-format', /without separators: 1000/],
    ['one', 'integer-format', /digits only/],
    ['0x10', 'integer-format', /digits only/],
    ['+1', 'integer-format', /digits only/],
    ['1'.repeat(25), 'integer-format', /25 characters long/],
  ])('refuses %j', (value, code, message) => {
    expect(codesOf('INSTANCE-COUNT', value)).toEqual([code]);
    expect(messageOf('INSTANCE-COUNT', value)).toMatch(message);
  });
});

describe('VOLUME-SIZE-GB', () => {
  itAccepts('VOLUME-SIZE-GB', 'accepts %j', ['1', '2', '100', '16384']);
  it.each(['0', '16385', '-5'])('refuses %j as out of range', (value) => {
    expect(codesOf('VOLUME-SIZE-GB', value)).toEqual(['integer-range']);
    expect(messageOf('VOLUME-SIZE-GB', value)).toMatch(/1 to 16,384/);
  });
});

describe('MAX-RUNTIME-SECONDS', () => {
  // 28 days is SageMaker's limit.
  itAccepts('MAX-RUNTIME-SECONDS', 'accepts %j', [
    '1',
    '3600',
    String(28 * 24 * 3600),
  ]);
  it.each(['0', String(28 * 24 * 3600 + 1)])(
    'refuses %j as out of range',
    (value) => {
      expect(codesOf('MAX-RUNTIME-SECONDS', value)).toEqual(['integer-range']);
      expect(messageOf('MAX-RUNTIME-SECONDS', value)).toMatch(/28 days/);
    },
  );
});

describe('MAX-JOBS', () => {
  itAccepts('MAX-JOBS', 'accepts %j', ['-1', '1', '8', '9007199254740991']);

  it.each<[string, RegExp]>([
    ['0', /never start a job.*-1 for no limit/],
    ['-2', /-1 \(no limit\) or a whole number from 1/],
    ['9007199254740992', /9,007,199,254,740,991/],
  ])('refuses %j', (value, message) => {
    expect(codesOf('MAX-JOBS', value)).toEqual(['integer-range']);
    expect(messageOf('MAX-JOBS', value)).toMatch(message);
  });
});

describe('every whole-number field', () => {
  const FIELDS: readonly FieldId[] = [
    'INSTANCE-COUNT',
    'VOLUME-SIZE-GB',
    'MAX-RUNTIME-SECONDS',
    'MAX-JOBS',
  ];

  it.each(FIELDS)('%s: gives the number without leading zeros', (field) => {
    const values = {...EMPTY_VALUES, [field]: ' 0010 '};
    expect(validValues(values, undefined, [field])[field]).toBe('10');
  });

  it.each(FIELDS)('%s: refuses hostile strings as errors', (field) => {
    for (const value of ['１', '1\u200b', '٣', '1 000', '1\n2', '∞', '*']) {
      expect(codesOf(field, value).length).toBeGreaterThan(0);
      expect(validValues({...EMPTY_VALUES, [field]: value})[field]).toBe(
        undefined,
      );
    }
  });
});
