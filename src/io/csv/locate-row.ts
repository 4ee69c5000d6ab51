import { distance } from '@turf/turf';
import { coded, type CodedText } from './issue-codes';
import { locateVn2000, locateWgs84, type BBox, type Cell, type Located, type LocatedWarning } from './location';

/** Which coordinate pairs a file's mapping reads: one of them, or both with each row read from the pair it fills. */
export interface CoordKinds {
  latLon: boolean;
  xy: boolean;
}

/** Both pairs filled and further apart than this: the row is rejected rather than one pair trusted. */
export const PAIRS_AGREE_M = 50;

export interface RowCells {
  lat: Cell;
  lon: Cell;
  x: Cell;
  y: Cell;
}

export interface LocateContext {
  kinds: CoordKinds;
  /** Null when no province was given: X/Y rows cannot be placed. */
  meridianDeg: number | null;
  area: BBox | undefined;
  decimalComma: boolean;
}

const filled = (...cells: Cell[]): boolean => cells.some((c) => c.value.trim() !== '');
const fail = (reason: CodedText, cell: Cell): Located => ({ ok: false, reason, cell });

function fromXy(ctx: LocateContext, siteId: string, cells: RowCells): Located {
  if (ctx.meridianDeg === null) return fail(coded('rowNeedsProvince'), cells.x);
  return locateVn2000(siteId, cells.x, cells.y, ctx.meridianDeg, ctx.area, ctx.decimalComma);
}

/** Kept pair's result with a warning that the other filled pair could not be read. */
function fallback(kept: Located & { ok: true }, broken: Located & { ok: false }, brokenPair: 'w_latlon' | 'w_xy'): Located {
  const warning: LocatedWarning = {
    text: coded('pairUnreadable', {
      ...broken.reason.params, pairCode: brokenPair, reasonCode: broken.reason.code, usedCode: brokenPair === 'w_xy' ? 'w_latlon' : 'w_xy',
    }),
    cell: broken.cell,
  };
  return { ...kept, warnings: [...kept.warnings, warning] };
}

/**
 * The row's position from the mapped pair(s). With both pairs mapped, the filled one is read; when both are filled
 * they must agree within PAIRS_AGREE_M, and an unreadable one gives way to the readable one with a warning.
 */
export function locateRow(ctx: LocateContext, siteId: string, cells: RowCells): Located {
  const { kinds } = ctx;
  if (!kinds.xy) return locateWgs84(siteId, cells.lat, cells.lon, ctx.area);
  if (!kinds.latLon) return fromXy(ctx, siteId, cells);
  const hasLatLon = filled(cells.lat, cells.lon);
  const hasXy = filled(cells.x, cells.y);
  if (!hasLatLon && !hasXy) return fail(coded('noPosition'), cells.lat);
  if (!hasXy) return locateWgs84(siteId, cells.lat, cells.lon, ctx.area);
  if (!hasLatLon) return fromXy(ctx, siteId, cells);
  const a = locateWgs84(siteId, cells.lat, cells.lon, ctx.area);
  const b = fromXy(ctx, siteId, cells);
  if (a.ok && b.ok) {
    const apart = distance([a.lon, a.lat], [b.lon, b.lat], { units: 'meters' });
    if (apart <= PAIRS_AGREE_M) return a;
    return fail(coded('pairsDisagree', {
      lat: a.lat.toFixed(6), lon: a.lon.toFixed(6), xyLat: b.lat.toFixed(6), xyLon: b.lon.toFixed(6), m: Math.round(apart),
    }), { column: `${cells.lat.column} / ${cells.x.column}`, value: `${cells.lat.value}, ${cells.lon.value} / ${cells.x.value}, ${cells.y.value}` });
  }
  if (a.ok && !b.ok) return fallback(a, b, 'w_xy');
  if (b.ok && !a.ok) return fallback(b, a, 'w_latlon');
  return a;
}
