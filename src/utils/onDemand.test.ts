import {describe, expect, it, vi} from 'vitest';
import {onDemand} from './onDemand';

describe('onDemand', () => {
  it('imports nothing until asked, then once for every caller', async () => {
    const importer = vi.fn(() => Promise.resolve(42));
    const code = onDemand(importer);
    expect(importer).not.toHaveBeenCalled();
    expect(code.current()).toBeUndefined();
    expect(code.status()).toBe('idle');
    const first = code.load();
    expect(code.load()).toBe(first);
    expect(code.current()).toBeUndefined();
    expect(code.status()).toBe('loading');
    await expect(first).resolves.toBe(42);
    expect(code.current()).toBe(42);
    expect(code.status()).toBe('loaded');
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('tells its listeners when the import starts and settles, and not after they leave', async () => {
    const code = onDemand(() => Promise.resolve('loaded'));
    const stays = vi.fn();
    const leaves = vi.fn();
    code.subscribe(stays);
    code.subscribe(leaves)();
    const loading = code.load();
    expect(stays).toHaveBeenCalledTimes(1);
    await loading;
    expect(stays).toHaveBeenCalledTimes(2);
    expect(leaves).not.toHaveBeenCalled();
  });

  it('throws a failed import where the value is read, for an error boundary', async () => {
    const failure = new Error('chunk failed');
    const code = onDemand(() => Promise.reject(failure));
    const listener = vi.fn();
    code.subscribe(listener);
    await expect(code.load()).rejects.toBe(failure);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(code.status()).toBe('failed');
    expect(() => code.current()).toThrow(failure);
  });
});
