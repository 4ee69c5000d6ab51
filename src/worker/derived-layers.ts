import * as turf from '@turf/turf';
import { dict } from '../domain/model/dict';
import type { Dataset } from '../domain/model/types';
import type { CoverageImage } from '../domain/display/coverage-image';
import { hillshadeImage } from '../domain/display/hillshade';
import { landCoverImage } from '../domain/display/land-cover-image';
import { dissolveUnits, unitLabelPoints, type OutlineFeature } from '../domain/display/unit-outlines';

export interface DerivedLayers {
  districts: OutlineFeature[];
  /** `rank` 0 is labelled first (wards and towns, then by population). */
  labels: { code: string; name: string; point: readonly [number, number]; rank: number }[];
  /** By route id; read with `own` (a route may be called "constructor"). */
  fibreLengthM: Record<string, number>;
  /** The elevation layer shaded for the map (null without one). */
  hillshade: CoverageImage | null;
  /** The land-cover classes coloured for the map (null without a land-cover layer). */
  landCover: CoverageImage | null;
}

let shaded: { id: string; image: CoverageImage } | null = null;

/** The hillshade of the elevation layer, made once per elevation layer (a drag re-derives nothing else from it). */
function hillshadeOf(dataset: Dataset): CoverageImage | null {
  const e = dataset.elevation;
  if (!e) return null;
  if (shaded?.id !== e.id) shaded = { id: e.id, image: hillshadeImage(e.terrain, { maxSide: 2048 }) };
  return shaded.image;
}

let coloured: { id: string; image: CoverageImage } | null = null;

/** The land cover's class image, made once per land-cover layer. */
function landCoverOf(dataset: Dataset): CoverageImage | null {
  const lc = dataset.landCover;
  if (!lc) return null;
  if (coloured?.id !== lc.id) coloured = { id: lc.id, image: landCoverImage(lc.cover) };
  return coloured.image;
}

export function deriveLayers(dataset: Dataset): DerivedLayers {
  return {
    districts: dissolveUnits(dataset.units, (u) => u.district),
    labels: unitLabelPoints(dataset.units),
    hillshade: hillshadeOf(dataset),
    landCover: landCoverOf(dataset),
    fibreLengthM: dict(
      dataset.fibre.map((r) => [r.id, r.coordinates.length > 1 ? turf.length(turf.lineString(r.coordinates.map((c) => [c[0], c[1]])), { units: 'meters' }) : 0]),
    ),
  };
}
