import {describe, expect, it} from 'vitest';
import {formatCount} from './format';

describe('formatCount', () => {
  it.each<[number, string]>([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [6144, '6,144'],
    [100000, '100,000'],
    [1234567, '1,234,567'],
  ])('writes %d as %s', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });

  it('rounds to a whole number first', () => {
    expect(formatCount(1234.4)).toBe('1,234');
    expect(formatCount(999.5)).toBe('1,000');
  });
});
