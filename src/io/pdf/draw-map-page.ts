/** Draws one map page: title, map image, legend, vector scale bar and north arrow, footer. */
import type { jsPDF } from 'jspdf';
import { geqGlyph, legendLayout, ratioScaleX, splitAtGeq, type Box } from '../../domain/print';
import type { ScaleBar } from '../../domain/print/scale-bar';
import type { PdfMapPageSpec, PdfMarks } from './pdf-spec';
import type { PdfTextFonts } from './pdf-fonts';
import { drawFacts, drawFocus } from './draw-focus-facts';
import { drawOverview } from './draw-overview';
import { drawLabels } from './draw-labels';
import { drawMapLines } from './draw-map-lines';
import { drawTextItem, hexToRgb, PT_TO_MM } from './draw-text-item';

function imageFormat(image: Uint8Array | string): 'PNG' | 'JPEG' {
  if (typeof image === 'string') return /^data:image\/jpe?g/i.test(image) ? 'JPEG' : 'PNG';
  return image[0] === 0xff && image[1] === 0xd8 ? 'JPEG' : 'PNG';
}

/** The bar, its "0" and length above its ends, and the ratio scale to its right (ratioScaleX places it). */
function drawScaleBar(doc: jsPDF, fonts: PdfTextFonts, box: Box, bar: ScaleBar, sizePt: number, ratio: string | undefined): void {
  const h = 1.6;
  const y = box.y + box.h - h - 0.5;
  const width = Math.min(bar.width, box.w * 0.8);
  doc.setFontSize(sizePt);
  const ratioX = ratioScaleX(box, width, fonts.width(bar.label));
  const right = ratio ? ratioX + fonts.width(ratio) : box.x + width + fonts.width(bar.label);
  doc.setFillColor(255, 255, 255);
  doc.rect(box.x - 1, box.y, right - box.x + 3, box.h, 'F');
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(0.2);
  const half = width / 2;
  doc.setFillColor(0, 0, 0);
  doc.rect(box.x, y, half, h, 'FD');
  doc.setFillColor(255, 255, 255);
  doc.rect(box.x + half, y, half, h, 'FD');
  doc.setFontSize(sizePt);
  fonts.draw('0', box.x, y - 1, 'center');
  fonts.draw(bar.label, box.x + width, y - 1, 'center');
  if (ratio) fonts.draw(ratio, ratioX, y + h, 'left');
}

function drawNorthArrow(doc: jsPDF, fonts: PdfTextFonts, box: Box, sizePt: number): void {
  const cx = box.x + box.w / 2;
  const top = box.y + box.h * 0.3;
  const bottom = box.y + box.h;
  const half = box.w * 0.3;
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(0.2);
  doc.setFillColor(0, 0, 0);
  doc.triangle(cx, top, cx - half, bottom, cx, bottom - (bottom - top) * 0.25, 'FD');
  doc.setFillColor(255, 255, 255);
  doc.triangle(cx, top, cx + half, bottom, cx, bottom - (bottom - top) * 0.25, 'FD');
  doc.setFontSize(sizePt);
  fonts.draw('N', cx, box.y + box.h * 0.25, 'center', true);
}

/** A legend label; a "≥" in it is drawn as strokes (the embedded font subsets lack the glyph). Shrunk, never cut, when too long. */
function drawLegendLabel(doc: jsPDF, fonts: PdfTextFonts, label: string, box: Box, sizePt: number): void {
  const parts = splitAtGeq(label);
  if (!parts) return drawTextItem(doc, fonts, { text: label, box, sizePt });
  doc.setFontSize(sizePt);
  const full = fonts.width(parts[0]) + geqGlyph(0, 0, sizePt * PT_TO_MM).advance + fonts.width(parts[1]);
  const pt = sizePt * Math.min(1, box.w / Math.max(1e-9, full));
  doc.setFontSize(pt);
  doc.setTextColor(0, 0, 0);
  const em = pt * PT_TO_MM;
  const baseline = box.y + Math.min(box.h, sizePt * PT_TO_MM * 1.1) * 0.8;
  fonts.draw(parts[0], box.x, baseline);
  const g = geqGlyph(box.x + fonts.width(parts[0]), baseline, em);
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(g.lineWidth);
  doc.setLineCap('round');
  for (const [x1, y1, x2, y2] of g.lines) doc.line(x1, y1, x2, y2);
  doc.setLineCap('butt');
  fonts.draw(parts[1], box.x + fonts.width(parts[0]) + g.advance, baseline);
}

function drawLegend(doc: jsPDF, fonts: PdfTextFonts, spec: PdfMapPageSpec): void {
  const { legend: box, legendRowMm: row, fontPt } = spec.layout;
  const l = legendLayout(box, row, spec.legend.length, Boolean(spec.legendTitle));
  if (l.title && spec.legendTitle) drawTextItem(doc, fonts, { text: spec.legendTitle, box: l.title, sizePt: fontPt.legend, bold: true });
  spec.legend.forEach((item, i) => {
    const e = l.entries[i];
    if (!e) return;
    doc.setFillColor(...hexToRgb(item.colour));
    doc.setDrawColor(80, 80, 80);
    doc.setLineWidth(0.1);
    doc.rect(e.swatch.x, e.swatch.y, e.swatch.w, e.swatch.h, 'FD');
    drawLegendLabel(doc, fonts, item.label, e.label, fontPt.legend);
  });
}

export function drawMapPage(doc: jsPDF, fonts: PdfTextFonts, spec: PdfMapPageSpec): void {
  const l = spec.layout;
  drawTextItem(doc, fonts, { text: spec.title, box: l.title, sizePt: l.fontPt.title, bold: true, align: 'center' });
  if (spec.subtitle) drawTextItem(doc, fonts, { text: spec.subtitle, box: l.subtitle, sizePt: l.fontPt.subtitle, colour: '#333333', align: 'center' });
  if (spec.image !== undefined) doc.addImage(spec.image, imageFormat(spec.image), l.map.x, l.map.y, l.map.w, l.map.h);
  if (spec.lines) drawMapLines(doc, l.map, spec.lines);
  if (spec.focus) drawFocus(doc, l.map, spec.focus);
  if (spec.labels) drawLabels(doc, fonts, spec.labels);
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(0.3);
  doc.rect(l.map.x, l.map.y, l.map.w, l.map.h, 'S');
  if (spec.graticule) drawMarks(doc, fonts, spec.graticule);
  if (spec.overview) drawOverview(doc, spec.overview);
  if (spec.scaleBar) drawScaleBar(doc, fonts, l.scaleBar, spec.scaleBar, l.fontPt.legend, spec.ratioScale);
  if (spec.northArrow ?? true) drawNorthArrow(doc, fonts, l.northArrow, l.fontPt.subtitle);
  drawLegend(doc, fonts, spec);
  if (spec.facts && l.facts) drawFacts(doc, fonts, l.facts, l.legendRowMm, l.fontPt.legend, spec.facts);
  spec.footer.forEach((line, i) => {
    const box = { x: l.footer.x, y: l.footer.y + i * l.footerLineMm, w: l.footer.w, h: l.footerLineMm };
    drawTextItem(doc, fonts, { text: line, box, sizePt: l.fontPt.footer, colour: '#333333' });
  });
  for (const t of spec.texts ?? []) drawTextItem(doc, fonts, t);
  if (spec.official) drawMarks(doc, fonts, spec.official);
}

function drawMarks(doc: jsPDF, fonts: PdfTextFonts, marks: PdfMarks): void {
  for (const t of marks.texts) drawTextItem(doc, fonts, t);
  doc.setDrawColor(0, 0, 0);
  for (const r of marks.rules) {
    doc.setLineWidth(r.widthMm);
    doc.line(r.x1, r.y1, r.x2, r.y2);
  }
}
