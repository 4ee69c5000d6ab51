import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { generateDemoDataset } from '../../src/domain/demo';
import { buildReport, type ReportMeta } from '../../scripts/report/build-report';
import { formatJson } from '../../scripts/report/format-json';
import { rulesSections } from '../../scripts/report/rules-sections';
import { toyDataset, toyDatasetWithRoads } from '../domain/rules/toy-dataset';

const dataset = generateDemoDataset();
const settings = { ...DEFAULT_COVERAGE_SETTINGS, indoor: true };
const figures = new CoverageModel(dataset, settings).figures();
const meta: ReportMeta = {
  generated_at: '2026-01-01T00:00:00.000Z', inputs: { units: 'demo', villages: 'demo', sites: 'demo', fibre: 'demo' },
  cell_m: 100, threshold_dbm: -105, synthetic: true, techs: ['4G', '5G'], warnings: [], warning_codes: [], elevation: 'none' as const, clutter: 'none' as const,
};

describe('report rules sections', () => {
  const sections = rulesSections(dataset, figures, settings);
  const report = JSON.parse(formatJson(buildReport(figures, meta, [], dataset.sites, sections))) as ReturnType<typeof buildReport>;

  it('ranks underserved villages by descending score, each with its reasons as text', () => {
    expect(report.underserved.length).toBeGreaterThan(100);
    report.underserved.forEach((v, i) => {
      expect(v.rank).toBe(i + 1);
      expect(v.reasons.length).toBeGreaterThan(0);
      for (const r of v.reasons) expect(r).toMatch(/\w{3}/);
      if (i > 0) expect(v.score).toBeLessThanOrEqual(report.underserved[i - 1]?.score ?? Infinity);
    });
    const first = report.underserved[0];
    expect(first && dataset.villages.some((v) => v.id === first.village_id && v.unitCode === first.unit_code)).toBe(true);
  });

  it('lists undergrounding packages ranked, with unit, length, score and reason', () => {
    expect(report.undergrounding.length).toBeGreaterThan(0);
    report.undergrounding.forEach((p, i) => {
      expect(p.rank).toBe(i + 1);
      expect(p.length_m).toBeGreaterThan(0);
      expect(p.reason).toMatch(/aerial fibre/);
    });
    expect(new Set(report.undergrounding.map((p) => p.package_id)).size).toBe(report.undergrounding.length);
  });

  it('keeps both sections empty when not asked for', () => {
    const plain = buildReport(figures, meta, []);
    expect(plain.underserved).toEqual([]);
    expect(plain.undergrounding).toEqual([]);
  });

  it('gives each underserved row its road distance (null without a road layer)', () => {
    const toyFigures = new CoverageModel(toyDataset(), DEFAULT_COVERAGE_SETTINGS).figures();
    const plainRows = rulesSections(toyDataset(), toyFigures, DEFAULT_COVERAGE_SETTINGS).underserved;
    expect(plainRows.map((r) => r.road_distance_m)).toEqual([null, null]);
    const rows = rulesSections(toyDatasetWithRoads(), toyFigures, DEFAULT_COVERAGE_SETTINGS).underserved;
    const bv2 = rows.find((r) => r.village_id === 'b-v2');
    // b-v2's east edge (107.692) to the minor road DT1 along 107.697 at 12.09°N: 0.005° × 111.2 km × cos 12.09°
    expect(bv2?.road_distance_m ?? 0).toBeCloseTo(0.005 * 111195 * Math.cos((12.09 * Math.PI) / 180), -1);
    expect(rows.find((r) => r.village_id === 'c-v1')?.road_distance_m ?? 0).toBeGreaterThan(11000);
  });
});
