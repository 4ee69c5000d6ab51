import { describe, expect, it } from 'vitest';
import { lazyApi } from '../../src/worker/lazy-api';

const feature = {
  double: (n: number) => n * 2,
  async later(text: string): Promise<string> {
    await Promise.resolve();
    return `${text}!`;
  },
};

describe('a worker API loaded on its first call', () => {
  it('has every method before its module loads, loads it once, and answers as the module does', async () => {
    let loads = 0;
    const api = lazyApi<typeof feature>({ double: true, later: true }, async () => {
      loads += 1;
      await Promise.resolve();
      return feature;
    });
    expect(Object.keys(api).sort()).toEqual(['double', 'later']);
    expect(loads).toBe(0);
    const answers = await Promise.all([api.double(21), api.later('ok'), api.double(2)]);
    expect(answers).toEqual([42, 'ok!', 4]);
    expect(loads).toBe(1);
  });

  it('a failed load rejects the call and is not kept: the next call loads again', async () => {
    let loads = 0;
    const api = lazyApi<typeof feature>({ double: true, later: true }, async () => {
      loads += 1;
      if (loads === 1) throw new Error('chunk fetch failed');
      return feature;
    });
    await expect(api.double(1)).rejects.toThrow('chunk fetch failed');
    await expect(api.double(4)).resolves.toBe(8);
    expect(loads).toBe(2);
  });

  it('an error thrown by the method reaches the caller as it is', async () => {
    const failing = { boom: (): number => { throw new Error('bad input'); } };
    const api = lazyApi<typeof failing>({ boom: true }, () => Promise.resolve(failing));
    await expect(api.boom()).rejects.toThrow('bad input');
  });
});
