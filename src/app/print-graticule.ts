/**
 * The graticule of a printed map: short ticks inward from all four sides of the frame at every step of latitude
 * and longitude, meridians labelled along the top and parallels along the left ("107°30′Đ", "12°15′B"), each
 * label on a white backing just inside the frame, left off where it would run past the frame or under the north
 * arrow, the scale bar or another label.
 */
import { degreesMinutes, graticule, type Box, type MapPageLayout } from '../domain/print';
import { lineHeightMm } from '../domain/print/wrap-text';
import type { BBox } from '../domain/grid/equal-area-grid';
import { printT } from '../i18n/print-strings';
import type { Lang } from '../i18n/lang';
import type { PdfMarks, PdfTextMeasure } from '../io/pdf';

const TICK_MM = 2;
const PAD_MM = 0.6;

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export function tickLabel(lang: Lang, minutes: number, axis: 'lon' | 'lat'): string {
  const params = degreesMinutes(minutes);
  const key = axis === 'lon' ? (minutes < 0 ? 'graticuleLonW' : 'graticuleLon') : minutes < 0 ? 'graticuleLatS' : 'graticuleLat';
  return printT(lang, key, params);
}

export function graticuleMarks(lang: Lang, layout: MapPageLayout, bounds: BBox, measure: PdfTextMeasure | null | undefined): PdfMarks {
  const map = layout.map;
  const pt = layout.fontPt.footer;
  const lineH = lineHeightMm(pt);
  // Without metrics a character is taken as 0.6 em wide.
  const width = (s: string): number => (measure ? measure(s, pt) : [...s].length * pt * (25.4 / 72) * 0.6) + 2 * PAD_MM;
  const g = graticule(bounds, map, 30 * (layout.fontPt.footer / 7));
  const rules: PdfMarks['rules'] = [];
  const texts: PdfMarks['texts'] = [];
  const right = map.x + map.w;
  const bottom = map.y + map.h;
  const avoid: Box[] = [layout.northArrow, layout.scaleBar];
  const place = (text: string, box: Box): void => {
    const inside = box.x >= map.x && box.x + box.w <= right && box.y >= map.y && box.y + box.h <= bottom;
    if (!inside || avoid.some((a) => overlaps(a, box))) return;
    avoid.push(box);
    texts.push({ text, box, sizePt: pt, align: 'center', background: '#ffffff' });
  };
  for (const t of g.meridians) {
    rules.push({ x1: t.at, y1: map.y, x2: t.at, y2: map.y + TICK_MM, widthMm: 0.2 }, { x1: t.at, y1: bottom, x2: t.at, y2: bottom - TICK_MM, widthMm: 0.2 });
    const text = tickLabel(lang, t.minutes, 'lon');
    const w = width(text);
    place(text, { x: t.at - w / 2, y: map.y + TICK_MM + 0.3, w, h: lineH });
  }
  for (const t of g.parallels) {
    rules.push({ x1: map.x, y1: t.at, x2: map.x + TICK_MM, y2: t.at, widthMm: 0.2 }, { x1: right, y1: t.at, x2: right - TICK_MM, y2: t.at, widthMm: 0.2 });
    const text = tickLabel(lang, t.minutes, 'lat');
    place(text, { x: map.x + TICK_MM + 0.3, y: t.at - lineH / 2, w: width(text), h: lineH });
  }
  return { texts, rules };
}
