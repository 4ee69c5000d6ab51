import { describe, expect, it } from 'vitest';
import { profilePlot } from '../../src/app/profile-plot';
import { pathChart } from '../../src/domain/terrain/path-chart';
import { centre, makeTerrain } from '../domain/terrain/fixtures';

const BOX = { width: 600, height: 200, left: 40, right: 10, top: 10, bottom: 30 };

describe('terrain profile plot', () => {
  const t = makeTerrain(400, 5, 30, (x) => (Math.floor(x / 30) === 200 ? 60 : 0));
  const chart = pathChart({ terrain: t, from: centre(t, 33, 2), to: centre(t, 367, 2), fromAntennaM: 30, toAntennaM: 30, freqMHz: 8000, kFactor: 4 / 3 });
  const plot = profilePlot(chart, BOX);

  it('puts the ends at the sides of the plot area and the ridge top at its edge mark', () => {
    expect(plot.ends[0].x).toBeCloseTo(40, 6);
    expect(plot.ends[1].x).toBeCloseTo(590, 6);
    expect(plot.edge?.x).toBeCloseTo(40 + 550 / 2, 6);
    // The ridge is the highest ground: its top is above (smaller y than) both antennas.
    expect(plot.edge?.y ?? 999).toBeLessThan(plot.ends[0].y);
  });

  it('keeps the ridge in the filled ground though the path has more samples than columns', () => {
    const t2 = makeTerrain(3000, 2, 30, (x) => (Math.floor(x / 30) === 1500 ? 300 : 0));
    const long = pathChart({ terrain: t2, from: centre(t2, 0, 0), to: centre(t2, 2999, 0), fromAntennaM: 30, toAntennaM: 30, freqMHz: 900, kFactor: 4 / 3 });
    const p = profilePlot(long, BOX);
    const ys = [...p.ground.matchAll(/L[\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...ys)).toBeLessThan(p.ends[0].y);
  });

  it('ticks in kilometres along, metres up, inside the plot', () => {
    expect(plot.xTicks[0]?.value).toBe(0);
    expect(plot.xTicks.at(-1)?.value).toBeLessThanOrEqual(10.02);
    for (const k of plot.yTicks) expect(k.at).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(plot.ground.startsWith('M')).toBe(true);
    expect(plot.fresnel.endsWith('Z')).toBe(true);
  });
});
