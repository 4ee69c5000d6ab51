import { describe, expect, it } from 'vitest';
import { CoverageModel } from '../../../src/domain/coverage';
import { MeasurementSetBuilder } from '../../../src/domain/measure/measurement-set';
import { predictSamples } from '../../../src/domain/measure/predict-samples';
import { TECHNOLOGIES } from '../../../src/domain/model/types';
import { SETTINGS, oneUnit, site } from '../coverage/helpers';

const settings = { ...SETTINGS, cellSizeM: 100, thresholdDbm: -110, techs: ['4G'] as const };

describe('a sample attributed by its cell id', () => {
  it('goes to the site its cell id names when no site column is given, else to the predicted best server', () => {
    const model = new CoverageModel(oneUnit([site('S', 107.6, 12.1, [], 30), site('T', 107.61, 12.09, [], 30)]), settings);
    const b = new MeasurementSetBuilder(TECHNOLOGIES);
    const at = { lon: 107.6005, lat: 12.1, levelDbm: -80, tech: '4G' as const };
    b.add({ ...at, cellId: 'T-2' });
    b.add({ ...at });
    b.add({ ...at, cellId: 'X-9-1' });
    b.add({ ...at, siteId: 'S', cellId: 'T-2' });
    const p = predictSamples(model, b.build(), '4G');
    const attributed = [...p.site].map((k) => p.siteIds[k]);
    expect(attributed).toEqual(['T', 'S', 'S', 'S']);
    expect(p.predictedDbm[0]).toBeLessThan(p.predictedDbm[1] ?? NaN);
    expect(p.unknownServing).toBe(0);
  });
});

describe('a sample attributed by its PCI or an uploaded cell id', () => {
  it('goes to the nearest site with a cell of that PCI, or of that exact cell id, else to the best server', () => {
    const omni = (id: string, pci: number) => [{ azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 2, cells: [{ id, pci, tech: '4G' as const }] }];
    const model = new CoverageModel(oneUnit([
      site('S', 107.6, 12.1, omni('CELL-A', 7), 30),
      site('T', 107.61, 12.09, omni('CELL-B', 7), 30),
      site('U', 107.62, 12.1, omni('CELL-C', 12), 30),
    ]), settings);
    const b = new MeasurementSetBuilder(TECHNOLOGIES);
    const nearS = { lon: 107.6005, lat: 12.0995, levelDbm: -80, tech: '4G' as const };
    const nearT = { lon: 107.6095, lat: 12.0905, levelDbm: -80, tech: '4G' as const };
    b.add({ ...nearS, pci: 7 });
    b.add({ ...nearT, pci: 7 });
    b.add({ ...nearS, pci: 12 });
    b.add({ ...nearS, pci: 99 });
    b.add({ ...nearS, cellId: 'CELL-B' });
    const p = predictSamples(model, b.build(), '4G');
    expect([...p.site].map((k) => p.siteIds[k])).toEqual(['S', 'T', 'U', 'S', 'T']);
  });
});
