/** Seeded 2-D value noise: a hash of the lattice corner, no tables, the same numbers on every JS engine. */

/** A lattice corner's value in [−1, 1). */
export function hashUnit(ix: number, iy: number, salt: number): number {
  let h = Math.imul(ix | 0, 0x27d4eb2d) ^ Math.imul(iy | 0, 0x165667b1) ^ Math.imul(salt | 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2147483648 - 1;
}

export const fade = (t: number): number => t * t * t * (t * (t * 6 - 15) + 10);

/** Value noise in [−1, 1], C2-smooth (quintic fade), lattice spacing 1. */
export function valueNoise(x: number, y: number, salt: number): number {
  const ix = Math.floor(x);
  const iy = Math.floor(y);
  const u = fade(x - ix);
  const v = fade(y - iy);
  const a = hashUnit(ix, iy, salt);
  const b = hashUnit(ix + 1, iy, salt);
  const c = hashUnit(ix, iy + 1, salt);
  const d = hashUnit(ix + 1, iy + 1, salt);
  const top = a + (b - a) * u;
  return top + (c + (d - c) * u - top) * v;
}
