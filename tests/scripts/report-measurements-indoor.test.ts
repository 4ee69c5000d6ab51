import { describe, expect, it } from 'vitest';
import { measurementsSection } from '../../scripts/report/measurements-section';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { areaBBox } from '../../src/domain/coverage/area-bbox';
import { generateDemoDataset } from '../../src/domain/demo';
import { Rng } from '../../src/domain/demo/random';
import { readMeasurementsCsv } from '../../src/io/measure/read-measurements';

interface Stats { count: number; mean_error_db: number | null }
interface Section extends Stats { samples: number; indoor: Stats; named_cells: number; calibration?: { indoor_included: boolean; train_samples: number } }

describe('report measurements: indoor samples and cell ids', () => {
  const dataset = generateDemoDataset();
  const settings = { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G' as const] };
  const model = new CoverageModel(dataset, settings);
  const rng = new Rng(5);
  const sites = dataset.sites.slice(0, 40);
  const lines = ['lat,lon,rsrp,cell id,indoor'];
  // Around real sites so the prediction reaches them; every fourth sample indoors and 20 dB weaker.
  for (let i = 0; i < 2000; i++) {
    const s = sites[i % sites.length];
    if (!s) throw new Error('no site');
    const indoor = i % 4 === 0;
    const level = -75 - rng.next() * 15 - (indoor ? 20 : 0);
    lines.push(`${(s.lat + rng.range(-0.004, 0.004)).toFixed(6)},${(s.lon + rng.range(-0.004, 0.004)).toFixed(6)},${level.toFixed(1)},${s.id}-1,${indoor ? 'indoor' : 'outdoor'}`);
  }
  const read = readMeasurementsCsv(lines.join('\n'), { fileName: 'crowd.csv', area: areaBBox(dataset).bbox });
  const section = (calibrate: boolean, includeIndoor: boolean) =>
    measurementsSection(dataset, settings, model, read, { file: 'crowd.csv', calibrate, holdOut: 0.2, includeIndoor }) as unknown as Section;

  it('counts indoor samples apart and leaves them out of the other figures, as the app does', () => {
    const m = section(false, false);
    expect(m.samples).toBe(2000);
    expect(m.named_cells).toBe(sites.length);
    expect(m.indoor.count).toBeGreaterThan(400);
    expect(m.indoor.count).toBeLessThanOrEqual(500);
    expect(m.count).toBeGreaterThan(1200);
    expect(m.count + m.indoor.count).toBeLessThanOrEqual(2000);
    // the indoor samples are the weaker ones: mixed in, they would pull the outdoor mean down
    expect(m.indoor.mean_error_db ?? NaN).toBeLessThan((m.mean_error_db ?? NaN) - 10);
    expect(m.calibration).toBeUndefined();
  });

  it('--calibrate fits on outdoor samples only, unless --include-indoor', () => {
    const outdoor = section(true, false);
    const all = section(true, true);
    expect(outdoor.calibration?.indoor_included).toBe(false);
    expect(all.calibration?.indoor_included).toBe(true);
    const trainOutdoor = outdoor.calibration?.train_samples ?? NaN;
    const trainAll = all.calibration?.train_samples ?? NaN;
    expect(trainAll).toBeGreaterThan(trainOutdoor);
    expect(trainAll - trainOutdoor).toBeGreaterThan(outdoor.indoor.count * 0.7);
    expect(trainAll - trainOutdoor).toBeLessThanOrEqual(outdoor.indoor.count);
  });
});
