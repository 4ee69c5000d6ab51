import type { Position } from 'geojson';
import type { ReportingUnit, UnitGeometry } from '../model/types';
import type { BBox } from '../grid/equal-area-grid';

function eachPosition(geom: UnitGeometry, visit: (p: Position) => void): void {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  for (const poly of polys) for (const ring of poly) for (const p of ring) visit(p);
}

/** Bounding box of one geometry; [Infinity, Infinity, -Infinity, -Infinity] when it has no finite vertex. */
export function geometryBBox(geom: UnitGeometry): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(geom, (p) => {
    const lon = p[0] ?? NaN;
    const lat = p[1] ?? NaN;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  });
  return box;
}

/** Bounding box of all units, or a token box at (0, 0) when there are none. */
export function unitsBBox(units: readonly ReportingUnit[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const u of units) {
    const b = geometryBBox(u.geometry);
    box[0] = Math.min(box[0], b[0]);
    box[1] = Math.min(box[1], b[1]);
    box[2] = Math.max(box[2], b[2]);
    box[3] = Math.max(box[3], b[3]);
  }
  return box[0] <= box[2] ? box : [0, 0, 0, 0];
}
