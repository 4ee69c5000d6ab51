/**
 * Three communes in a row at 12°N, 0.1° (≈ 11 km) squares: T1 a town (urban core), X1 and X2 rural communes.
 * Villages are 0.004° squares. Sites stand on t-v1 (VTL, 4G + 5G) and b-v1 (VNP, 4G only); b-v2 and c-v1
 * are 5+ km from any site. Fibre: R1 aerial through T1 into X1, R1b aerial continuing it in X1, R2 underground
 * and R3 aerial (far from villages) in X2.
 */
import type { Polygon } from 'geojson';
import type { Dataset, FibreRoute, ReportingUnit, Road, Site, Village } from '../../../src/domain/model/types';

export function square(lon: number, lat: number, half: number): Polygon {
  return { type: 'Polygon', coordinates: [[[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half], [lon - half, lat - half]]] };
}

const unit = (code: string, type: string, lon0: number, clutter: ReportingUnit['clutter']): ReportingUnit => ({
  code, name: `${type} ${code}`, type, district: 'D', population: 5000, clutter, geometry: square(lon0 + 0.05, 12.05, 0.05),
});

const village = (id: string, unitCode: string, lon: number, lat: number, population: number): Village => ({
  id, name: `Thôn ${id}`, unitCode, population, geometry: square(lon, lat, 0.002), point: [lon, lat],
});

export function toySite(id: string, carrier: string, lon: number, lat: number, with5G: boolean): Site {
  return {
    id, name: id, carrier, lon, lat, heightM: 30,
    sectors: [0, 120, 240].map((azimuthDeg) => ({ azimuthDeg, beamwidthDeg: 65, downtiltDeg: 2 })),
    radios: with5G ? [{ tech: '4G', bandMHz: 1800 }, { tech: '5G', bandMHz: 3500 }] : [{ tech: '4G', bandMHz: 1800 }],
    proposed: false,
  };
}

const route = (id: string, laying: FibreRoute['laying'], coordinates: [number, number][]): FibreRoute => ({
  id, name: id, laying, kind: 'spur', coordinates,
});

export const TOY_FIBRE: FibreRoute[] = [
  route('R1', 'aerial', [[107.5, 12.05], [107.55, 12.05], [107.6, 12.05], [107.65, 12.05]]),
  route('R1b', 'aerial', [[107.65, 12.05], [107.7, 12.05]]),
  route('R2', 'underground', [[107.7, 12.05], [107.75, 12.05]]),
  route('R3', 'aerial', [[107.72, 12.08], [107.76, 12.08]]),
];

export function toyDataset(): Dataset {
  return {
    meta: { name: 'toy', synthetic: true, sources: [] },
    units: [unit('T1', 'Thị trấn', 107.5, 'urban'), unit('X1', 'Xã', 107.6, 'rural'), unit('X2', 'Xã', 107.7, 'rural')],
    villages: [
      village('t-v1', 'T1', 107.55, 12.05, 3000),
      village('b-v1', 'X1', 107.65, 12.05, 1000),
      village('b-v2', 'X1', 107.69, 12.09, 500),
      village('c-v1', 'X2', 107.78, 12.01, 800),
    ],
    sites: [toySite('S-T', 'VTL', 107.55, 12.05, true), toySite('S-B', 'VNP', 107.65, 12.05, false)],
    fibre: TOY_FIBRE.map((r) => ({ ...r, coordinates: [...r.coordinates] })),
  };
}

/**
 * Roads for the toy: QL1 (main) runs 0.0004° (≈ 44.5 m) north of R1 from 107.5 to 107.55, so about half of the
 * T1 aerial package lies along it; DT1 (minor) runs north-south at 107.697, ≈ 544 m east of b-v2's polygon and
 * about 11.6 km from c-v1.
 */
export const TOY_ROADS: Road[] = [
  { id: 'QL1', name: 'QL1', class: 'main', coordinates: [[107.5, 12.0504], [107.55, 12.0504]] },
  { id: 'DT1', name: 'DT1', class: 'minor', coordinates: [[107.697, 12.08], [107.697, 12.1]] },
];

export function toyDatasetWithRoads(roads: Road[] = TOY_ROADS): Dataset {
  return { ...toyDataset(), roads: roads.map((r) => ({ ...r, coordinates: [...r.coordinates] })) };
}
