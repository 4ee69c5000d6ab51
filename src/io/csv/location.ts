import { parseCoordinate } from '../coords/dms';
import { resolveXy, vn2000ToWgs84, type XyOrder } from '../coords/vn2000';
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

export type Located =
  | { ok: true; lon: number; lat: number; xyOrder?: XyOrder; warning?: { reason: string; cell: Cell; fix?: CsvFix } }
  | { ok: false; reason: string; cell: Cell };

const inBox = (lon: number, lat: number, b: BBox, margin: number): boolean =>
  lon >= b[0] - margin && lon <= b[2] + margin && lat >= b[1] - margin && lat <= b[3] + margin;

/** Degrees outside the box (0 inside), roughly, to tell a typo from a neighbouring province. */
function degreesOutside(lon: number, lat: number, b: BBox): number {
  const dx = Math.max(b[0] - lon, 0, lon - b[2]);
  const dy = Math.max(b[1] - lat, 0, lat - b[3]);
  return Math.hypot(dx, dy);
}

/** A point outside the area, with the one simple fix (swap, sign) that would bring it inside, if any. */
export function checkArea(siteId: string, lon: number, lat: number, area: BBox | undefined, cell: Cell): Located {
  if (!area || inBox(lon, lat, area, AREA_MARGIN_DEG)) return { ok: true, lon, lat };
  const candidates: [CsvFix['kind'], number, number, string][] = [
    ['swap-lat-lon', lat, lon, 'latitude and longitude look swapped'],
    ['negate-lon', -lon, lat, 'longitude has the wrong sign'],
    ['negate-lat', lon, -lat, 'latitude has the wrong sign'],
  ];
  const where = `${lat.toFixed(5)}, ${lon.toFixed(5)} is ~${Math.round(degreesOutside(lon, lat, area) * 111)} km outside the area`;
  for (const [kind, fLon, fLat, why] of candidates) {
    if (Math.abs(fLat) <= 90 && inBox(fLon, fLat, area, 0)) {
      const fix: CsvFix = { kind, siteId, lon: fLon, lat: fLat, applied: false };
      return { ok: true, lon, lat, warning: { reason: `${where}; ${why}: ${fLat.toFixed(5)}, ${fLon.toFixed(5)} would be inside`, cell, fix } };
    }
  }
  return { ok: true, lon, lat, warning: { reason: `${where}; check the coordinates`, cell } };
}

/** WGS84 latitude/longitude cells, decimal or DMS. A latitude beyond ±90 can only be a swapped pair: swapped, flagged. */
export function locateWgs84(siteId: string, latCell: Cell, lonCell: Cell, area: BBox | undefined): Located {
  if (latCell.value.trim() === '') return { ok: false, reason: 'latitude is missing', cell: latCell };
  if (lonCell.value.trim() === '') return { ok: false, reason: 'longitude is missing', cell: lonCell };
  for (const cell of [latCell, lonCell]) {
    const n = parseCsvNumber(cell.value);
    if (n !== undefined && Math.abs(n) > 1000) {
      return { ok: false, reason: `${n} looks like projected metres, not degrees; import as VN-2000 X/Y with the province`, cell };
    }
  }
  const lon = parseCoordinate(lonCell.value, 'lon');
  const lat = parseCoordinate(latCell.value, 'lat');
  if (typeof lon === 'string') return { ok: false, reason: `longitude: ${lon}`, cell: lonCell };
  if (typeof lat === 'string') {
    const asLon = parseCoordinate(latCell.value, 'lon');
    if (typeof asLon === 'number' && Math.abs(lon) <= 90) {
      const fix: CsvFix = { kind: 'swap-lat-lon', siteId, lon: asLon, lat: lon, applied: true };
      const checked = checkArea(siteId, asLon, lon, area, latCell);
      const reason = `latitude ${latCell.value} is impossible; read the pair as swapped (lat ${lon}, lon ${asLon})`;
      return { ok: true, lon: asLon, lat: lon, warning: { reason: checked.ok && checked.warning ? `${reason}; ${checked.warning.reason}` : reason, cell: latCell, fix } };
    }
    return { ok: false, reason: `latitude: ${lat}`, cell: latCell };
  }
  return checkArea(siteId, lon, lat, area, lonCell);
}

/** VN-2000 X/Y metres in a provincial 3° zone; which one is the northing is decided by plausibility. */
export function locateVn2000(
  siteId: string, xCell: Cell, yCell: Cell, meridianDeg: number, area: BBox | undefined, decimalComma: boolean,
): Located {
  const x = parseCsvNumber(xCell.value, decimalComma);
  const y = parseCsvNumber(yCell.value, decimalComma);
  if (x === undefined) return { ok: false, reason: xCell.value.trim() === '' ? 'X is missing' : 'X is not a number', cell: xCell };
  if (y === undefined) return { ok: false, reason: yCell.value.trim() === '' ? 'Y is missing' : 'Y is not a number', cell: yCell };
  const resolved = resolveXy(x, y);
  if (typeof resolved === 'string') return { ok: false, reason: resolved, cell: xCell };
  const [lon, lat] = vn2000ToWgs84(resolved.easting, resolved.northing, meridianDeg);
  const checked = checkArea(siteId, lon, lat, area, xCell);
  // a swapped or sign-flipped degree pair is not a fix for projected metres
  if (checked.ok && checked.warning) checked.warning = { reason: checked.warning.reason.replace(/;.*$/, '; check X/Y and the province'), cell: xCell };
  return checked.ok ? { ...checked, xyOrder: resolved.order } : checked;
}
