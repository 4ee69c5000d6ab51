import { describe, expect, it } from 'vitest';
import { DRAW_ALL_UP_TO, sitesToDraw, THIN_BELOW_ZOOM } from '../../../src/domain/display/thin-sites';
import type { Site } from '../../../src/domain/model/types';
import { site } from '../coverage/helpers';

const VIEW = [107.0, 11.5, 108.5, 13.0] as const;

/** n sites on a grid `stepDeg` apart from (107.2, 11.7). */
function grid(n: number, stepDeg: number): Site[] {
  const side = Math.ceil(Math.sqrt(n));
  return Array.from({ length: n }, (_, i) => site(`S${i}`, 107.2 + (i % side) * stepDeg, 11.7 + Math.floor(i / side) * stepDeg));
}

describe('sites drawn at a view', () => {
  it('are all of them up to a few thousand', () => {
    const sites = grid(DRAW_ALL_UP_TO, 0.0001);
    expect(sitesToDraw(sites, 8, VIEW, () => false)).toBe(sites);
  });

  it('are one per screen cell at province zoom, the kept ones first', () => {
    // 40,000 sites 11 m apart: at zoom 8 (about 600 m a pixel) they fall in a few cells.
    const sites = grid(40_000, 0.0001);
    const chosen = sites[12_345];
    const drawn = sitesToDraw(sites, 8, VIEW, (s) => s === chosen);
    expect(drawn[0]).toBe(chosen);
    expect(drawn.length).toBeLessThan(20);
    expect(drawn.length).toBeGreaterThan(0);
    // Spread 0.01° apart (3.6 px at zoom 8, where the world is 512 × 2^8 px): 2 to 3 of them share a 6 px cell.
    const spread = grid(40_000, 0.01).filter((s) => s.lat < 13);
    const thinned = sitesToDraw(spread, 8, VIEW, () => false);
    expect(thinned.length).toBeLessThan(spread.length / 2);
    expect(thinned.length).toBeGreaterThan(spread.length / 4);
    expect(new Set(thinned.map((s) => s.id)).size).toBe(thinned.length);
  });

  it('leave out sites far from the view, and only cull near street zoom', () => {
    const near = grid(6000, 0.00005);
    const far = site('FAR', 105.0, 21.0);
    const all = [...near, far];
    const small = [107.2, 11.7, 107.203, 11.703] as const;
    const street = sitesToDraw(all, THIN_BELOW_ZOOM, small, () => false);
    expect(street).not.toContain(far);
    expect(street.length).toBeGreaterThan(1000);
    expect(sitesToDraw(all, THIN_BELOW_ZOOM, small, (s) => s === far)).toContain(far);
  });
});
