/** Text in a box on a PDF page: the piece every page drawer (map, facts, tables) shares. */
import type { jsPDF } from 'jspdf';
import { fitLines, lineHeightMm } from '../../domain/print/wrap-text';
import type { PdfTextFonts } from './pdf-fonts';
import type { PdfTextItem } from './pdf-spec';

export function hexToRgb(colour: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  const n = m?.[1] ? parseInt(m[1], 16) : 0;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export const PT_TO_MM = 25.4 / 72;

/** Lines of `lineHeightMm(sizePt)` the box holds (at least one). */
export function linesInBox(heightMm: number, sizePt: number): number {
  return Math.max(1, Math.floor(heightMm / lineHeightMm(sizePt) + 1e-6));
}

/**
 * Text inside a box, never cut: wrapped at spaces onto as many lines as the box holds, the font shrunk when even
 * those are not enough. The first baseline sits where a one-line box has it; `valign: 'middle'` centres the lines.
 */
export function drawTextItem(doc: jsPDF, fonts: PdfTextFonts, item: PdfTextItem): void {
  const { box } = item;
  if (item.background) {
    doc.setFillColor(...hexToRgb(item.background));
    doc.rect(box.x, box.y, box.w, box.h, 'F');
  }
  const align = item.align ?? 'left';
  doc.setFontSize(item.sizePt);
  const room = linesInBox(box.h, item.sizePt);
  const fitted = fitLines(item.text, box.w, room, (s) => fonts.width(s, item.bold));
  const pt = item.sizePt * fitted.scale;
  const lineH = room > 1 || fitted.lines.length > 1 ? lineHeightMm(pt) : box.h;
  const blockH = lineH * fitted.lines.length;
  const top = item.valign === 'middle' ? box.y + Math.max(0, (box.h - blockH) / 2) : box.y;
  const x = align === 'left' ? box.x : align === 'center' ? box.x + box.w / 2 : box.x + box.w;
  doc.setFontSize(pt);
  doc.setTextColor(...hexToRgb(item.colour ?? '#000000'));
  fitted.lines.forEach((line, i) => {
    const baseline = top + i * lineH + Math.min(lineH, pt * PT_TO_MM * 1.1) * 0.8;
    fonts.draw(line, x, baseline, align, item.bold);
  });
  doc.setTextColor(0, 0, 0);
}
