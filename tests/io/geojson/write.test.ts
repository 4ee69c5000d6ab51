import { describe, expect, it } from 'vitest';
import type { FibreRoute, ReportingUnit, Site, Village } from '../../../src/domain/model/types';
import { fibreToGeoJson, readFibre, readSites, readUnits, readVillages, sitesToGeoJson, unitsToGeoJson, villagesToGeoJson } from '../../../src/io/geojson';
import { square } from './fixture-helpers';

/** Serialise through text, as a saved file would be. */
const viaText = (fc: { features: unknown[] }): unknown[] => (JSON.parse(JSON.stringify(fc)) as { features: unknown[] }).features;

const hole: [number, number][] = [[107.602, 12.002], [107.602, 12.004], [107.604, 12.004], [107.604, 12.002], [107.602, 12.002]];
const units: ReportingUnit[] = [
  { code: '24615', name: 'Phường Nghĩa Tân', type: 'Phường', district: 'Gia Nghĩa', population: 8396, clutter: 'urban', geometry: { type: 'Polygon', coordinates: [square(107.6, 12), hole] } },
  { code: '24616', name: 'Xã Đắk Nia', type: 'Xã', district: 'Gia Nghĩa', population: 0, clutter: 'suburban', geometry: { type: 'MultiPolygon', coordinates: [[square(107.7, 12)], [square(107.8, 12)]] } },
];

describe('GeoJSON writers round-trip through the readers', () => {
  it('units', () => {
    const back = readUnits(viaText(unitsToGeoJson(units)), 'out.geojson');
    expect(back.items).toEqual(units);
    expect(back.issues).toEqual([]);
  });

  it('units with extra properties, which never override the core ones', () => {
    const fc = unitsToGeoJson(units, (u) => ({ coverage_pct: 91.5, code: 'ignored', label: u.name.toUpperCase() }));
    expect(fc.features[0]?.properties).toMatchObject({ coverage_pct: 91.5, code: '24615', label: 'PHƯỜNG NGHĨA TÂN' });
    expect(readUnits(viaText(fc), 'o').items).toEqual(units);
  });

  it('villages, with and without polygons', () => {
    const villages: Village[] = [
      { id: 'v1', name: 'Thôn 1', unitCode: '24615', population: 450, geometry: null, point: [107.605, 12.005] },
      { id: 'v2', name: 'Bon Bu Prăng', unitCode: '24616', population: 0, geometry: { type: 'Polygon', coordinates: [square(107.7, 12, 0.002)] }, point: [107.701, 12.001] },
    ];
    const back = readVillages(viaText(villagesToGeoJson(villages)), 'v.geojson');
    expect(back.items).toEqual(villages);
    expect(back.issues).toEqual([]);
  });

  it('sites, including omni and mixed sectors and multi-band radios', () => {
    const sites: Site[] = [
      {
        id: 'DNG001', name: 'Gia Nghĩa 1', carrier: 'Viettel', lon: 107.69, lat: 12.0, heightM: 42,
        sectors: [{ azimuthDeg: 0, beamwidthDeg: 65, downtiltDeg: 4 }, { azimuthDeg: 120, beamwidthDeg: 90, downtiltDeg: 6.5 }],
        radios: [{ tech: '4G', bandMHz: 1800 }, { tech: '4G', bandMHz: 2100 }, { tech: '2G', bandMHz: 900 }],
        proposed: false,
      },
      {
        id: 'P-1', name: 'Đề xuất 1', carrier: 'VNPT', lon: 107.8, lat: 12.1, heightM: 30,
        sectors: [{ azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 2 }],
        radios: [{ tech: '5G', bandMHz: 3500 }],
        proposed: true,
      },
    ];
    const back = readSites(viaText(sitesToGeoJson(sites)), 's.geojson');
    expect(back.items).toEqual(sites);
    expect(back.issues).toEqual([]);
  });

  it('fibre routes', () => {
    const routes: FibreRoute[] = [
      { id: 'F1', name: 'Trục 1', laying: 'aerial', kind: 'backbone', coordinates: [[107.6, 12], [107.7, 12.1]] },
      { id: 'F2', name: 'Nhánh', laying: 'unknown', kind: 'spur', coordinates: [[107.7, 12.1], [107.71, 12.2], [107.72, 12.3]] },
    ];
    const back = readFibre(viaText(fibreToGeoJson(routes)), 'f.geojson');
    expect(back.items).toEqual(routes);
    expect(back.issues).toEqual([]);
  });

  it('writes RFC 7946 winding even when given a clockwise ring', () => {
    const cw = [...square(107.6, 12)].reverse();
    const fc = unitsToGeoJson([{ ...units[0], geometry: { type: 'Polygon', coordinates: [cw] } } as ReportingUnit]);
    const written = fc.features[0]?.geometry;
    expect(written?.type === 'Polygon' ? written.coordinates[0] : null).toEqual(square(107.6, 12));
  });
});
