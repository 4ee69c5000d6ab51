import { describe, it, expect } from 'vitest';
import { atlasPlan, fitBBoxToAspect, mercatorXY, zoomToFit } from '../../../src/domain/print/atlas';
import { metresPerPixel } from '../../../src/domain/print/scale-bar';
import type { ReportingUnit } from '../../../src/domain/model/types';
import type { BBox } from '../../../src/domain/grid/equal-area-grid';

const aspectOf = (b: BBox): number => {
  const [x0, y1] = mercatorXY(b[0], b[1]);
  const [x1, y0] = mercatorXY(b[2], b[3]);
  return (x1 - x0) / (y1 - y0);
};

describe('fitBBoxToAspect', () => {
  it('contains the padded box and has the requested screen aspect ratio', () => {
    const box: BBox = [107.5, 12.0, 107.6, 12.3];
    for (const aspect of [0.7, 1, 1.414]) {
      const out = fitBBoxToAspect(box, aspect, 0.05);
      expect(aspectOf(out)).toBeCloseTo(aspect, 6);
      expect(out[0]).toBeLessThan(box[0]);
      expect(out[2]).toBeGreaterThan(box[2]);
      expect(out[1]).toBeLessThan(box[1]);
      expect(out[3]).toBeGreaterThan(box[3]);
    }
  });
});

describe('zoomToFit', () => {
  it('gives the zoom whose ground resolution spreads the box over the image', () => {
    const box = fitBBoxToAspect([107.5, 12.0, 107.6, 12.1], 800 / 600);
    const z = zoomToFit(box, 800, 600);
    // Width in metres along the centre parallel ≈ pixels × metres per pixel at that zoom.
    const widthM = ((box[2] - box[0]) / 360) * 40_075_016.686 * Math.cos((12.05 * Math.PI) / 180);
    expect(metresPerPixel(12.05, z) * 800 / widthM).toBeCloseTo(1, 2);
    expect(zoomToFit(box, 1600, 1200)).toBeCloseTo(z + 1, 9);
  });
});

describe('atlasPlan', () => {
  it('plans one page per unit with the map box aspect and the pixel size for the dpi', () => {
    const unit = (code: string, w: number, s: number, d: number): ReportingUnit => ({
      code, name: code, type: 'Xã', district: '', population: 0, clutter: 'rural',
      geometry: { type: 'Polygon', coordinates: [[[w, s], [w + d, s], [w + d, s + d], [w, s + d], [w, s]]] },
    });
    const plan = atlasPlan([unit('big', 107, 12, 0.4), unit('small', 108, 12, 0.05)], { mapWidthMm: 254, mapHeightMm: 127, dpi: 100 });
    expect(plan.map((p) => p.code)).toEqual(['big', 'small']);
    for (const p of plan) {
      expect(p.pixelWidth).toBe(1000);
      expect(p.pixelHeight).toBe(500);
      expect(aspectOf(p.bbox)).toBeCloseTo(2, 6);
    }
    // 8× smaller side → 3 zoom levels closer.
    expect((plan[1]?.zoom ?? 0) - (plan[0]?.zoom ?? 0)).toBeCloseTo(3, 1);
    expect(plan[1]?.centre[0] ?? 0).toBeCloseTo(108.025, 6);
  });
});
