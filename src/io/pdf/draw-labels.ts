/** Names on the printed map: each drawn twice, a white outline (the halo that keeps it legible on coverage) then the text. */
import type { jsPDF } from 'jspdf';
import type { PdfTextFonts } from './pdf-fonts';
import type { PdfMapLabel } from './pdf-spec';
import { PT_TO_MM } from './draw-text-item';

/** Baseline of a label's one line in its box: the box is 1.25 em high, the glyphs' body about 0.8 em of it. */
export const labelBaseline = (box: { y: number; h: number }, sizePt: number): number => box.y + box.h / 2 + sizePt * PT_TO_MM * 0.33;

/** The halo's stroke width as a share of the em (half of it lies outside the glyphs). */
export const LABEL_HALO_EM = 0.3;

export function drawLabels(doc: jsPDF, fonts: PdfTextFonts, labels: readonly PdfMapLabel[]): void {
  doc.setLineJoin('round');
  for (const pass of ['halo', 'text'] as const) {
    for (const l of labels) {
      doc.setFontSize(l.sizePt);
      const x = l.box.x + l.box.w / 2;
      const y = labelBaseline(l.box, l.sizePt);
      if (pass === 'halo') {
        doc.setDrawColor(255, 255, 255);
        doc.setLineWidth(l.sizePt * PT_TO_MM * LABEL_HALO_EM);
        fonts.draw(l.text, x, y, 'center', l.bold, true);
      } else {
        doc.setTextColor(30, 30, 30);
        fonts.draw(l.text, x, y, 'center', l.bold);
      }
    }
  }
  doc.setTextColor(0, 0, 0);
  doc.setDrawColor(0, 0, 0);
  doc.setLineJoin('miter');
}
