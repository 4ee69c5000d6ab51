import type { CoverageFigures, UnitFigures, VillageFigures } from '../../../src/domain/coverage/figures-types';
import type { FibreRoute, ReportingUnit, Site, Technology, Village } from '../../../src/domain/model/types';

type PerTech<T> = Record<Technology, T>;
const each = <T>(v: T): PerTech<T> => ({ '2G': v, '3G': v, '4G': v, '5G': v });

/** Counter-clockwise (RFC 7946) square with south-west corner lon, lat. */
export function ccwSquare(lon: number, lat: number, size: number): [number, number][] {
  return [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]];
}

export const UNITS: ReportingUnit[] = [
  { code: '24616', name: 'Phường Nghĩa Đức', type: 'Phường', district: 'Thành phố Gia Nghĩa', population: 12873, clutter: 'urban', geometry: { type: 'Polygon', coordinates: [ccwSquare(107.6123457, 12.0000001, 0.05)] } },
  { code: '24620', name: '=Xã "Đắk" Nia, mới', type: 'Xã', district: 'Thành phố Gia Nghĩa', population: 10455, clutter: 'rural', geometry: { type: 'MultiPolygon', coordinates: [[ccwSquare(107.65, 12.0, 0.02)], [ccwSquare(107.7, 12.0, 0.01)]] } },
];

export const VILLAGES: Village[] = [
  { id: 'V1', name: 'Thôn Nghĩa Thuận', unitCode: '24616', population: 812, geometry: { type: 'Polygon', coordinates: [ccwSquare(107.61, 12.01, 0.005)] }, point: [107.6125, 12.0125] },
  { id: 'V2', name: 'Bon Bu Prăng', unitCode: '24620', population: 340, geometry: null, point: [107.6612345, 12.0087654] },
];

export const SITES: Site[] = [
  {
    id: 'DNG101', name: 'Gia Nghĩa Đông', carrier: 'Viettel', lon: 107.6912345, lat: 12.0031234, heightM: 42.5,
    sectors: [{ azimuthDeg: 0, beamwidthDeg: 65, downtiltDeg: 4 }, { azimuthDeg: 120, beamwidthDeg: 65, downtiltDeg: -2 }, { azimuthDeg: 240, beamwidthDeg: 90, downtiltDeg: 6 }],
    radios: [{ tech: '4G', bandMHz: 1800 }, { tech: '5G', bandMHz: 3500 }], proposed: false,
  },
  {
    id: 'DNG102', name: '+Quảng Thành', carrier: 'VNPT', lon: 107.7204, lat: 12.0388, heightM: 30,
    sectors: [{ azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 3 }], radios: [{ tech: '2G', bandMHz: 900 }], proposed: true,
  },
];

export const FIBRE: FibreRoute[] = [
  { id: 'FO-01', name: 'Trục chính', laying: 'aerial', kind: 'backbone', coordinates: [[107.69, 12.0], [107.62, 12.0212345]] },
];

const unitFigures = (u: ReportingUnit, pct: number): UnitFigures => ({
  code: u.code, name: u.name, type: u.type, district: u.district, population: u.population, areaKm2: 30.123456, villages: 1, siteCount: 0,
  pctArea: { ...each(0), '4G': pct }, pctPopulation: { ...each(0), '4G': pct + 1.23456 }, pctVillages: { ...each(0), '4G': 100 },
  sites: { Viettel: { ...each(0), '4G': 2 }, 'Mobi Fone': { ...each(0), '4G': 1 } },
  ftth: { reached: pct > 50, pctVillagesServed: 50, fibreKm: { aerial: 1.23456, underground: 0, duct: 0, unknown: 0.5 } },
});

const villageFigures = (v: Village, dbm: number | null): VillageFigures => ({
  id: v.id, name: v.name, unitCode: v.unitCode, population: v.population,
  bestDbm: { ...each(null), '4G': dbm }, servingSiteId: { ...each(null), '4G': dbm === null ? null : 'DNG101' },
  coveredShare: { ...each(0), '4G': dbm === null ? 0 : 0.87654 }, covered: { ...each(false), '4G': dbm !== null },
  fibreDistanceM: dbm === null ? null : 1234.56, ftthServed: dbm !== null,
});

/** Figures for the first unit and first village only, to show missing figures come out blank. */
export const FIGURES: CoverageFigures = {
  techs: ['4G'],
  units: [unitFigures(UNITS[0] as ReportingUnit, 87.654)],
  villages: [villageFigures(VILLAGES[0] as Village, -92.345), villageFigures(VILLAGES[1] as Village, null)],
  totals: {
    units: 2, villages: 2, population: 23328, sites: 2, pctVillages: each(0), pctPopulation: each(0), pctAreaCovered: each(0),
    pctUnitsFtth: 0, pctVillagesFtth: 0, btsByCarrierTech: {}, fibreKm: { aerial: 0, underground: 0, duct: 0, unknown: 0 }, sitesOutsideUnits: [],
  },
  warnings: [],
};
