import { booleanPointInPolygon, kinks, pointToLineDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { DAKNONG_FACTS, DEMO_NOTICE, generateDemo2025Units, generateDemoDataset } from '../../../src/domain/demo';
import type { LngLat, ReportingUnit } from '../../../src/domain/model/types';

const t0 = performance.now();
const dataset = generateDemoDataset();
console.log(`demo dataset generated in ${(performance.now() - t0).toFixed(0)} ms`);
const unitByCode = new Map(dataset.units.map((u) => [u.code, u]));
const inUnit = (p: LngLat, u: ReportingUnit | undefined): boolean => !!u && booleanPointInPolygon([p[0], p[1]], u.geometry);

describe('generateDemoDataset', () => {
  it('is deterministic for a seed and varies with it', () => {
    expect(JSON.stringify(generateDemoDataset())).toBe(JSON.stringify(dataset));
    expect(JSON.stringify(generateDemoDataset(7).sites)).not.toBe(JSON.stringify(dataset.sites));
  });

  it('is marked synthetic and credits its sources', () => {
    expect(dataset.meta.synthetic).toBe(true);
    expect(dataset.meta.sources.join(' ')).toMatch(/generated/);
    expect(dataset.meta.sources.join(' ')).toMatch(/GSO 2019 census/);
    expect(DEMO_NOTICE).toMatch(/generated/);
    expect(DEMO_NOTICE).toMatch(/Dữ liệu minh họa/);
  });

  it('has the 71 real communes with their names, codes, types and populations', () => {
    expect(dataset.units).toHaveLength(71);
    DAKNONG_FACTS.forEach((f) => {
      const u = unitByCode.get(f.code);
      expect(u?.name).toBe(f.name);
      expect(u?.population).toBe(f.population_2019);
      expect(u?.clutter).toBe(f.type === 'Xã' ? 'rural' : 'urban');
    });
    expect(dataset.units.reduce((s, u) => s + u.population, 0)).toBe(622168);
  });

  it('nests 600–650 villages in their communes, splitting each population exactly', () => {
    expect(dataset.villages.length).toBeGreaterThanOrEqual(600);
    expect(dataset.villages.length).toBeLessThanOrEqual(650);
    for (const u of dataset.units) {
      const own = dataset.villages.filter((v) => v.unitCode === u.code);
      expect(own.length).toBeGreaterThanOrEqual(3);
      expect(own.reduce((s, v) => s + v.population, 0)).toBe(u.population);
      if (u.type !== 'Xã') expect(own.every((v) => v.name.startsWith('Tổ dân phố'))).toBe(true);
    }
    for (const v of dataset.villages) {
      expect(v.id).toMatch(new RegExp(`^${v.unitCode}-\\d{2}$`));
      expect(inUnit(v.point, unitByCode.get(v.unitCode))).toBe(true);
      expect(v.geometry).not.toBeNull();
      if (v.geometry) {
        expect(booleanPointInPolygon([v.point[0], v.point[1]], v.geometry)).toBe(true);
        expect(kinks(v.geometry).features).toHaveLength(0);
      }
    }
    expect(dataset.villages.some((v) => /^(Bon|Buôn) /.test(v.name))).toBe(true);
  });

  it('has exactly 1,167 sites with the carrier shares, inside the province', () => {
    expect(dataset.sites).toHaveLength(1167);
    const share = (c: string) => dataset.sites.filter((s) => s.carrier === c).length / 1167;
    expect(share('Viettel')).toBeCloseTo(0.45, 2);
    expect(share('VNPT')).toBeCloseTo(0.3, 2);
    expect(share('MobiFone')).toBeCloseTo(0.25, 2);
    expect(new Set(dataset.sites.map((s) => s.id)).size).toBe(1167);
    for (const s of dataset.sites) {
      expect(s.id).toMatch(/^(VTL|VNP|MBF)-\d{4}$/);
      expect(dataset.units.some((u) => inUnit([s.lon, s.lat], u))).toBe(true);
      expect(s.proposed).toBe(false);
      expect(s.heightM).toBeGreaterThanOrEqual(20);
      expect(s.heightM).toBeLessThanOrEqual(45);
      const bands = s.radios.map((r) => `${r.tech}@${r.bandMHz}`);
      expect(bands).toEqual(expect.arrayContaining(['2G@900', '3G@2100', '4G@1800']));
      for (const sec of s.sectors) {
        if (sec.azimuthDeg === null) continue;
        expect(sec.beamwidthDeg).toBe(65);
        expect(sec.downtiltDeg).toBeGreaterThanOrEqual(2);
        expect(sec.downtiltDeg).toBeLessThanOrEqual(6);
      }
    }
    const fiveG = dataset.sites.filter((s) => s.radios.some((r) => r.tech === '5G' && r.bandMHz === 3500)).length / 1167;
    expect(fiveG).toBeGreaterThanOrEqual(0.12);
    expect(fiveG).toBeLessThanOrEqual(0.15);
    const omni = dataset.sites.filter((s) => s.sectors.some((x) => x.azimuthDeg === null)).length;
    expect(omni).toBeGreaterThan(0);
    expect(omni).toBeLessThan(60);
  });

  it('reaches every commune with fibre and about 94% of villages within 500 m', () => {
    const lines = dataset.fibre.map((r) => ({
      line: { type: 'LineString' as const, coordinates: r.coordinates.map((p) => [p[0], p[1]]) },
      box: [Math.min(...r.coordinates.map((p) => p[0])), Math.min(...r.coordinates.map((p) => p[1])),
        Math.max(...r.coordinates.map((p) => p[0])), Math.max(...r.coordinates.map((p) => p[1]))],
    }));
    const pad = 0.006; // > 500 m in degrees at 12° N
    const near = (p: LngLat, m: number) => lines.some(({ line, box }) =>
      p[0] >= (box[0] ?? 0) - pad && p[0] <= (box[2] ?? 0) + pad && p[1] >= (box[1] ?? 0) - pad && p[1] <= (box[3] ?? 0) + pad &&
      pointToLineDistance([p[0], p[1]], line, { units: 'meters' }) <= m);
    DAKNONG_FACTS.forEach((f) => expect(near([f.centroid_lon, f.centroid_lat], 50)).toBe(true));
    const served = dataset.villages.filter((v) => near(v.point, 500)).length / dataset.villages.length;
    console.log(`demo fibre: ${(served * 100).toFixed(1)}% of villages within 500 m`);
    expect(served).toBeGreaterThanOrEqual(0.9);
    expect(served).toBeLessThanOrEqual(0.97);
    expect(dataset.fibre.filter((r) => r.kind === 'backbone').length).toBe(8);
    const layings = new Set(dataset.fibre.map((r) => r.laying));
    expect(layings).toEqual(new Set(['aerial', 'underground', 'duct']));
  });
});

describe('generateDemo2025Units', () => {
  const units = generateDemo2025Units(dataset, DAKNONG_FACTS);

  it('dissolves the 71 cells into the 28 post-reform units', () => {
    expect(units).toHaveLength(28);
    expect(units.reduce((s, u) => s + u.population, 0)).toBe(622168);
    expect(units.filter((u) => u.type === 'Phường').map((u) => u.code).sort()).toEqual(
      ['2025-bac-gia-nghia', '2025-dong-gia-nghia', '2025-nam-gia-nghia'],
    );
    for (const u of units) {
      expect(u.code).toMatch(/^2025-[a-z0-9-]+$/);
      expect(u.district).toBe('');
      expect(kinks(u.geometry).features).toHaveLength(0);
    }
  });

  it('contains every old commune point in the unit it merged into', () => {
    const byName = new Map(units.map((u) => [u.name.replace(/^(Xã|Phường) /, ''), u]));
    DAKNONG_FACTS.forEach((f) => expect(inUnit([f.centroid_lon, f.centroid_lat], byName.get(f.commune_2025))).toBe(true));
  });
});
