import { describe, expect, it } from 'vitest';
import type { CoverageWorker } from '../../src/app/coverage-client';
import { MeasureActions, type MeasureHost } from '../../src/app/measure-actions';
import { PlannerActions } from '../../src/app/planner-actions';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { generateDemoDataset } from '../../src/domain/demo';
import type { CalibrationFit } from '../../src/domain/measure/calibration-fit';
import type { HoldOut, MeasureFit } from '../../src/worker/measure-view';

const stats = (rmseDb: number) => ({ count: 100, meanDb: 0, stdDb: rmseDb, rmseDb });
const fit: CalibrationFit = {
  classes: [
    { code: 0, trainSamples: 10, offsetDb: 0, fittedDb: 3, needs: 50, clipped: false },
    { code: 1, trainSamples: 400, offsetDb: -4, fittedDb: -4, needs: null, clipped: false },
    { code: 2, trainSamples: 300, offsetDb: 15, fittedDb: 19, needs: null, clipped: true },
  ],
  slopeDbPerDecade: null, log10RefM: 3, trainSamples: 710, heldOutSamples: 178, before: stats(9), after: stats(6.2),
};

const sloped: CalibrationFit = { ...fit, slopeDbPerDecade: -6.5 };

const dataset = generateDemoDataset();
const SHARE: HoldOut = { kind: 'share', share: 0.2 };

function setup() {
  const app = createStore<AppState>({
    ...INITIAL_STATE, dataset, lang: 'en',
    measurements: { setId: 7, fileName: 'drive.csv', rows: 900, samples: 888, rejected: 12 },
  });
  const recomputes: (AppState['calibration'])[] = [];
  const planner = new PlannerActions(app, {} as CoverageWorker, {
    notify: () => undefined, reloadBaseline: async () => undefined,
    recompute: async () => void recomputes.push(app.get().calibration),
  });
  const fitCalls: [HoldOut, boolean, boolean][] = [];
  const worker = {
    measureFit: async (setId: number, _tech: string, holdOut: HoldOut, slope: boolean, indoor: boolean): Promise<MeasureFit> => {
      fitCalls.push([holdOut, slope, indoor]);
      return { setId, tech: '4G', holdOut, fit: slope ? sloped : fit, minSamples: 50, boundDb: 15 };
    },
    measureLayer: async () => { throw new Error('no layer in these tests'); },
    measureRestore: async () => null,
    measureSave: async () => undefined,
  } as unknown as MeasureHost['worker'];
  return { app, planner, recomputes, fitCalls, m: new MeasureActions(app, { worker, planner }) };
}

describe('applying a reviewed calibration', () => {
  it('sets the offsets with their source as one undoable step that recomputes the coverage', async () => {
    const { app, planner, recomputes, m } = setup();
    await m.fitCalibration(SHARE);
    m.applyCalibration(new Date('2026-12-05T07:00:00Z'));
    const applied = app.get().calibration;
    expect(applied).toEqual({
      offsetsDb: [0, -4, 15], slopeDbPerDecade: null, log10RefM: 3, samples: 710, heldOutRmseDb: 6.2,
      fileName: 'drive.csv', appliedAt: '2026-12-05T07:00:00.000Z',
    });
    expect(recomputes).toEqual([applied]);
    expect(m.state.get().fit).toBeNull();
    planner.undo();
    expect(app.get().calibration).toBeNull();
    expect(app.get().measurements?.setId).toBe(7);
    planner.redo();
    expect(app.get().calibration).toBe(applied);
    expect(recomputes).toEqual([applied, null, applied]);
  });

  it('a second fit adds to the applied offsets; refused classes keep theirs', async () => {
    const { app, m } = setup();
    await m.fitCalibration(SHARE);
    m.applyCalibration();
    await m.fitCalibration(SHARE);
    m.applyCalibration();
    expect(app.get().calibration?.offsetsDb).toEqual([0, -8, 30]);
  });

  it('does nothing without a reviewed fit', () => {
    const { app, m } = setup();
    m.applyCalibration();
    expect(app.get().calibration).toBeNull();
    expect(app.get().canUndo).toBe(false);
  });

  it('remove takes the calibration off as one undoable step', async () => {
    const { app, planner, recomputes, m } = setup();
    await m.fitCalibration(SHARE);
    m.applyCalibration();
    const applied = app.get().calibration;
    m.removeCalibration();
    expect(app.get().calibration).toBeNull();
    expect(recomputes.at(-1)).toBeNull();
    planner.undo();
    expect(app.get().calibration).toBe(applied);
    planner.redo();
    expect(app.get().calibration).toBeNull();
  });
});

describe('what the fit holds out, and the slope', () => {
  it('asks the worker to hold out a whole route and to fit the slope, and applies the fitted slope', async () => {
    const { app, fitCalls, m } = setup();
    const route: HoldOut = { kind: 'route', route: 'QL1A' };
    await m.fitCalibration(route, true);
    expect(fitCalls).toEqual([[route, true, false]]);
    expect(m.state.get().fit?.holdOut).toEqual(route);
    m.applyCalibration();
    expect(app.get().calibration?.slopeDbPerDecade).toBe(-6.5);
  });

  it('holds out a share without the slope and without indoor samples by default', async () => {
    const { fitCalls, m } = setup();
    await m.fitCalibration(SHARE);
    expect(fitCalls).toEqual([[SHARE, false, false]]);
  });

  it('asks the worker to include indoor samples when the user ticks it', async () => {
    const { fitCalls, m } = setup();
    await m.fitCalibration(SHARE, false, true);
    expect(fitCalls).toEqual([[SHARE, false, true]]);
  });
});
