/**
 * Atlas page plan: one map page per reporting unit. Each unit's bounding box is padded and widened (in Web
 * Mercator, where the screen is linear) to the map box's aspect ratio, then given the zoom at which it fills
 * the image of the requested pixel size.
 */
import type { ReportingUnit } from '../model/types';
import type { BBox } from '../grid/equal-area-grid';
import { geometryBBox } from '../boundaries/units-bbox';
import { MAPLIBRE_TILE_SIZE } from './scale-bar';

const MAX_LAT = 85.051129;

/** Normalised Web Mercator: x, y in [0, 1], y down from the north edge. */
export function mercatorXY(lon: number, lat: number): [x: number, y: number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lon + 180) / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

export function mercatorLngLat(x: number, y: number): [lon: number, lat: number] {
  return [x * 360 - 180, (Math.atan(Math.sinh((0.5 - y) * 2 * Math.PI)) * 180) / Math.PI];
}

/** `bbox` grown by `padFraction` of its size on each side, then widened or heightened to width/height = aspect. */
export function fitBBoxToAspect(bbox: BBox, aspect: number, padFraction = 0.05): BBox {
  const [x0, y1] = mercatorXY(bbox[0], bbox[1]);
  const [x1, y0] = mercatorXY(bbox[2], bbox[3]);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  // A point or a line still gets a visible box: at least ~100 m at the equator.
  let w = Math.max((x1 - x0) * (1 + 2 * padFraction), 2.5e-6);
  let h = Math.max((y1 - y0) * (1 + 2 * padFraction), 2.5e-6);
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  const [west, north] = mercatorLngLat(cx - w / 2, cy - h / 2);
  const [east, south] = mercatorLngLat(cx + w / 2, cy + h / 2);
  return [west, south, east, north];
}

/** Zoom (maplibre convention, 512-px tiles) at which `bbox` just fits an image of pixelWidth × pixelHeight. */
export function zoomToFit(bbox: BBox, pixelWidth: number, pixelHeight: number, tileSize: number = MAPLIBRE_TILE_SIZE): number {
  const [x0, y1] = mercatorXY(bbox[0], bbox[1]);
  const [x1, y0] = mercatorXY(bbox[2], bbox[3]);
  const zx = Math.log2(pixelWidth / (Math.max(x1 - x0, 1e-12) * tileSize));
  const zy = Math.log2(pixelHeight / (Math.max(y1 - y0, 1e-12) * tileSize));
  return Math.min(zx, zy);
}

export interface AtlasPage {
  code: string;
  name: string;
  /** The area the map shows, with the map box's aspect ratio. */
  bbox: BBox;
  centre: [lon: number, lat: number];
  zoom: number;
  pixelWidth: number;
  pixelHeight: number;
}

export interface AtlasOptions {
  /** Map box on paper, mm. */
  mapWidthMm: number;
  mapHeightMm: number;
  /** Image resolution; default 150 dpi. */
  dpi?: number;
  /** Default 0.05 (5% of the unit's extent on each side). */
  padFraction?: number;
}

export function atlasPlan(units: readonly ReportingUnit[], options: AtlasOptions): AtlasPage[] {
  const dpi = options.dpi ?? 150;
  const pixelWidth = Math.round((options.mapWidthMm / 25.4) * dpi);
  const pixelHeight = Math.round((options.mapHeightMm / 25.4) * dpi);
  const aspect = options.mapWidthMm / options.mapHeightMm;
  return units.flatMap((u): AtlasPage[] => {
    const own = geometryBBox(u.geometry);
    if (!(own[0] <= own[2])) return [];
    const bbox = fitBBoxToAspect(own, aspect, options.padFraction ?? 0.05);
    const [x0, y1] = mercatorXY(bbox[0], bbox[1]);
    const [x1, y0] = mercatorXY(bbox[2], bbox[3]);
    const centre = mercatorLngLat((x0 + x1) / 2, (y0 + y1) / 2);
    return [{ code: u.code, name: u.name, bbox, centre, zoom: zoomToFit(bbox, pixelWidth, pixelHeight), pixelWidth, pixelHeight }];
  });
}
