import { describe, it, expect } from 'vitest';
import { PNG } from 'pngjs';
import { pngResolutionDpi, withPngResolution } from '../../../src/io/export/png-resolution';

function png(width: number, height: number): Uint8Array {
  const img = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) img.data.set([i % 256, 80, 160, 255], i * 4);
  return new Uint8Array(PNG.sync.write(img));
}

describe('PNG resolution (pHYs)', () => {
  it('records the chosen dpi in a pHYs chunk that reads back and keeps the image intact', () => {
    const plain = png(40, 30);
    expect(pngResolutionDpi(plain)).toBeNull();
    for (const dpi of [150, 300]) {
      const out = withPngResolution(plain, dpi);
      const res = pngResolutionDpi(out);
      expect(res?.x).toBeCloseTo(dpi, 0);
      expect(res?.y).toBeCloseTo(dpi, 0);
      // pngjs checks every chunk's CRC: a wrong pHYs CRC or a broken chunk order throws here.
      const back = PNG.sync.read(Buffer.from(out));
      expect([back.width, back.height]).toEqual([40, 30]);
      expect(Buffer.from(back.data).equals(Buffer.from(PNG.sync.read(Buffer.from(plain)).data))).toBe(true);
      // Right after IHDR (8-byte signature + 25-byte IHDR chunk).
      expect(Buffer.from(out.subarray(37, 41)).toString('latin1')).toBe('pHYs');
    }
  });

  it('replaces an earlier pHYs instead of adding a second one', () => {
    const twice = withPngResolution(withPngResolution(png(8, 8), 72), 300);
    expect(Buffer.from(twice).toString('latin1').split('pHYs')).toHaveLength(2);
    expect(pngResolutionDpi(twice)?.x).toBeCloseTo(300, 0);
    expect(twice.length).toBe(withPngResolution(png(8, 8), 300).length);
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPngResolution(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), 300)).toThrow(/not a PNG/);
  });
});
