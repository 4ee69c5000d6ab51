/** Text widths with the metrics the PDF writer draws with, for laying pages out before writing them. */
import { jsPDF } from 'jspdf';
import { PdfTextFonts, type PdfFontSet } from './pdf-fonts';

/** Width in mm of `text` at `sizePt`. */
export type PdfTextMeasure = (text: string, sizePt: number, bold?: boolean) => number;

const cache = new WeakMap<PdfFontSet, PdfTextMeasure>();

export function pdfTextMeasure(set: PdfFontSet): PdfTextMeasure {
  const known = cache.get(set);
  if (known) return known;
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  const fonts = new PdfTextFonts(doc, set);
  const measure: PdfTextMeasure = (text, sizePt, bold = false) => {
    doc.setFontSize(sizePt);
    return fonts.width(text, bold);
  };
  cache.set(set, measure);
  return measure;
}
