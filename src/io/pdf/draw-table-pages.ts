/** Draws a table over as many pages as layoutTablePages says, the header repeated and pages numbered. */
import type { jsPDF } from 'jspdf';
import { layoutTablePages, type TablePagesOptions } from '../../domain/print/table-pages';
import { fitLines, lineHeightMm, linesNeeded } from '../../domain/print/wrap-text';
import { drawTextItem } from './draw-text-item';
import type { PdfTableSpec } from './pdf-spec';
import type { PdfTextFonts } from './pdf-fonts';

const FOOTER_PT = 7;

/** Text width in mm at `sizePt` (the PDF font's metrics). */
type Width = (text: string, sizePt: number, bold: boolean) => number;

/** The table's pages, column widths and wrapped footer, as drawTablePages draws them. */
export function tableLayout(spec: PdfTableSpec, width: Width) {
  const sizePt = spec.sizePt ?? 8;
  const rowMm = sizePt * 0.6 + 1.5;
  const tableW = layoutTablePages(spec.rows.length, { paper: spec.paper, orientation: spec.orientation }).table.w;
  // Footer lines (a long list of sites in a note) wrap to the table's width, up to twelve lines each.
  const footer = spec.footer.flatMap((line) => fitLines(line, tableW, 12, (s) => width(s, FOOTER_PT, false)).lines);
  const options: TablePagesOptions = {
    paper: spec.paper, orientation: spec.orientation, rowHeightMm: rowMm, headerHeightMm: rowMm * 1.3,
    footerHeightMm: Math.max(1, footer.length) * 4,
  };
  const cols = Math.max(1, spec.header.length);
  const weights = Array.from({ length: cols }, (_, i) => spec.columnWidths?.[i] ?? 1);
  const sum = weights.reduce((s, w) => s + w, 0);
  const colW = weights.map((w) => (w / sum) * tableW);
  // A header too long for its column wraps (up to three lines) rather than being cut or shrunk.
  const headerLines = Math.max(1, ...spec.header.map((h, c) => linesNeeded(h, (colW[c] ?? 0) - 2, 3, (s) => width(s, sizePt, true))));
  const l = layoutTablePages(spec.rows.length, { ...options, headerHeightMm: Math.max(rowMm * 1.3, lineHeightMm(sizePt) * headerLines + 1.5) });
  return { l, sizePt, rowMm, cols, colW, footer };
}

/** `newPage(widthMm, heightMm)` is called before every page but the first, which the caller has already started. */
export function drawTablePages(doc: jsPDF, fonts: PdfTextFonts, spec: PdfTableSpec, newPage: (w: number, h: number) => void): number {
  const { l, sizePt, rowMm, cols, colW, footer } = tableLayout(spec, (text, pt, bold) => {
    doc.setFontSize(pt);
    return fonts.width(text, bold);
  });
  const footerPt = FOOTER_PT;
  const xs: number[] = [l.table.x];
  for (const w of colW) xs.push((xs[xs.length - 1] ?? 0) + w);
  const drawRow = (cells: readonly string[], y: number, h: number, bold: boolean): void => {
    for (let c = 0; c < cols; c++) {
      const x0 = xs[c] ?? 0;
      const x1 = xs[c + 1] ?? x0;
      const box = bold ? { x: x0 + 1, y: y + 0.3, w: x1 - x0 - 2, h: h - 0.6 } : { x: x0 + 1, y: y + (h - rowMm) / 2 + 0.3, w: x1 - x0 - 2, h: rowMm };
      drawTextItem(doc, fonts, { text: cells[c] ?? '', box, sizePt, bold, align: spec.align?.[c] ?? 'left', valign: bold ? 'middle' : 'top' });
    }
  };
  l.pages.forEach((page, p) => {
    if (p > 0) newPage(l.page.widthMm, l.page.heightMm);
    const suffix = l.pages.length > 1 ? ` (${p + 1}/${l.pages.length})` : '';
    drawTextItem(doc, fonts, { text: spec.title + suffix, box: l.title, sizePt: 13, bold: true });
    let y = l.table.y;
    doc.setFillColor(230, 230, 230);
    doc.rect(l.table.x, y, l.table.w, l.headerHeightMm, 'F');
    drawRow(spec.header, y, l.headerHeightMm, true);
    y += l.headerHeightMm;
    doc.setDrawColor(200, 200, 200);
    doc.setLineWidth(0.1);
    for (let r = page.start; r < page.end; r++) {
      drawRow(spec.rows[r] ?? [], y, l.rowHeightMm, false);
      y += l.rowHeightMm;
      doc.line(l.table.x, y, l.table.x + l.table.w, y);
    }
    footer.forEach((line, i) => {
      drawTextItem(doc, fonts, { text: line, box: { x: l.footer.x, y: l.footer.y + i * 4, w: l.footer.w, h: 4 }, sizePt: footerPt, colour: '#333333' });
    });
  });
  return l.pages.length;
}

/** Pages the table will take, from the PDF font's metrics (an atlas's index numbers the map pages after it). */
export function tablePageCount(spec: PdfTableSpec, measure: (text: string, sizePt: number, bold?: boolean) => number): number {
  return tableLayout(spec, measure).l.pages.length;
}
