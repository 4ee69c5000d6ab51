/** Atlas extras on a PDF map page: the commune outlined with the rest of the map dimmed, and its figures table. */
import { GState, type jsPDF } from 'jspdf';
import { factsLayout, type Box } from '../../domain/print';
import type { PdfTextFonts } from './pdf-fonts';
import type { PdfFacts } from './pdf-spec';
import { drawTextItem } from './draw-text-item';
import { FOCUS_DIM_OPACITY, FOCUS_OUTLINE } from './pdf-spec';

/** Shared with the canvas preview so both dim and outline alike. */

function tracePath(doc: jsPDF, map: Box, rings: readonly (readonly [number, number])[][]): void {
  doc.moveTo(map.x, map.y);
  doc.lineTo(map.x + map.w, map.y);
  doc.lineTo(map.x + map.w, map.y + map.h);
  doc.lineTo(map.x, map.y + map.h);
  doc.close();
  traceRings(doc, rings);
}

function traceRings(doc: jsPDF, rings: readonly (readonly [number, number])[][]): void {
  for (const ring of rings) {
    ring.forEach(([x, y], i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
    doc.close();
  }
}

/** The map box minus the unit (even-odd: holes in the unit are dimmed too), then the unit's outline. */
export function drawFocus(doc: jsPDF, map: Box, rings: readonly (readonly [number, number])[][]): void {
  if (rings.length === 0) return;
  doc.saveGraphicsState();
  doc.setGState(new GState({ opacity: FOCUS_DIM_OPACITY }));
  doc.setFillColor(255, 255, 255);
  tracePath(doc, map, rings);
  doc.fillEvenOdd();
  doc.restoreGraphicsState();
  doc.setDrawColor(FOCUS_OUTLINE.colour);
  doc.setLineWidth(FOCUS_OUTLINE.widthMm);
  doc.setLineJoin('round');
  traceRings(doc, rings);
  doc.stroke();
  doc.setLineJoin('miter');
}

export function drawFacts(doc: jsPDF, fonts: PdfTextFonts, box: Box, rowMm: number, sizePt: number, facts: PdfFacts): void {
  const l = factsLayout(box, rowMm, facts.rows.length);
  drawTextItem(doc, fonts, { text: facts.title, box: l.title, sizePt, bold: true });
  doc.setDrawColor(160, 160, 160);
  doc.setLineWidth(0.1);
  l.rows.forEach((r, i) => {
    const [label, value] = facts.rows[i] ?? ['', ''];
    drawTextItem(doc, fonts, { text: label, box: r.label, sizePt });
    drawTextItem(doc, fonts, { text: value, box: r.value, sizePt, align: 'right', bold: true });
    doc.line(box.x, r.ruleY, box.x + box.w, r.ruleY);
  });
}
