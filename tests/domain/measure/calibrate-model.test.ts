import { describe, expect, it } from 'vitest';
import { CoverageModel } from '../../../src/domain/coverage';
import { areaBBox } from '../../../src/domain/coverage/area-bbox';
import type { Calibration } from '../../../src/domain/coverage/settings';
import { createGrid, unprojectXY } from '../../../src/domain/grid/equal-area-grid';
import { fitCalibration, holdOutShare } from '../../../src/domain/measure/calibration-fit';
import { errorStats, groupedErrorStats } from '../../../src/domain/measure/error-stats';
import { generateDriveTest } from '../../../src/domain/measure/generated-drive-test';
import { MeasurementSetBuilder } from '../../../src/domain/measure/measurement-set';
import { predictionErrors, predictSamples } from '../../../src/domain/measure/predict-samples';
import { landCoverCode, type LandCoverClass, type LandCoverModel } from '../../../src/domain/model/land-cover';
import { TECHNOLOGIES, type Dataset, type Road } from '../../../src/domain/model/types';
import { SETTINGS, oneUnit, site } from '../coverage/helpers';

const settings = { ...SETTINGS, cellSizeM: 100, thresholdDbm: -110, techs: ['4G'] as const };

function landCover(d: Dataset, cls: (lon: number) => LandCoverClass): LandCoverModel {
  const { bbox, marginM } = areaBBox(d);
  const grid = createGrid(bbox, 50, marginM);
  const classes = new Uint8Array(grid.nx * grid.ny);
  for (let r = 0; r < grid.ny; r++) {
    for (let c = 0; c < grid.nx; c++) classes[r * grid.nx + c] = landCoverCode(cls(unprojectXY(grid, grid.x0 + (c + 0.5) * 50, 0)[0]));
  }
  return { id: 'halves', sources: ['test'], generated: true, cover: { grid, classes } };
}

/** East–west roads through the site's area, 400 m apart. */
const roads: Road[] = Array.from({ length: 9 }, (_, i) => ({
  id: `R${i}`, name: `R${i}`, class: 'minor', coordinates: [[107.585, 12.084 + i * 0.0036], [107.615, 12.084 + i * 0.0036]],
}));

function dataset(): Dataset {
  const base = { ...oneUnit([site('S', 107.6, 12.1, [], 30), site('T', 107.61, 12.09, [], 30)]), roads };
  return { ...base, landCover: landCover(base, (lon) => (lon < 107.6 ? 'cropland' : 'forest')) };
}

const CROPLAND = landCoverCode('cropland');
const FOREST = landCoverCode('forest');

describe('measured against predicted, and calibration', () => {
  it('a generated drive test gives back its per-class offsets, its shadowing as the held-out RMSE, and the calibrated model then agrees', () => {
    const d = dataset();
    const m = new CoverageModel(d, settings, { ftth: null });
    const offsetsDb = [0, 0, 0, 0, 0, 3, -4, 0, 0];
    const set = generateDriveTest(m, d, { seed: 5, tech: '4G', offsetsDb, shadowSigmaDb: 6, spacingM: 20, maxRoutes: 9 });
    expect(set.count).toBeGreaterThan(1000);
    const p = predictSamples(m, set, '4G');
    expect(p.unknownServing).toBe(0);
    const errors = predictionErrors(set, p);
    const fit = fitCalibration({ errors, classCode: p.classCode, classes: 9, distanceM: p.distanceM, heldOut: holdOutShare(set.count, 0.25, 3) });
    const offset = (code: number) => fit.classes.find((c) => c.code === code)?.offsetDb ?? NaN;
    expect(offset(CROPLAND)).toBeCloseTo(3, 0);
    expect(Math.abs(offset(CROPLAND) - 3)).toBeLessThan(1);
    expect(Math.abs(offset(FOREST) + 4)).toBeLessThan(1);
    expect(fit.after.rmseDb).toBeGreaterThan(5.4);
    expect(fit.after.rmseDb).toBeLessThan(6.6);
    expect(fit.before.rmseDb).toBeGreaterThan(fit.after.rmseDb);

    // The engine applies the fit: the same samples against the calibrated model err by about nothing per class.
    const calibration: Calibration = {
      offsetsDb: Array.from({ length: 9 }, (_, c) => (c === CROPLAND || c === FOREST ? offset(c) : 0)),
      slopeDbPerDecade: null, log10RefM: 0, samples: fit.trainSamples, heldOutRmseDb: fit.after.rmseDb,
    };
    const calibrated = new CoverageModel(d, { ...settings, calibration }, { ftth: null });
    const after = predictionErrors(set, predictSamples(calibrated, set, '4G'));
    const perClass = groupedErrorStats(after, p.classCode, 9);
    expect(Math.abs(perClass[CROPLAND]?.meanDb ?? NaN)).toBeLessThan(0.3);
    expect(Math.abs(perClass[FOREST]?.meanDb ?? NaN)).toBeLessThan(0.3);
    expect(errorStats(after).rmseDb).toBeLessThan(errorStats(errors).rmseDb);
  });

  it('counts samples off the grid, outside every footprint, of another technology or naming an unknown serving site', () => {
    const d = dataset();
    const m = new CoverageModel(d, settings, { ftth: null });
    const b = new MeasurementSetBuilder(TECHNOLOGIES);
    b.add({ lon: 107.601, lat: 12.1, levelDbm: -80, tech: '4G', siteId: 'S' });
    b.add({ lon: 107.601, lat: 12.1, levelDbm: -80, tech: '4G', siteId: 'NOPE' });
    b.add({ lon: 109, lat: 15, levelDbm: -90, tech: '4G' });
    b.add({ lon: 107.695, lat: 12.195, levelDbm: -120 });
    b.add({ lon: 107.601, lat: 12.1, levelDbm: -70, tech: '2G' });
    const set = b.build();
    const p = predictSamples(m, set, '4G');
    expect(p).toMatchObject({ considered: 4, offGrid: 1, outsideFootprints: 1, unknownServing: 1 });
    expect(p.predictedDbm[0]).toBeCloseTo(m.siteLevelAt('4G', 'S', 0) ?? p.predictedDbm[0] ?? NaN, 5);
    expect(Number.isNaN(p.predictedDbm[2])).toBe(true);
    expect(Number.isNaN(p.predictedDbm[3])).toBe(true);
    expect(Number.isNaN(p.predictedDbm[4])).toBe(true);
    expect(p.siteIds[p.site[0] ?? -1]).toBe('S');
    expect(p.distanceM[0]).toBeLessThan(150);
  });

  it('refuses a calibration no fit could give (an offset beyond 40 dB, a slope that is not a number)', () => {
    const d = dataset();
    const bad: Calibration = { offsetsDb: [0, 55], slopeDbPerDecade: NaN, log10RefM: 3, samples: 10, heldOutRmseDb: 6 };
    expect(() => new CoverageModel(d, { ...settings, calibration: bad }, { ftth: null })).toThrow(/calibration\.offsetsDb\[1\].*calibration\.slopeDbPerDecade/);
  });

  it('finds the same best servers cell by cell and in one pass over the footprints', () => {
    const d = dataset();
    const m = new CoverageModel(d, settings, { ftth: null });
    const b = new MeasurementSetBuilder(TECHNOLOGIES);
    for (let i = 0; i < 400; i++) b.add({ lon: 107.58 + (i % 20) * 0.0025, lat: 12.08 + Math.floor(i / 20) * 0.0021, levelDbm: -90 });
    const set = b.build();
    const one = predictSamples(m, set, '4G', false);
    const all = predictSamples(m, set, '4G', true);
    expect(all.predictedDbm).toEqual(one.predictedDbm);
    expect([...all.site].map((k) => all.siteIds[k] ?? null)).toEqual([...one.site].map((k) => one.siteIds[k] ?? null));
    expect(one.site.some((k) => one.siteIds[k] === 'T')).toBe(true);
    expect(one.site.some((k) => one.siteIds[k] === 'S')).toBe(true);
  });
});
