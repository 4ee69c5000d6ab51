import type { XY } from './planar';
import type { Rng } from './random';

/**
 * Gentle meander by midpoint displacement: each level offsets segment midpoints sideways by up to
 * `roughness` × the segment length, halving the offset each level. Endpoints stay exactly where they are.
 */
export function wiggle(rng: Rng, a: XY, b: XY, levels = 4, roughness = 0.12): XY[] {
  let line: XY[] = [a, b];
  let amp = roughness;
  for (let level = 0; level < levels; level++) {
    const next: XY[] = [];
    for (let i = 0; i < line.length - 1; i++) {
      const p = line[i];
      const q = line[i + 1];
      if (!p || !q) continue;
      const dx = q[0] - p[0];
      const dy = q[1] - p[1];
      const off = rng.range(-amp, amp);
      next.push(p, [(p[0] + q[0]) / 2 - dy * off, (p[1] + q[1]) / 2 + dx * off]);
    }
    const last = line[line.length - 1];
    if (last) next.push(last);
    line = next;
    amp /= 2;
  }
  return line;
}
