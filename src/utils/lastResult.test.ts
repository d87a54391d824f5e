import {describe, expect, it, vi} from 'vitest';
import {rememberLast} from './lastResult';

describe('rememberLast', () => {
  it('generates once for the same arguments, again when either changes', () => {
    const generate = vi.fn((a: {n: number}, b: {m: number}) => a.n + b.m);
    const remembered = rememberLast(generate);
    const a = {n: 1};
    const b = {m: 2};
    expect(remembered(a, b)).toBe(3);
    expect(remembered(a, b)).toBe(3);
    expect(generate).toHaveBeenCalledTimes(1);
    expect(remembered({n: 1}, b)).toBe(3);
    expect(remembered({n: 1}, {m: 5})).toBe(6);
    expect(generate).toHaveBeenCalledTimes(3);
  });

  it('remembers nothing from a call that threw', () => {
    let fail = true;
    const remembered = rememberLast((a: object, b: object) => {
      if (fail) {
        throw new Error('generator failed');
      }
      return [a, b];
    });
    const a = {};
    const b = {};
    expect(() => remembered(a, b)).toThrow('generator failed');
    fail = false;
    expect(remembered(a, b)).toEqual([a, b]);
  });
});
