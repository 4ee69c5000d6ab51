import { placeLabels, type LabelRequest } from '../domain/print/label-placement';
import type { Box } from '../domain/print/page';
import type { DerivedLayers } from '../worker/derived-layers';

type UnitLabel = DerivedLayers['labels'][number];

/** A commune name as the map draws it: at `position` (lon/lat), its placed box's centre, never over a site symbol. */
export interface ScreenLabel {
  code: string;
  name: string;
  position: [number, number];
}

export interface ScreenLabelView {
  /** Lon/lat to CSS pixels of the map, and back. */
  project(p: readonly [number, number]): { x: number; y: number };
  unproject(p: readonly [number, number]): { lng: number; lat: number };
  widthPx: number;
  heightPx: number;
}

/** Halo drawn round each glyph (TextLayer outlineWidth), CSS pixels. */
const HALO_PX = 2;

/** Share of the units (at least MIN_LEADING) whose names are placed before the site symbols are considered. */
const LEADING_SHARE = 0.15;
const MIN_LEADING = 6;

/**
 * The commune names that fit the view, placed greedily without overlaps (wards and towns first, then by population:
 * the worker's `rank`), each on its label point or shifted near it. The leading names (wards, towns and the most
 * populous, about 15 %) are placed first against one another only, so the province view still names its centres where
 * sites are dense; every other name goes only where it covers no site symbol (`symbols`: centre and radius in pixels).
 * Names that find no free place are left out until the view changes.
 */
export function placeScreenLabels(
  labels: readonly UnitLabel[], symbols: readonly { x: number; y: number; r: number }[], view: ScreenLabelView,
  sizePx: number, textWidthPx: (text: string, sizePx: number) => number,
): ScreenLabel[] {
  const frame: Box = { x: 0, y: 0, w: view.widthPx, h: view.heightPx };
  const requests: (LabelRequest & { source: UnitLabel })[] = [];
  for (const l of labels) {
    const p = view.project(l.point);
    if (p.x < -200 || p.y < -50 || p.x > view.widthPx + 200 || p.y > view.heightPx + 50) continue;
    requests.push({
      text: l.name, kind: 'commune', anchor: [p.x, p.y], weight: -l.rank, source: l,
      widthMm: textWidthPx(l.name, sizePx) + 2 * HALO_PX, heightMm: sizePx * 1.2 + 2 * HALO_PX,
    });
  }
  const obstacles: Box[] = [];
  for (const s of symbols) {
    if (s.x < -s.r || s.y < -s.r || s.x > view.widthPx + s.r || s.y > view.heightPx + s.r) continue;
    obstacles.push({ x: s.x - s.r, y: s.y - s.r, w: 2 * s.r, h: 2 * s.r });
  }
  const leadingRank = Math.max(MIN_LEADING, Math.ceil(labels.length * LEADING_SHARE));
  const leading = placeLabels(requests.filter((r) => r.source.rank < leadingRank), { frame, obstacles: [], gapMm: 2 });
  const rest = placeLabels(requests.filter((r) => r.source.rank >= leadingRank), { frame, obstacles: [...obstacles, ...leading.map((p) => p.box)], gapMm: 2 });
  return [...leading, ...rest].map(({ label, box }) => {
    const at = view.unproject([box.x + box.w / 2, box.y + box.h / 2]);
    return { code: label.source.code, name: label.source.name, position: [at.lng, at.lat] };
  });
}
