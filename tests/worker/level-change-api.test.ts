import { afterEach, describe, expect, it } from 'vitest';
import { CoverageModel } from '../../src/domain/coverage';
import { cellIndexAt } from '../../src/domain/grid/equal-area-grid';
import { figuresDelta, isEmptyDelta } from '../../src/domain/scenario/figures-delta';
import { NO_EDITS, withSite } from '../../src/domain/scenario/scenario-edits';
import { engineState as engine } from '../../src/worker/engine-state';
import { levelChangeApi } from '../../src/worker/level-change-api';
import { SETTINGS, oneUnit, site } from '../domain/coverage/helpers';

const settings = { ...SETTINGS, cellSizeM: 100, thresholdDbm: -105, techs: ['4G'] as const };

describe('levelChange in the worker', () => {
  afterEach(() => engine.setBaseline(oneUnit([])));

  it('a weak site added between two covering sites changes no figure but raises levels where it now serves best', () => {
    const d = oneUnit([site('B', 107.595, 12.1), site('C', 107.61, 12.1)]);
    engine.setBaseline(d);
    const m = new CoverageModel(d, settings, { ftth: null });
    engine.setBaselineModel(m, settings);
    const before = m.figures();
    const at: [number, number] = [107.6025, 12.1];
    const cell = cellIndexAt(m.grid, at[0], at[1]);
    const levelBefore = m.raster('4G').levels[cell] ?? 0;
    const weak = { ...site('P', at[0], at[1], [], 10), proposed: true, powerOffsetDb: -20 };
    engine.applyScenario(m, withSite(d.sites, NO_EDITS, weak));

    expect(isEmptyDelta(figuresDelta(before, m.figures(), '4G'))).toBe(true);
    const change = levelChangeApi.levelChange('4G');
    expect(change).not.toBeNull();
    expect(m.raster('4G').levels[cell] ?? 0).toBeGreaterThan(levelBefore + 100);
    expect(change?.strongerKm2).toBeGreaterThan(0);
    // Every stronger cell was covered already: all of it is overlap where P is now the best server.
    expect(change?.strongerCoveredKm2).toBe(change?.strongerKm2);
    expect(change?.weakerKm2).toBe(0);
    expect(change?.meanGainDb).toBeGreaterThan(1);

    engine.applyScenario(m, NO_EDITS);
    expect(levelChangeApi.levelChange('4G')).toMatchObject({ strongerKm2: 0, weakerKm2: 0 });
    // A technology this build did not compute has no reference.
    expect(levelChangeApi.levelChange('5G')).toBeNull();
  });
});
