import {describe, expect, it} from 'vitest';
import {DEFAULT_OPTIONS} from './policy/options';
import {EMPTY_VALUES} from './policy/fields';
import {sameForm} from './sameForm';

const form = {values: EMPTY_VALUES, options: DEFAULT_OPTIONS};

describe('sameForm', () => {
  it('holds for equal values and options in other objects', () => {
    expect(
      sameForm(form, {
        values: {...EMPTY_VALUES},
        options: {...DEFAULT_OPTIONS},
      }),
    ).toBe(true);
  });

  it('fails for one value or one option changed', () => {
    expect(
      sameForm(form, {
        values: {...EMPTY_VALUES, 'ACCOUNT-ID': '1'},
        options: DEFAULT_OPTIONS,
      }),
    ).toBe(false);
    expect(
      sameForm(form, {
        values: EMPTY_VALUES,
        options: {
          ...DEFAULT_OPTIONS,
          leastPrivilege: !DEFAULT_OPTIONS.leastPrivilege,
        },
      }),
    ).toBe(false);
  });
});
