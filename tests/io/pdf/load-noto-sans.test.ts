import { describe, it, expect, vi, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadNotoSans } from '../../../src/io/pdf/load-noto-sans';

const ROOT = new URL('../../../', import.meta.url);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadNotoSans', () => {
  it('fetches the four bundled WOFF subsets Vite resolves, as a latin + vietnamese font set', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      const bytes = readFileSync(new URL(url.replace(/^\//, '').replace(/\?.*$/, ''), ROOT));
      return Promise.resolve(new Response(new Uint8Array(bytes)));
    });
    const set = await loadNotoSans();
    expect(asked).toHaveLength(4);
    expect(asked.every((u) => /noto-sans-(latin|vietnamese)-(400|700)-normal\.woff/.test(u))).toBe(true);
    expect(set.normal).toHaveLength(2);
    expect(set.bold).toHaveLength(2);
    expect(set.normal[1]?.ranges.some(([a, b]) => a <= 0x1ea0 && b >= 0x1ef9)).toBe(true);
  });
});
