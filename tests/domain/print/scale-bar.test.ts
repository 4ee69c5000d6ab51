import { describe, it, expect } from 'vitest';
import { distance } from '@turf/turf';
import { formatDistance, metresPerMm, metresPerPixel, niceScaleBar, representativeFraction } from '../../../src/domain/print/scale-bar';

/** Ground length of `px` screen pixels along the parallel at `lat`, measured with turf (haversine). */
function measuredMetres(lat: number, zoom: number, px: number): number {
  const dLon = (px * 360) / (512 * 2 ** zoom);
  return distance([107.5, lat], [107.5 + dLon, lat], { units: 'meters' });
}

describe('metresPerPixel', () => {
  it.each([[0, 10], [12, 12], [12, 8.5], [45, 14], [60, 6]])('at lat %f, zoom %f matches haversine within 0.3%', (lat, zoom) => {
    const px = 200;
    // turf's sphere (mean radius) is 0.11% smaller than the equatorial circumference used by Web Mercator.
    expect(metresPerPixel(lat, zoom) * px / measuredMetres(lat, zoom, px)).toBeCloseTo(1, 2);
  });

  it('equals the 256-px tile convention one zoom level up', () => {
    expect(metresPerPixel(12, 10)).toBeCloseTo(metresPerPixel(12, 11, 256), 9);
  });
});

describe('niceScaleBar', () => {
  it('picks the longest 1/2/5 × 10ⁿ length that fits, and its width', () => {
    const mpp = metresPerPixel(12, 12);
    const bar = niceScaleBar(mpp, 150);
    expect(bar).not.toBeNull();
    if (!bar) return;
    expect([1, 2, 5]).toContain(bar.lengthM / 10 ** Math.floor(Math.log10(bar.lengthM)));
    expect(bar.width).toBeLessThanOrEqual(150);
    // The next nice length up would not fit.
    expect(bar.width * (bar.lengthM.toString().startsWith('2') ? 2.5 : 2)).toBeGreaterThan(150);
    // The bar measures its label on the ground.
    expect(measuredMetres(12, 12, bar.width) / bar.lengthM).toBeCloseTo(1, 2);
  });

  it('labels in metres below a kilometre and in kilometres from one up', () => {
    expect(niceScaleBar(5, 120)?.label).toBe('500 m');
    expect(niceScaleBar(20, 120)?.label).toBe('2 km');
    expect(niceScaleBar(10, 100)?.label).toBe('1 km');
    expect(formatDistance(50_000)).toBe('50 km');
  });

  it('works in millimetres of paper and refuses nonsense', () => {
    // A 1000 px wide image of a zoom-12 map at 12°N printed 200 mm wide.
    const mPerMm = metresPerMm(metresPerPixel(12, 12), 1000, 200);
    const bar = niceScaleBar(mPerMm, 50);
    expect(bar?.width ?? 0).toBeGreaterThan(20);
    expect(bar?.width ?? 99).toBeLessThanOrEqual(50);
    expect(representativeFraction(100)).toBe(100_000);
    expect(niceScaleBar(0, 50)).toBeNull();
    expect(niceScaleBar(10, -1)).toBeNull();
  });
});
