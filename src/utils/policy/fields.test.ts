import {describe, expect, it} from 'vitest';
import {
  EMPTY_VALUES,
  FIELD_IDS,
  FIELD_NAMES,
  FIELD_SPECS,
  placeholderOf,
} from './fields';

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
    for (const id of FIELD_IDS) {
      expect(FIELD_SPECS[id].id).toBe(id);
      expect(FIELD_NAMES[id]).toBe(FIELD_SPECS[id].label);
    }
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(EMPTY_VALUES)).toBe(true);
    expect(Object.isFrozen(FIELD_NAMES)).toBe(true);
    expect(Object.isFrozen(FIELD_SPECS)).toBe(true);
  });
});
