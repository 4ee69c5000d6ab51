import { describe, expect, it } from 'vitest';
import type { CoverageFigures, PerTech } from '../../src/domain/coverage';
import { buildReport, carrierKey } from '../../scripts/report/build-report';
import { csvCell, formatCsv } from '../../scripts/report/format-csv';
import { formatJson } from '../../scripts/report/format-json';

const tech = <T>(v2: T, v3: T, v4: T, v5: T): PerTech<T> => ({ '2G': v2, '3G': v3, '4G': v4, '5G': v5 });
const km = { aerial: 1.23456, underground: 0, duct: 0.5, unknown: 0 };

const figures: CoverageFigures = {
  techs: ['2G', '3G', '4G', '5G'],
  units: [{
    code: '24615', name: '=HYPERLINK("x")', type: 'Phường', district: 'Gia Nghĩa', population: 8396, areaKm2: 17.28, villages: 2,
    pctArea: tech(90, 80, 70.123, 0), pctPopulation: tech(95, 90, 85, 0), pctVillages: tech(100, 100, 50, 0),
    sites: { Viettel: tech(1, 1, 2, 0) }, siteCount: 2,
    ftth: { reached: true, pctVillagesServed: 50, fibreKm: km },
  }],
  villages: [{
    id: 'v1', name: 'Thôn 1', unitCode: '24615', population: 400,
    bestDbm: tech<number | null>(-80, -85, -92.46, null), servingSiteId: tech<string | null>('s1', 's1', 's2', null),
    coveredShare: tech(1, 1, 1, 0), covered: tech(true, true, true, false), fibreDistanceM: Infinity, ftthServed: false,
  }],
  totals: {
    units: 1, villages: 1, population: 8396, sites: 2,
    pctVillages: tech(100, 100, 100, 0), pctPopulation: tech(95, 90, 85, 0), pctAreaCovered: tech(90, 80, 70, 0),
    pctUnitsFtth: 100, pctVillagesFtth: 0, btsByCarrierTech: { Viettel: tech(1, 1, 2, 0), 'Mobi Fone': tech(0, 0, 1, 0) }, fibreKm: km, sitesOutsideUnits: [],
  },
  warnings: [],
};
const meta = {
  generated_at: '2025-01-01T00:00:00.000Z', inputs: { units: 'demo', villages: 'demo', sites: 'demo', fibre: 'demo' },
  cell_m: 100, threshold_dbm: -105, synthetic: true, techs: ['2G', '3G', '4G', '5G'], warnings: [], warning_codes: [], elevation: 'none' as const, clutter: 'none' as const,
};

describe('buildReport', () => {
  const report = buildReport(figures, meta, []);

  it('flattens unit figures into snake_case columns with one site column per carrier and technology', () => {
    const u = report.units[0];
    expect(u?.pct_area_4g).toBe(70.12);
    expect(u?.pct_villages_ftth).toBe(50);
    expect(u?.ftth_reached).toBe(true);
    expect(u?.fibre_km_aerial).toBe(1.235);
    expect(u?.sites_viettel_4g).toBe(2);
    // a carrier only seen in the totals still gets a (zero) column so every row has the same shape
    expect(u?.sites_mobi_fone_4g).toBe(0);
  });

  it('writes villages with null for missing levels and unreachable fibre', () => {
    const v = report.villages[0];
    expect(v).toMatchObject({ id: 'v1', unit_code: '24615', best_dbm_4g: -92.5, best_dbm_5g: null, serving_site_4g: 's2', covered_5g: false });
    expect(v?.fibre_distance_m).toBeNull();
    expect(JSON.parse(formatJson(report)).villages[0].fibre_distance_m).toBeNull();
  });

  it('lists the sites with their technologies and sectors', () => {
    const withSites = buildReport(figures, meta, [], [{
      id: 's1', name: 'S1', carrier: 'VNPT', lon: 107.1234567, lat: 12.5, heightM: 30, proposed: false,
      sectors: [{ azimuthDeg: 90, beamwidthDeg: 65, downtiltDeg: 4 }, { azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 2 }],
      radios: [{ tech: '5G', bandMHz: 3500 }, { tech: '2G', bandMHz: 900 }, { tech: '2G', bandMHz: 1800 }],
    }]);
    expect(withSites.sites).toEqual([{
      id: 's1', lon: 107.123457, lat: 12.5, carrier: 'VNPT', technologies: ['2G', '5G'], bands_mhz: [900, 1800, 3500],
      sectors: [{ azimuth_deg: 90, beamwidth_deg: 65, downtilt_deg: 4 }, { azimuth_deg: null, beamwidth_deg: 360, downtilt_deg: 2 }],
    }]);
    expect(report.sites).toEqual([]);
  });

  it('totals carry BTS counts per carrier and technology', () => {
    expect(report.totals.bts_mobi_fone_4g).toBe(1);
    expect(report.totals.pct_units_ftth).toBe(100);
  });

  it('makes carrier names into column-safe keys', () => {
    expect(carrierKey('Vietnamobile (VNM)')).toBe('vietnamobile_vnm');
    expect(carrierKey('Đông Dương')).toBe('dong_duong');
    expect(carrierKey('***')).toBe('unknown');
  });
});

describe('CSV', () => {
  it('neutralises text that a spreadsheet would run as a formula, but keeps negative numbers', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(bad).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(-105)).toBe('-105');
    expect(csvCell('Đắk Mil')).toBe('Đắk Mil');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe('');
  });

  it('writes the units table with a BOM, a header and one CRLF line per unit', () => {
    const csv = formatCsv(buildReport(figures, meta, []).units);
    expect(csv.startsWith('\uFEFFcode,name,type,district,population,area_km2,villages,pct_area_2g')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[1]).toContain(`24615,"'=HYPERLINK(""x"")",Phường,Gia Nghĩa,8396,17.28,2`);
  });
});
