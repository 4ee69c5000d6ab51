/** One line of text in a box on a PDF page: the piece every page drawer (map, facts, tables) shares. */
import type { jsPDF } from 'jspdf';
import type { PdfTextFonts } from './pdf-fonts';
import type { PdfTextItem } from './pdf-spec';

export function hexToRgb(colour: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  const n = m?.[1] ? parseInt(m[1], 16) : 0;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export const PT_TO_MM = 25.4 / 72;

/** Text on one line inside a box, shortened with "…" when it does not fit. */
export function drawTextItem(doc: jsPDF, fonts: PdfTextFonts, item: PdfTextItem): void {
  doc.setFontSize(item.sizePt);
  doc.setTextColor(...hexToRgb(item.colour ?? '#000000'));
  const { box } = item;
  const align = item.align ?? 'left';
  const x = align === 'left' ? box.x : align === 'center' ? box.x + box.w / 2 : box.x + box.w;
  const baseline = box.y + Math.min(box.h, item.sizePt * PT_TO_MM * 1.1) * 0.8;
  fonts.draw(fonts.fit(item.text, box.w, item.bold), x, baseline, align, item.bold);
  doc.setTextColor(0, 0, 0);
}
