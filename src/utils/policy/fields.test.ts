import {describe, expect, it} from 'vitest';
import {
  EMPTY_VALUES,
  FIELD_IDS,
  FIELD_NAMES,
  FIELD_SPECS,
  FIELDS,
  placeholderOf,
} from './fields';

describe('the field table', () => {
  it('lists the page placeholders in the order the page introduces them', () => {
    expect(FIELD_IDS).toEqual([
      'REGION',
      'ACCOUNT-ID',
      'YOUR-REPO-NAME',
      'BUCKET-NAME',
      'ARN-OF-ROLE-TO-PASS',
      'ARN-OF-KMS-KEY',
    ]);
  });

  it('derives every lookup from its rows', () => {
    expect(Object.keys(EMPTY_VALUES)).toEqual(FIELD_IDS);
    expect(Object.values(EMPTY_VALUES)).toEqual(FIELD_IDS.map(() => ''));
    for (const field of FIELDS) {
      expect(FIELD_SPECS[field.id]).toBe(field);
      expect(FIELD_NAMES[field.id]).toBe(field.label);
    }
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(EMPTY_VALUES)).toBe(true);
    expect(Object.isFrozen(FIELD_NAMES)).toBe(true);
    expect(Object.isFrozen(FIELD_SPECS)).toBe(true);
  });
});

it('placeholderOf writes the page placeholders', () => {
  expect(FIELD_IDS.map(placeholderOf)).toEqual([
    '<REGION>',
    '<ACCOUNT-ID>',
    '<YOUR-REPO-NAME>',
    '<BUCKET-NAME>',
    '<ARN-OF-ROLE-TO-PASS>',
    '<ARN-OF-KMS-KEY>',
  ]);
});
