import { describe, expect, it } from 'vitest';
import { LatestOnlyQueue } from '../../src/app/latest-only-queue';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('LatestOnlyQueue', () => {
  it('runs one job at a time and skips superseded waiting jobs', async () => {
    const q = new LatestOnlyQueue<number>();
    const started: number[] = [];
    const gate = deferred<number>();
    const first = q.run(() => {
      started.push(1);
      return gate.promise;
    });
    const second = q.run(async () => {
      started.push(2);
      return 2;
    });
    const third = q.run(async () => {
      started.push(3);
      return 3;
    });
    gate.resolve(1);
    expect(await first).toBe(1);
    expect(await second).toBeNull();
    expect(await third).toBe(3);
    expect(started).toEqual([1, 3]);
  });

  it('passes a failing job error to its caller and keeps working', async () => {
    const q = new LatestOnlyQueue<number>();
    await expect(q.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await q.run(async () => 7)).toBe(7);
  });
});
