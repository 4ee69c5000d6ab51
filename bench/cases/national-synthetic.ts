import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { metresPerDegLon, METRES_PER_DEG_LAT } from '../../src/domain/ftth/local-metres';
import type { Dataset, ReportingUnit, Site } from '../../src/domain/model/types';
import { type CaseResult, round } from '../timing';
import { startNodeBandHelper } from '../band-helper/node-band-helper';

const SITES = 100_000;
const UNITS_PER_SIDE = 100;
/** Vietnam's land area is about 331 000 km²: a 575 km square. */
const SIDE_KM = 575;
const CENTRE: [number, number] = [106, 16];
const CARRIERS = ['Viettel', 'VNPT', 'MobiFone'];

export function syntheticDataset(): Dataset {
  let seed = 12345;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const dLat = SIDE_KM * 1000 / METRES_PER_DEG_LAT;
  const dLon = SIDE_KM * 1000 / metresPerDegLon(CENTRE[1]);
  const lon0 = CENTRE[0] - dLon / 2;
  const lat0 = CENTRE[1] - dLat / 2;
  const uLon = dLon / UNITS_PER_SIDE;
  const uLat = dLat / UNITS_PER_SIDE;
  const units: ReportingUnit[] = [];
  for (let r = 0; r < UNITS_PER_SIDE; r++) {
    for (let c = 0; c < UNITS_PER_SIDE; c++) {
      const x = lon0 + c * uLon;
      const y = lat0 + r * uLat;
      units.push({
        code: `U${r * UNITS_PER_SIDE + c}`, name: `Unit ${r}-${c}`, type: 'Xã', district: `D${Math.floor(r / 10)}-${Math.floor(c / 10)}`,
        population: 5000 + Math.floor(rnd() * 20000), clutter: rnd() < 0.15 ? 'urban' : rnd() < 0.4 ? 'suburban' : 'rural',
        geometry: { type: 'Polygon', coordinates: [[[x, y], [x + uLon, y], [x + uLon, y + uLat], [x, y + uLat], [x, y]]] },
      });
    }
  }
  const sites: Site[] = [];
  for (let i = 0; i < SITES; i++) {
    const az = rnd() * 120;
    sites.push({
      id: `S${i}`, name: `S${i}`, carrier: CARRIERS[i % CARRIERS.length] ?? 'Viettel',
      lon: lon0 + rnd() * dLon, lat: lat0 + rnd() * dLat, heightM: 25 + Math.floor(rnd() * 20),
      sectors: [0, 120, 240].map((o) => ({ azimuthDeg: (az + o) % 360, beamwidthDeg: 65, downtiltDeg: 4 })),
      radios: [{ tech: '4G', bandMHz: 1800 }],
      proposed: false,
    });
  }
  return { meta: { name: 'national-synthetic', synthetic: true, sources: [] }, units, villages: [], sites, fibre: [] };
}

/**
 * A country-sized grid: 100 000 three-sector 4G sites, 10 000 square units, 100 m cells, built on two threads
 * (the band helper thread is started first, as the app starts it with its worker). Peak memory is the process's,
 * both threads included.
 */
export async function nationalSyntheticCase(): Promise<CaseResult> {
  const helper = await startNodeBandHelper();
  const dataset = syntheticDataset();
  const t0 = performance.now();
  const model = new CoverageModel(dataset, { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 100 }, { bandHelper: helper });
  const t1 = performance.now();
  const figures = model.figures();
  const t2 = performance.now();
  await helper.close();
  return {
    sites: SITES,
    units: dataset.units.length,
    cells: model.grid.nx * model.grid.ny,
    threads: model.paintThreads,
    median_ms: round(t2 - t0, 0),
    build_ms: round(t1 - t0, 0),
    figures_ms: round(t2 - t1, 1),
    pct_area_4g: round(figures.totals.pctAreaCovered['4G'], 2),
    note: 'single run; 4G 1800 MHz only, one radio per site',
  };
}
