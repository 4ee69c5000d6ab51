/** A coverage image with each class colour swapped for the same class's colour in another palette. */
import type { CoverageImage } from './coverage-image';
import type { LevelClass } from './coverage-palette';

const key = (r: number, g: number, b: number, a: number): number => ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;

/** `from` and `to` are the same classes in two palettes; a pixel of no class (transparent) stays as it is. */
export function recolourImage(image: CoverageImage, from: readonly LevelClass[], to: readonly LevelClass[]): CoverageImage {
  const swap = new Map<number, LevelClass['rgba']>();
  from.forEach((c, i) => {
    const target = to[i];
    if (target) swap.set(key(...c.rgba), target.rgba);
  });
  const src = image.rgba;
  const rgba = new Uint8ClampedArray(src.length);
  for (let o = 0; o < src.length; o += 4) {
    const c = swap.get(key(src[o] ?? 0, src[o + 1] ?? 0, src[o + 2] ?? 0, src[o + 3] ?? 0));
    if (c) rgba.set(c, o);
    else rgba.set(src.subarray(o, o + 4), o);
  }
  return { ...image, rgba };
}
