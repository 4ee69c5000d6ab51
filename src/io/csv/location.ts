import { readCoordinate } from '../coords/dms';
import { resolveXy, vn2000ToWgs84, type XyOrder } from '../coords/vn2000';
import { coded, type CodedText, type CsvIssueCode } from './issue-codes';
import { parseCsvNumber } from './numbers';
import type { CsvFix } from './row-issue';

/** [minLon, minLat, maxLon, maxLat] in WGS84 degrees. */
export type BBox = readonly [number, number, number, number];

/** How far outside the area a point may lie (degrees, ~25 km) before it is called far outside. */
const AREA_MARGIN_DEG = 0.25;

export interface Cell {
  column: string;
  value: string;
}

export interface LocatedWarning {
  text: CodedText;
  cell: Cell;
  fix?: CsvFix;
}

export type Located =
  | {
    ok: true; lon: number; lat: number; xyOrder?: XyOrder; warnings: LocatedWarning[];
    /** The cell an issue about the position is reported on. */
    cell: Cell;
    /** Read from lat/lon as written: a swap or sign change may be what was meant. */
    fixable: boolean;
  }
  | { ok: false; reason: CodedText; cell: Cell };

const inBox = (lon: number, lat: number, b: BBox, margin: number): boolean =>
  lon >= b[0] - margin && lon <= b[2] + margin && lat >= b[1] - margin && lat <= b[3] + margin;

/** Degrees outside the box (0 inside), roughly, to tell a typo from a neighbouring province. */
function degreesOutside(lon: number, lat: number, b: BBox): number {
  const dx = Math.max(b[0] - lon, 0, lon - b[2]);
  const dy = Math.max(b[1] - lat, 0, lat - b[3]);
  return Math.hypot(dx, dy);
}

const failed = (reason: CodedText, cell: Cell): Located => ({ ok: false, reason, cell });

/** The swap or sign change of a lat/lon pair that is a way to read it, in the order they are tried. */
export function positionFixes(lon: number, lat: number): [CsvFix['kind'], number, number, CsvIssueCode][] {
  const all: [CsvFix['kind'], number, number, CsvIssueCode][] = [
    ['swap-lat-lon', lat, lon, 'w_swapped'],
    ['negate-lon', -lon, lat, 'w_lonSign'],
    ['negate-lat', lon, -lat, 'w_latSign'],
  ];
  return all.filter(([, , fLat]) => Math.abs(fLat) <= 90);
}

/**
 * A point outside the area's box (used when no boundary polygons are loaded), with the one simple fix (swap, sign)
 * that brings it inside applied: the broken position is never kept while its fix is only suggested.
 */
export function areaWarning(siteId: string, lon: number, lat: number, area: BBox | undefined, cell: Cell, offerFix = true): LocatedWarning | null {
  if (!area || inBox(lon, lat, area, AREA_MARGIN_DEG)) return null;
  const where = { lat: lat.toFixed(5), lon: lon.toFixed(5), km: Math.round(degreesOutside(lon, lat, area) * 111) };
  if (!offerFix) return { text: coded('outsideCheckXy', where), cell };
  for (const [kind, fLon, fLat, why] of positionFixes(lon, lat)) {
    if (inBox(fLon, fLat, area, 0)) {
      const fix: CsvFix = { kind, siteId, lon: fLon, lat: fLat, applied: true };
      return { text: coded('outsideFix', { ...where, whyCode: why, fixLat: fLat.toFixed(5), fixLon: fLon.toFixed(5) }), cell, fix };
    }
  }
  return { text: coded('outsideCheck', where), cell };
}

const located = (cell: Cell, fixable: boolean, lon: number, lat: number, ...warnings: (LocatedWarning | null)[]): Located & { ok: true } =>
  ({ ok: true, lon, lat, cell, fixable, warnings: warnings.filter((w): w is LocatedWarning => w !== null) });

/** WGS84 latitude/longitude cells, decimal or DMS. A latitude beyond ±90 can only be a swapped pair: swapped, flagged. */
export function locateWgs84(siteId: string, latCell: Cell, lonCell: Cell, area: BBox | undefined): Located {
  if (latCell.value.trim() === '') return failed(coded('latMissing'), latCell);
  if (lonCell.value.trim() === '') return failed(coded('lonMissing'), lonCell);
  for (const cell of [latCell, lonCell]) {
    const n = parseCsvNumber(cell.value);
    if (n !== undefined && Math.abs(n) > 1000) return failed(coded('looksProjected', { n }), cell);
  }
  const lon = readCoordinate(lonCell.value, 'lon');
  const lat = readCoordinate(latCell.value, 'lat');
  if (typeof lon !== 'number') return failed(coded('coordBad', { axisCode: 'w_longitude', whyCode: lon.code, ...lon.params }), lonCell);
  if (typeof lat !== 'number') {
    const asLon = readCoordinate(latCell.value, 'lon');
    if (typeof asLon === 'number' && Math.abs(lon) <= 90) {
      const fix: CsvFix = { kind: 'swap-lat-lon', siteId, lon: asLon, lat: lon, applied: true };
      const swapped: LocatedWarning = { text: coded('swappedApplied', { value: latCell.value, lat: lon, lon: asLon }), cell: latCell, fix };
      return located(latCell, false, asLon, lon, swapped, areaWarning(siteId, asLon, lon, area, latCell, false));
    }
    return failed(coded('coordBad', { axisCode: 'w_latitude', whyCode: lat.code, ...lat.params }), latCell);
  }
  const outside = areaWarning(siteId, lon, lat, area, lonCell);
  if (outside?.fix) return located(lonCell, false, outside.fix.lon, outside.fix.lat, outside);
  return located(lonCell, true, lon, lat, outside);
}

/** VN-2000 X/Y metres in a provincial 3° zone; which one is the northing is decided by plausibility. */
export function locateVn2000(
  siteId: string, xCell: Cell, yCell: Cell, meridianDeg: number, area: BBox | undefined, decimalComma: boolean,
): Located {
  const x = parseCsvNumber(xCell.value, decimalComma);
  const y = parseCsvNumber(yCell.value, decimalComma);
  if (x === undefined) return failed(coded(xCell.value.trim() === '' ? 'xMissing' : 'xNotNumber'), xCell);
  if (y === undefined) return failed(coded(yCell.value.trim() === '' ? 'yMissing' : 'yNotNumber'), yCell);
  const resolved = resolveXy(x, y);
  if (typeof resolved === 'string') return failed(coded('notVn2000', { x, y }), xCell);
  const [lon, lat] = vn2000ToWgs84(resolved.easting, resolved.northing, meridianDeg);
  // a swapped or sign-flipped degree pair is not a fix for projected metres
  return { ...located(xCell, false, lon, lat, areaWarning(siteId, lon, lat, area, xCell, false)), xyOrder: resolved.order };
}
