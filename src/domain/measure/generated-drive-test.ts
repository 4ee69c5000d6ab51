/**
 * A generated drive test (not measured): samples along the dataset's roads at a fixed spacing, each the model's own
 * prediction at the sample's cell plus a known offset per land-cover class and log-normal shadowing (Gaussian in
 * dB), seeded. It exists to show that calibration finds the offsets it was given back, and is labelled as
 * generated wherever it is written.
 */
import type { CoverageModel } from '../coverage/coverage-model';
import { Rng } from '../demo/random';
import { cellIndexAt } from '../grid/equal-area-grid';
import { TECHNOLOGIES, type Dataset, type Technology } from '../model/types';
import { MeasurementSetBuilder, type MeasurementSet } from './measurement-set';

export interface DriveTestSpec {
  seed: number;
  tech: Technology;
  /** Added to the prediction by land-cover class code (0: unknown), dB. */
  offsetsDb: readonly number[];
  shadowSigmaDb: number;
  spacingM: number;
  /** Routes (roads) driven at most, in the dataset's order after a seeded shuffle. */
  maxRoutes: number;
}

export const DEFAULT_DRIVE_TEST: DriveTestSpec = {
  seed: 2026, tech: '4G',
  // unknown, dense urban, urban, suburban, village, cropland, forest, open, water
  offsetsDb: [0, -3, -2, 1, 2, 3, -4, 4, 0],
  shadowSigmaDb: 6, spacingM: 50, maxRoutes: 400,
};

const M_PER_DEG = 111_320;

export function generateDriveTest(model: CoverageModel, dataset: Dataset, spec: DriveTestSpec = DEFAULT_DRIVE_TEST): MeasurementSet {
  const rng = new Rng(spec.seed);
  const roads = [...(dataset.roads ?? [])];
  for (let i = roads.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const x = roads[i];
    const y = roads[j];
    if (x && y) {
      roads[i] = y;
      roads[j] = x;
    }
  }
  const out = new MeasurementSetBuilder(TECHNOLOGIES);
  let line = 1;
  for (const road of roads.slice(0, spec.maxRoutes)) {
    const pts = road.coordinates;
    let carry = 0;
    for (let k = 1; k < pts.length; k++) {
      const a = pts[k - 1];
      const b = pts[k];
      if (!a || !b) continue;
      const kx = Math.cos((a[1] * Math.PI) / 180) * M_PER_DEG;
      const len = Math.hypot((b[0] - a[0]) * kx, (b[1] - a[1]) * M_PER_DEG);
      for (let at = carry; at < len; at += spec.spacingM) {
        const f = at / len;
        const lon = a[0] + f * (b[0] - a[0]);
        const lat = a[1] + f * (b[1] - a[1]);
        const cell = cellIndexAt(model.grid, lon, lat);
        const serving = cell >= 0 ? model.servingSite(spec.tech, cell) : null;
        const level = serving ? model.siteLevelAt(spec.tech, serving.id, cell) : null;
        const shadow = rng.normal() * spec.shadowSigmaDb;
        if (!serving || level === null) continue;
        const measured = level + (spec.offsetsDb[model.landCoverCodeAt(cell)] ?? 0) + shadow;
        out.add({ lon, lat, levelDbm: Math.round(measured * 10) / 10, tech: spec.tech, carrier: serving.carrier, siteId: serving.id, route: road.id, line: ++line });
      }
      carry = Math.max(0, spec.spacingM - ((len - carry) % spec.spacingM)) % spec.spacingM;
    }
  }
  return out.build();
}
