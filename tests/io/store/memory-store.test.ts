import { describe, expect, it } from 'vitest';
import { MemoryProjectStore } from '../../../src/io/store/memory-store';
import { sampleProject } from './fixtures';
import { runStoreContract } from './store-contract';

runStoreContract('MemoryProjectStore', {
  create: async () => new MemoryProjectStore(),
  fillStorage: (store) => store.setQuotaBytes(1),
});

describe('MemoryProjectStore quota', () => {
  it('accepts saves again once the limit is lifted', async () => {
    const store = new MemoryProjectStore();
    const p = sampleProject();
    store.setQuotaBytes(JSON.stringify(p).length - 1);
    await expect(store.save(p)).rejects.toMatchObject({ kind: 'quota' });
    store.setQuotaBytes(JSON.stringify(p).length);
    await store.save(p);
    expect(await store.load(p.id)).toEqual(p);
  });
});
