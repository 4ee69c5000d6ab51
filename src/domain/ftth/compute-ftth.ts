import type { Dataset } from '../model/types';
import { FibreSegmentIndex } from './fibre-segment-index';
import { type FibreKm, fibreKmInPolygon } from './fibre-length-in-polygon';
import { PolygonEdges } from './polygon-edges';

export const DEFAULT_FTTH_DISTANCE_M = 500;

export interface FtthUnitResult {
  code: string;
  /** Fibre runs inside the unit, or at least one of its villages is served. */
  reached: boolean;
  /** 0..100; 0 when the unit has no villages. */
  pctVillagesServed: number;
  fibreKm: FibreKm;
}

export interface FtthResult {
  /** Per `dataset.villages` index: metres from the village (polygon edge, or point) to the nearest fibre; Infinity if none. */
  villageDistanceM: Float64Array;
  /** Per `dataset.villages` index: 1 when within the FTTH distance. */
  villageServed: Uint8Array;
  /** Per `dataset.units` index. */
  units: FtthUnitResult[];
}

/** Village distances to fibre, served villages, and fibre reach and length per reporting unit. */
export function computeFtth(dataset: Dataset, ftthDistanceM: number = DEFAULT_FTTH_DISTANCE_M): FtthResult {
  const index = new FibreSegmentIndex(dataset.fibre);
  const nv = dataset.villages.length;
  const villageDistanceM = new Float64Array(nv);
  const villageServed = new Uint8Array(nv);
  const servedByUnit = new Map<string, { total: number; served: number }>();
  dataset.villages.forEach((v, i) => {
    const hit = v.geometry ? index.nearestToPolygon(v.geometry) : index.nearest(v.point[0], v.point[1]);
    const d = hit ? hit.distanceM : Infinity;
    villageDistanceM[i] = d;
    const served = d <= ftthDistanceM;
    villageServed[i] = served ? 1 : 0;
    const tally = servedByUnit.get(v.unitCode) ?? { total: 0, served: 0 };
    tally.total++;
    if (served) tally.served++;
    servedByUnit.set(v.unitCode, tally);
  });
  const units = dataset.units.map((u): FtthUnitResult => {
    const fibreKm = fibreKmInPolygon(index, new PolygonEdges(u.geometry));
    const tally = servedByUnit.get(u.code) ?? { total: 0, served: 0 };
    const fibreInside = fibreKm.aerial + fibreKm.underground + fibreKm.duct + fibreKm.unknown > 0;
    return {
      code: u.code,
      reached: fibreInside || tally.served > 0,
      pctVillagesServed: tally.total > 0 ? (100 * tally.served) / tally.total : 0,
      fibreKm,
    };
  });
  return { villageDistanceM, villageServed, units };
}
