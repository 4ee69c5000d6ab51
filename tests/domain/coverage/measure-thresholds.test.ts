import { describe, expect, it } from 'vitest';
import {
  CoverageModel, coveredCellCount, DEFAULT_COVERAGE_SETTINGS, measureThresholdDbm, techThresholdDbm, withMeasureThreshold,
} from '../../../src/domain/coverage';
import { thresholdLevel } from '../../../src/domain/coverage/tech-raster';
import { renderRasterImage } from '../../../src/domain/display/coverage-image';
import { levelClassesFor, LEVEL_CLASSES } from '../../../src/domain/display/coverage-palette';
import { COVERAGE_THRESHOLDS_BY_TECH, DEFAULT_LINK_BUDGETS, MEASURE_BY_TECH, measureThresholds } from '../../../src/domain/radio';
import type { Site } from '../../../src/domain/model/types';
import { oneUnit, site } from './helpers';

const settings = { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 200, budgets: DEFAULT_LINK_BUDGETS, techs: ['2G', '3G', '4G'] as const };
const multi: Site = { ...site('M', 107.6, 12.1), radios: [{ tech: '2G', bandMHz: 900 }, { tech: '3G', bandMHz: 2100 }, { tech: '4G', bandMHz: 1800 }] };

describe('measures per technology', () => {
  it('names 2G RxLev, 3G RSCP, 4G/5G RSRP, with the thresholds the radio module states', () => {
    expect(MEASURE_BY_TECH).toEqual({ '2G': 'RxLev', '3G': 'RSCP', '4G': 'RSRP', '5G': 'RSRP' });
    expect(measureThresholds('RxLev').map((t) => t.dbm)).toEqual([-100, -95, -90]);
    expect(measureThresholds('RSCP').map((t) => t.dbm)).toEqual([-105, -100, -95]);
    expect(measureThresholds('RSRP').map((t) => t.dbm)).toEqual([-110, -105, -100]);
    expect(measureThresholds('RxLev').map((t) => t.kind)).toEqual(['basicOutdoor', 'goodOutdoor', 'indoorProxy']);
  });

  it('gives each technology level classes whose three weakest edges are its thresholds', () => {
    for (const tech of ['2G', '3G', '4G', '5G'] as const) {
      const classes = levelClassesFor(tech);
      const t = COVERAGE_THRESHOLDS_BY_TECH[tech];
      expect(classes.slice(2).map((c) => c.minDbm)).toEqual([t.indoorProxy, t.goodOutdoor, t.basicOutdoor]);
      for (let i = 1; i < classes.length; i++) expect(classes[i]?.minDbm ?? 0).toBeLessThan(classes[i - 1]?.minDbm ?? 0);
    }
    expect(levelClassesFor('4G')).toBe(LEVEL_CLASSES);
    expect(levelClassesFor('5G')).toBe(LEVEL_CLASSES);
  });
});

describe('per-measure thresholds in the settings', () => {
  it('defaults RxLev and RSCP to their good outdoor level, whatever the RSRP threshold', () => {
    for (const rsrp of [-110, -105, -100]) {
      const s = { ...settings, thresholdDbm: rsrp };
      expect(techThresholdDbm(s, '2G')).toBe(-95);
      expect(techThresholdDbm(s, '3G')).toBe(-100);
      expect(techThresholdDbm(s, '4G')).toBe(rsrp);
      expect(techThresholdDbm(s, '5G')).toBe(rsrp);
    }
  });

  it('keeps each measure apart when one is changed', () => {
    const s = withMeasureThreshold(withMeasureThreshold(settings, 'RxLev', -90), 'RSCP', -105);
    expect(measureThresholdDbm(s, 'RxLev')).toBe(-90);
    expect(measureThresholdDbm(s, 'RSCP')).toBe(-105);
    expect(measureThresholdDbm(s, 'RSRP')).toBe(settings.thresholdDbm);
    expect(withMeasureThreshold(s, 'RSRP', -110).thresholdRxLevDbm).toBe(-90);
  });

  it('judges a 2G raster at its RxLev threshold and a 3G raster at its RSCP threshold', () => {
    const s = { ...settings, thresholdDbm: -110, thresholdRxLevDbm: -90, thresholdRscpDbm: -105 };
    const m = new CoverageModel(oneUnit([multi]), s, { ftth: null });
    expect(m.raster('2G').thresholdDbm).toBe(-90);
    expect(m.raster('2G').threshold).toBe(thresholdLevel(-90));
    expect(m.raster('3G').thresholdDbm).toBe(-105);
    expect(m.raster('4G').thresholdDbm).toBe(-110);
  });

  it('changes 2G figures with the RxLev threshold only, leaving 3G and 4G alone', () => {
    const low = new CoverageModel(oneUnit([multi]), { ...settings, thresholdRxLevDbm: -100 }, { ftth: null });
    const high = new CoverageModel(oneUnit([multi]), { ...settings, thresholdRxLevDbm: -90 }, { ftth: null });
    expect(coveredCellCount(high.raster('2G'))).toBeLessThan(coveredCellCount(low.raster('2G')));
    expect(high.figures().totals.pctAreaCovered['2G']).toBeLessThan(low.figures().totals.pctAreaCovered['2G']);
    expect(high.raster('3G').levels).toEqual(low.raster('3G').levels);
    expect(high.figures().totals.pctAreaCovered['3G']).toBe(low.figures().totals.pctAreaCovered['3G']);
    expect(high.figures().totals.pctAreaCovered['4G']).toBe(low.figures().totals.pctAreaCovered['4G']);
  });

  it('no longer moves 2G and 3G with the RSRP threshold', () => {
    const a = new CoverageModel(oneUnit([multi]), { ...settings, thresholdDbm: -110 }, { ftth: null });
    const b = new CoverageModel(oneUnit([multi]), { ...settings, thresholdDbm: -100 }, { ftth: null });
    expect(b.figures().totals.pctAreaCovered['2G']).toBe(a.figures().totals.pctAreaCovered['2G']);
    expect(b.figures().totals.pctAreaCovered['3G']).toBe(a.figures().totals.pctAreaCovered['3G']);
    expect(b.figures().totals.pctAreaCovered['4G']).toBeLessThan(a.figures().totals.pctAreaCovered['4G']);
  });

  it('colours a 2G raster on RxLev classes at its own threshold', () => {
    const m = new CoverageModel(oneUnit([multi]), { ...settings, thresholdRxLevDbm: -95 }, { ftth: null });
    const image = renderRasterImage(m.grid, m.raster('2G'));
    const colours = new Set<string>();
    let painted = 0;
    for (let i = 0; i < image.rgba.length; i += 4) {
      if ((image.rgba[i + 3] ?? 0) === 0) continue;
      painted++;
      colours.add(String([image.rgba[i], image.rgba[i + 1], image.rgba[i + 2], image.rgba[i + 3]]));
    }
    expect(painted).toBe(coveredCellCount(m.raster('2G')));
    const allowed = new Set(levelClassesFor('2G').filter((c) => c.minDbm >= -95).map((c) => String(c.rgba)));
    for (const c of colours) expect(allowed.has(c)).toBe(true);
  });

  it('refuses a measure threshold out of range', () => {
    expect(() => new CoverageModel(oneUnit([multi]), { ...settings, thresholdRscpDbm: 5 }, { ftth: null })).toThrow(/thresholdRscpDbm/);
  });
});
