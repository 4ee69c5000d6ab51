/**
 * The small figures table of an atlas page, laid out once for both the PDF and the canvas preview: a title row,
 * then one row per figure with the label on the left and the value right-aligned, a rule under each row.
 */
import type { Box } from './page';

export interface FactRowLayout {
  label: Box;
  value: Box;
  /** Page y of the rule under the row, mm. */
  ruleY: number;
}

export interface FactsLayout {
  title: Box;
  rows: FactRowLayout[];
}

/** Rows that do not fit in the box are left out (the box is sized for them, so only a cramped page loses any). */
export function factsLayout(box: Box, rowMm: number, rowCount: number): FactsLayout {
  const fit = Math.max(0, Math.min(rowCount, Math.floor(box.h / rowMm + 1e-9) - 1));
  const valueW = Math.min(box.w * 0.4, 30);
  const rows = Array.from({ length: fit }, (_, i): FactRowLayout => {
    const y = box.y + (i + 1) * rowMm;
    return {
      label: { x: box.x, y: y + rowMm * 0.1, w: box.w - valueW - 1, h: rowMm },
      value: { x: box.x + box.w - valueW, y: y + rowMm * 0.1, w: valueW, h: rowMm },
      ruleY: y + rowMm,
    };
  });
  return { title: { x: box.x, y: box.y + rowMm * 0.1, w: box.w, h: rowMm }, rows };
}
