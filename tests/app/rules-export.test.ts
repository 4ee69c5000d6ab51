import type { FeatureCollection } from 'geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { undergroundingCsv, undergroundingGeojson, underservedCsv, underservedGeojson } from '../../src/app/rules-export';
import type { Village } from '../../src/domain/model/types';
import type { UndergroundingPackage, UnderservedVillage } from '../../src/domain/rules';

const PAYLOADS = ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1+1', '\r=1+1', '=HYPERLINK("http://x","a,b")'];

function cells(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** A cell a spreadsheet would evaluate: a dangerous first character on anything but a plain number. */
const dangerous = (cell: string): boolean => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell);

function village(text: string): UnderservedVillage {
  return {
    villageId: text, name: text, unitCode: text, unitName: text, population: 120,
    flags: { unservedMobile: true, underservedMobile: false, basic4gOnly: false, no5g: false, unservedFixed: true, carrierGap: false },
    carriersWithout4g: [], remoteness: { communeCentreM: 4000, nearestTownM: 9000, nearestTownCode: 'T', fibreM: 4200, fibreWithinReach: false,
      roadM: 1234.56, roadWithinReach: false, noRoadData: false, km: 6.5 },
    reasons: [], reasonCodes: [{ code: 'no4g', share: 0.2, requiredShare: 0.5, thresholdDbm: -105 }, { code: 'noFibre', distanceM: 4200, ftthDistanceM: 500 }],
    gap: 4, score: 12.3456, rank: 1,
  };
}

function ugPackage(text: string): UndergroundingPackage {
  return {
    id: text, routeIds: ['R1'], unitCode: text, unitName: text, urbanCore: true, length_m: 1234.56, populationNear: 800,
    villageIdsNear: [], alongMainRoadShare: 0.25, score: 7.891234, rank: 2, proposed: true, reason: '',
    reasonCode: { code: 'urbanCore', unitType: text, populationNear: 800, nearDistanceM: 300, alongMainShare: 0.25 },
    geometry: [[[108, 12], [108.01, 12]], [[108.02, 12], [108.03, 12.01]]],
  };
}

describe('rules CSV exports neutralise formula injection', () => {
  it.each(PAYLOADS)('underserved villages: %j stays text', (payload) => {
    const all = cells(underservedCsv([village(payload)], 'en')).flat();
    expect(all.filter(dangerous)).toEqual([]);
    expect(all.filter((c) => c === `'${payload}`).length).toBe(4); // id, name, unit code, unit name
  });

  it.each(PAYLOADS)('undergrounding packages: %j stays text', (payload) => {
    const all = cells(undergroundingCsv([ugPackage(payload)], 'vi')).flat();
    expect(all.filter(dangerous)).toEqual([]);
    expect(all.filter((c) => c === `'${payload}`).length).toBe(3); // package id, unit code, unit name
  });
});

describe('rules exports content', () => {
  it('writes the underserved row with its translated reasons', () => {
    const [header, row] = cells(underservedCsv([village('Thôn 1')], 'vi'));
    expect(header).toEqual(['rank', 'village_id', 'village', 'unit_code', 'unit', 'population', 'score', 'gap', 'remoteness_km', 'road_distance_m', 'reasons']);
    expect(row).toEqual(['1', 'Thôn 1', 'Thôn 1', 'Thôn 1', 'Thôn 1', '120', '12.346', '4', '6.5', '1234.6',
      'không có 4G: 20% diện tích thôn đạt -105 dBm (cần 50%); không có cáp quang trong 500 m (gần nhất 4,2 km)']);
  });

  it('places point-only villages as points in the underserved GeoJSON', () => {
    const v: Village = { id: 'V', name: 'V', unitCode: 'U', population: 120, geometry: null, point: [108.1, 12.2] };
    const fc = JSON.parse(underservedGeojson([{ ...village('V') }], [v], 'en')) as FeatureCollection;
    expect(fc.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [108.1, 12.2] });
    expect(fc.features[0]?.properties?.reason_codes).toEqual(['no4g', 'noFibre']);
    expect(fc.features[0]?.properties?.road_distance_m).toBe(1234.6);
  });

  it('writes a null road distance when the dataset has no roads', () => {
    const v: Village = { id: 'V', name: 'V', unitCode: 'U', population: 120, geometry: null, point: [108.1, 12.2] };
    const row = village('V');
    const noRoads = { ...row, remoteness: { ...row.remoteness, roadM: null, noRoadData: true } };
    const fc = JSON.parse(underservedGeojson([noRoads], [v], 'en')) as FeatureCollection;
    expect(fc.features[0]?.properties?.road_distance_m).toBeNull();
    expect(cells(underservedCsv([noRoads], 'en'))[1]?.[9]).toBe('');
  });

  it('writes each undergrounding package as one MultiLineString with rounded figures and its reason', () => {
    const fc = JSON.parse(undergroundingGeojson([ugPackage('P-1')], 'en')) as FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(1);
    const f = fc.features[0];
    expect(f?.geometry).toEqual({ type: 'MultiLineString', coordinates: [[[108, 12], [108.01, 12]], [[108.02, 12], [108.03, 12.01]]] });
    expect(f?.properties).toEqual({
      rank: 2, package_id: 'P-1', unit_code: 'P-1', unit: 'P-1', urban_core: true, proposed: true,
      length_m: 1234.6, population_near: 800, score: 7.891, reason: 'aerial fibre in an urban core (P-1); 800 people within 300 m; 25% of its length along main roads',
    });
  });
});
