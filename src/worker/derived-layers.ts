import * as turf from '@turf/turf';
import { dict } from '../domain/model/dict';
import type { Dataset } from '../domain/model/types';
import { dissolveUnits, unitLabelPoints, type OutlineFeature } from '../domain/display/unit-outlines';

export interface DerivedLayers {
  districts: OutlineFeature[];
  labels: { code: string; name: string; point: readonly [number, number] }[];
  /** By route id; read with `own` (a route may be called "constructor"). */
  fibreLengthM: Record<string, number>;
}

export function deriveLayers(dataset: Dataset): DerivedLayers {
  return {
    districts: dissolveUnits(dataset.units, (u) => u.district),
    labels: unitLabelPoints(dataset.units),
    fibreLengthM: dict(
      dataset.fibre.map((r) => [r.id, r.coordinates.length > 1 ? turf.length(turf.lineString(r.coordinates.map((c) => [c[0], c[1]])), { units: 'meters' }) : 0]),
    ),
  };
}
