import { describe, expect, it } from 'vitest';
import { degreesMinutes, graticule, lngLatToBox } from '../../../src/domain/print';

const box = { x: 10, y: 30, w: 190, h: 200 };
const bounds: [number, number, number, number] = [107.05, 11.72, 108.31, 12.81];

describe('graticule', () => {
  it('takes the smallest whole-minute step that keeps ticks the asked gap apart', () => {
    const g = graticule(bounds, box, 30);
    // 1.26° over 190 mm: 2.5 mm per minute of longitude, so 15′ (37.7 mm) is the first step of 30 mm or more.
    expect(g.stepMinutes).toBe(15);
    expect(g.meridians.map((t) => t.minutes)).toEqual([6435, 6450, 6465, 6480, 6495]);
    expect(g.parallels.map((t) => t.minutes / 60)).toEqual([11.75, 12, 12.25, 12.5, 12.75]);
    expect(graticule(bounds, box, 5).stepMinutes).toBe(2);
  });

  it('puts each tick where the map image has its meridian or parallel', () => {
    const g = graticule(bounds, box, 30);
    for (const t of g.meridians) expect(t.at).toBeCloseTo(lngLatToBox(t.minutes / 60, 12, bounds, box)[0], 9);
    for (const t of g.parallels) expect(t.at).toBeCloseTo(lngLatToBox(107.5, t.minutes / 60, bounds, box)[1], 9);
    // Mercator: a quarter degree of latitude is longer on the paper to the north.
    const ys = g.parallels.map((t) => t.at);
    expect((ys[0] ?? 0) - (ys[1] ?? 0)).toBeLessThan((ys[3] ?? 0) - (ys[4] ?? 0));
  });

  it('writes degrees and two-digit minutes', () => {
    expect(degreesMinutes(6450)).toEqual({ deg: 107, min: '30' });
    expect(degreesMinutes(725)).toEqual({ deg: 12, min: '05' });
    expect(degreesMinutes(-90)).toEqual({ deg: 1, min: '30' });
  });
});
