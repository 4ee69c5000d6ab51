import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { generateDemoDataset } from '../../src/domain/demo';
import { DEFAULT_DRIVE_TEST, generateDriveTest } from '../../src/domain/measure/generated-drive-test';
import { NO_EDITS } from '../../src/domain/scenario/scenario-edits';
import { engineState } from '../../src/worker/engine-state';
import { measureViewApi } from '../../src/worker/measure-view';

describe('the measurement layer, statistics and fit in the worker, on the generated drive test', () => {
  it('bins the samples, compares them with the prediction and finds the offsets the drive test was made with', () => {
    const dataset = generateDemoDataset();
    const settings = { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G' as const] };
    const model = new CoverageModel(dataset, settings);
    engineState.setBaseline(dataset);
    engineState.setModel(model, settings, NO_EDITS);
    const set = generateDriveTest(model, dataset);
    engineState.measurementSets.set(9001, set);

    const layer = measureViewApi.measureLayer(9001, '4G');
    expect(layer.cells).toBeGreaterThan(1000);
    expect(layer.comparedCells).toBe(layer.cells);
    expect(layer.difference.count).toBe(layer.cells);
    expect(layer.stats.overall.count).toBe(set.count);
    expect(layer.stats.units.reduce((n, u) => n + u.samples, 0)).toBeGreaterThan(set.count * 0.99);

    const { fit } = measureViewApi.measureFit(9001, '4G', { kind: 'share', share: 0.2 });
    for (const c of fit.classes.filter((x) => x.trainSamples >= 500)) {
      expect(Math.abs(c.offsetDb - (DEFAULT_DRIVE_TEST.offsetsDb[c.code] ?? 0))).toBeLessThan(1);
    }
    expect(fit.after.rmseDb).toBeLessThan(fit.before.rmseDb);
    expect(Math.abs(fit.after.rmseDb - DEFAULT_DRIVE_TEST.shadowSigmaDb)).toBeLessThan(0.5);
    expect(fit.slopeDbPerDecade).toBeNull();

    // a whole drive route held out: judged on exactly that route's samples, with the distance slope fitted too
    expect(layer.routes).toEqual(set.routes);
    expect(set.routes.length).toBeGreaterThan(1);
    const route = set.routes[0] ?? '';
    const onRoute = set.route.filter((r) => r === 0).length;
    const byRoute = measureViewApi.measureFit(9001, '4G', { kind: 'route', route }, true);
    expect(byRoute.fit.heldOutSamples).toBe(onRoute);
    expect(byRoute.fit.trainSamples).toBe(set.count - onRoute);
    expect(byRoute.fit.slopeDbPerDecade).not.toBeNull();
    expect(Math.abs(byRoute.fit.slopeDbPerDecade ?? NaN)).toBeLessThan(1);
    expect(byRoute.fit.after.rmseDb).toBeLessThan(byRoute.fit.before.rmseDb);
    expect(() => measureViewApi.measureFit(9001, '4G', { kind: 'route', route: 'no such road' })).toThrow(/no such road/);

    // indoor samples are left out of the fit unless asked for
    const indoor = new Uint8Array(set.count);
    for (let i = 0; i < set.count; i += 3) indoor[i] = 1;
    engineState.measurementSets.set(9002, { ...set, indoor });
    const share = { kind: 'share', share: 0.2 } as const;
    const outdoorOnly = measureViewApi.measureFit(9002, '4G', share).fit;
    const withIndoor = measureViewApi.measureFit(9002, '4G', share, false, true).fit;
    expect(withIndoor.trainSamples).toBe(fit.trainSamples);
    expect(outdoorOnly.trainSamples + outdoorOnly.heldOutSamples).toBeLessThan(set.count * 0.7);
    expect(measureViewApi.measureLayer(9002, '4G').stats.indoor.count).toBeGreaterThan(set.count / 3 - 100);
  }, 120_000);
});
