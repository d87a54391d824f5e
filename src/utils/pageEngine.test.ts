import {describe, expect, it, vi} from 'vitest';
import {DEFAULT_OPTIONS} from './policy/options';
import {EMPTY_VALUES} from './policy/fields';
import {pageEngine} from './pageEngine';

const builtForm = {values: EMPTY_VALUES, options: DEFAULT_OPTIONS};

describe('pageEngine', () => {
  it('loads nothing until asked', () => {
    const load = vi.fn(() => Promise.resolve(() => 'result'));
    const engine = pageEngine(load, builtForm);
    expect(load).not.toHaveBeenCalled();
    expect(engine.current()).toBeUndefined();
  });

  it('generates once per change, and the built form’s result once', async () => {
    const generate = vi.fn((values: typeof EMPTY_VALUES) => ({
      region: values.REGION,
    }));
    const engine = await pageEngine(
      () => Promise.resolve(generate),
      builtForm,
    ).load();
    const values = {...EMPTY_VALUES, REGION: 'eu-west-1'};
    const first = engine.generate(values, DEFAULT_OPTIONS);
    expect(engine.generate(values, DEFAULT_OPTIONS)).toBe(first);
    expect(first).toEqual({region: 'eu-west-1'});
    expect(engine.built()).toEqual({region: ''});
    expect(engine.built()).toBe(engine.built());
    expect(generate).toHaveBeenCalledTimes(2);
  });
});
