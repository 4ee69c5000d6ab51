/** Deterministic hand-made datasets for coverage tests: square units, square and point villages, random sites. */
import type { Dataset, Polygon, ReportingUnit, Site, Technology, Village } from './synthetic-types';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function square(lon: number, lat: number, halfDeg: number): Polygon {
  const [w, e, s, n] = [lon - halfDeg, lon + halfDeg, lat - halfDeg, lat + halfDeg];
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

const TECH_BANDS: readonly (readonly [Technology, number])[] = [['2G', 900], ['3G', 2100], ['4G', 1800], ['4G', 900], ['5G', 3500]];

export function randomSite(rand: () => number, id: string, box: readonly [number, number, number, number]): Site {
  const sectored = rand() < 0.8;
  const az0 = rand() * 360;
  const tilt = Math.round(rand() * 6);
  return {
    id, name: id, carrier: rand() < 0.5 ? 'Viettel' : 'VNPT',
    lon: box[0] + rand() * (box[2] - box[0]), lat: box[1] + rand() * (box[3] - box[1]),
    heightM: 20 + Math.round(rand() * 4) * 5,
    sectors: sectored
      ? [0, 120, 240].map((d) => ({ azimuthDeg: (az0 + d) % 360, beamwidthDeg: 65, downtiltDeg: tilt }))
      : [{ azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: tilt }],
    radios: TECH_BANDS.filter(() => rand() < 0.6).map(([tech, bandMHz]) => ({ tech, bandMHz })),
    proposed: false,
  };
}

/** A gx × gy block of square units of `sizeDeg`, each with a few villages (squares and points). */
export function gridDataset(seed: number, gx: number, gy: number, sizeDeg: number, sites: number): Dataset {
  const rand = mulberry32(seed);
  const lon0 = 107.5;
  const lat0 = 12.0;
  const units: ReportingUnit[] = [];
  const villages: Village[] = [];
  for (let i = 0; i < gx; i++) {
    for (let j = 0; j < gy; j++) {
      const cx = lon0 + (i + 0.5) * sizeDeg;
      const cy = lat0 + (j + 0.5) * sizeDeg;
      const code = `U${i}-${j}`;
      const population = (i + j) % 5 === 0 ? 0 : Math.round(2000 + rand() * 8000);
      units.push({ code, name: code, type: 'Xã', district: `D${i}`, population, clutter: (i + j) % 3 === 0 ? 'suburban' : 'rural', geometry: square(cx, cy, sizeDeg / 2) });
      const nv = (i * gy + j) % 4;
      for (let k = 0; k < nv; k++) {
        const vx = cx + (rand() - 0.5) * sizeDeg * 0.8;
        const vy = cy + (rand() - 0.5) * sizeDeg * 0.8;
        const pointOnly = k === 2;
        villages.push({
          id: `${code}-v${k}`, name: `v${k}`, unitCode: code, population: Math.round(200 + rand() * 800),
          geometry: pointOnly ? null : square(vx, vy, sizeDeg * 0.05), point: [vx, vy],
        });
      }
    }
  }
  const box = [lon0 - 0.02, lat0 - 0.02, lon0 + gx * sizeDeg + 0.02, lat0 + gy * sizeDeg + 0.02] as const;
  const siteList = Array.from({ length: sites }, (_, k) => randomSite(rand, `S${k}`, box));
  return { meta: { name: 'synthetic', synthetic: true, sources: [] }, units, villages, sites: siteList, fibre: [] };
}
