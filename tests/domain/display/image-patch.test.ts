import { describe, expect, it } from 'vitest';
import type { CoverageImage } from '../../../src/domain/display/coverage-image';
import { applyImagePatch, changedSince, type ImagePatch } from '../../../src/domain/display/image-patch';

function image(width: number, height: number, seq: number): CoverageImage {
  return { width, height, rgba: new Uint8ClampedArray(width * height * 4), bounds: [0, 0, 1, 1], version: { source: 7, seq, recent: [] } };
}

function patch(seq: number, x: number, y: number, width: number, height: number, value: number): ImagePatch {
  return { source: 7, seq, rect: { x, y, width, height }, rgba: new Uint8ClampedArray(width * height * 4).fill(value) };
}

describe('image patches', () => {
  it('write their rectangle into the image and nothing else', () => {
    const next = applyImagePatch(image(4, 3, 1), patch(2, 1, 1, 2, 2, 9));
    expect(next?.version?.seq).toBe(2);
    const filled: number[] = [];
    next?.rgba.forEach((v, i) => v === 9 && i % 4 === 0 && filled.push(i / 4));
    expect(filled).toEqual([5, 6, 9, 10]);
  });

  it('apply only to the version they follow and to the same source', () => {
    expect(applyImagePatch(image(4, 3, 1), patch(3, 0, 0, 1, 1, 1))).toBeNull();
    expect(applyImagePatch(image(4, 3, 2), patch(2, 0, 0, 1, 1, 1))).toBeNull();
    expect(applyImagePatch({ ...image(4, 3, 1), version: { source: 8, seq: 1, recent: [] } }, patch(2, 0, 0, 1, 1, 1))).toBeNull();
    expect(applyImagePatch({ ...image(4, 3, 1), version: undefined }, patch(2, 0, 0, 1, 1, 1))).toBeNull();
    expect(applyImagePatch(undefined, patch(2, 0, 0, 1, 1, 1))).toBeNull();
    expect(applyImagePatch(image(4, 3, 1), patch(2, 3, 0, 2, 1, 1))).toBeNull();
  });

  it('tell a display the union of the rectangles it has not uploaded, or all when it missed remembered ones', () => {
    let img = image(10, 10, 1);
    img = applyImagePatch(img, patch(2, 1, 1, 2, 2, 1)) ?? img;
    img = applyImagePatch(img, patch(3, 5, 6, 1, 3, 1)) ?? img;
    expect(changedSince(img, 3)).toBeNull();
    expect(changedSince(img, 2)).toEqual({ x: 5, y: 6, width: 1, height: 3 });
    expect(changedSince(img, 1)).toEqual({ x: 1, y: 1, width: 5, height: 8 });
    expect(changedSince(img, 0)).toBe('all');
    expect(changedSince(img, 4)).toBe('all');
    expect(changedSince({ ...img, version: undefined }, 3)).toBe('all');
  });

  it('remember a bounded number of versions', () => {
    let img = image(10, 10, 1);
    for (let seq = 2; seq <= 40; seq++) img = applyImagePatch(img, patch(seq, seq % 10, 0, 1, 1, seq)) ?? img;
    expect(img.version?.recent.length).toBe(16);
    expect(changedSince(img, 39)).toEqual({ x: 0, y: 0, width: 1, height: 1 });
    expect(changedSince(img, 10)).toBe('all');
  });
});
