import type { Dataset, Site } from '../../../src/domain/model/types';
import { defaultSettings } from '../../../src/io/store/new-project';
import { CURRENT_SCHEMA_VERSION, type Project } from '../../../src/io/store/project';

export const XSS = '<img src=x onerror=alert(1)>';

export function site(id: string, lon: number, lat: number, extra: Partial<Site> = {}): Site {
  return {
    id,
    name: `Trạm ${id}`,
    carrier: 'Viettel',
    lon,
    lat,
    heightM: 30,
    sectors: [
      { azimuthDeg: 0, beamwidthDeg: 65, downtiltDeg: 4 },
      { azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 0 },
    ],
    radios: [{ tech: '4G', bandMHz: 1800 }],
    proposed: false,
    ...extra,
  };
}

export function dataset(): Dataset {
  return {
    meta: { name: 'Đắk Nông (test)', synthetic: true, sources: ['fixture'] },
    units: [
      {
        code: '24610',
        name: 'Xã Quảng Sơn',
        type: 'Xã',
        district: 'Đắk Glong',
        population: 12000,
        clutter: 'rural',
        geometry: { type: 'Polygon', coordinates: [[[107.7, 12.1], [107.8, 12.1], [107.8, 12.2], [107.7, 12.1]]] },
      },
    ],
    villages: [{ id: 'v1', name: 'Thôn 1', unitCode: '24610', population: 800, geometry: null, point: [107.75, 12.15] }],
    sites: [site('S1', 107.72, 12.12), site('S2', 107.78, 12.18, { proposed: true, radios: [{ tech: '5G', bandMHz: 3500 }] })],
    fibre: [{ id: 'f1', name: 'Trục 1', laying: 'aerial', kind: 'backbone', coordinates: [[107.7, 12.1], [107.8, 12.2]] }],
  };
}

export function sampleProject(overrides: Partial<Project> = {}): Project {
  return {
    id: 'p-1',
    name: 'Đắk Nông 2025',
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-02T09:30:00.000Z',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    baseline: dataset(),
    scenarios: [
      {
        id: 'sc-1',
        name: 'Lấp vùng lõm',
        note: 'Move S1 north, add N1',
        siteEdits: { S1: site('S1', 107.72, 12.13, { heightM: 42 }) },
        addedSites: [site('N1', 107.75, 12.16, { proposed: true })],
        removedSiteIds: ['S2'],
      },
    ],
    activeScenarioId: 'sc-1',
    settings: { ...defaultSettings(), thresholdDbm: -100, clutterOverrides: { '24610': 'suburban' }, lang: 'en' },
    ...overrides,
  };
}
