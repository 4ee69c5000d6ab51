/**
 * The printed legend laid out once for the PDF and the canvas preview: an optional title row, then rows of a
 * colour swatch and a label, in two columns when the box is wide (portrait pages). The "≥" of threshold labels is
 * not in the embedded Noto Sans subsets, so both drawers draw it as strokes where geqGlyph says.
 */
import type { Box } from './page';

export interface LegendEntryLayout {
  swatch: Box;
  label: Box;
}

export interface LegendLayout {
  title: Box | null;
  entries: LegendEntryLayout[];
}

/** Boxes wider than this get two columns. */
const TWO_COLUMNS_FROM_MM = 120;

export function legendLayout(box: Box, rowMm: number, count: number, hasTitle: boolean): LegendLayout {
  const columns = box.w > TWO_COLUMNS_FROM_MM ? 2 : 1;
  const colW = box.w / columns;
  const title = hasTitle ? { x: box.x, y: box.y + rowMm * 0.1, w: box.w, h: rowMm } : null;
  const top = box.y + (hasTitle ? rowMm : 0);
  const perColumn = Math.max(1, Math.ceil(count / columns));
  const sw = rowMm * 0.7;
  const entries = Array.from({ length: count }, (_, i): LegendEntryLayout => {
    const col = Math.floor(i / perColumn);
    const x = box.x + col * colW;
    const y = top + (i - col * perColumn) * rowMm;
    return {
      swatch: { x, y: y + (rowMm - sw) / 2, w: sw * 1.4, h: sw },
      label: { x: x + sw * 1.4 + 2, y: y + rowMm * 0.1, w: colW - sw * 1.4 - 3, h: rowMm },
    };
  });
  return { title, entries };
}

export const GEQ = '\u2265';

/** A label around its first "≥": the text before and after it, or null when it has none. */
export function splitAtGeq(label: string): [before: string, after: string] | null {
  const i = label.indexOf(GEQ);
  return i < 0 ? null : [label.slice(0, i), label.slice(i + GEQ.length)];
}

/**
 * "≥" as strokes for a font size of `emMm` with its left edge at x on `baseline`: a ">" chevron over a bar, the
 * shape and advance of Noto Sans' own glyph near enough at legend sizes.
 */
export function geqGlyph(x: number, baseline: number, emMm: number): { advance: number; lineWidth: number; lines: [number, number, number, number][] } {
  const l = x + 0.1 * emMm;
  const r = x + 0.48 * emMm;
  const bar = baseline - 0.06 * emMm;
  return {
    advance: 0.58 * emMm,
    lineWidth: 0.065 * emMm,
    lines: [
      [l, baseline - 0.66 * emMm, r, baseline - 0.45 * emMm],
      [r, baseline - 0.45 * emMm, l, baseline - 0.24 * emMm],
      [l, bar, r, bar],
    ],
  };
}
