/**
 * Multi-page PDF from page specs (map pages and paged tables), with jsPDF. Vietnamese needs an embedded
 * Unicode font: pass a PdfFontSet (loadNotoSans() in the browser); with `fonts: null` jsPDF's Helvetica is used,
 * which has Latin-1 only and drops ă, đ, ơ, ư and tone marks.
 */
import { jsPDF } from 'jspdf';
import { drawMapPage } from './draw-map-page';
import { drawTablePages } from './draw-table-pages';
import { PdfTextFonts, type PdfFontSet } from './pdf-fonts';
import { pageSize } from '../../domain/print/page';
import type { PdfPageSpec } from './pdf-spec';

export interface WritePdfOptions {
  fonts: PdfFontSet | null;
  /** Document properties. */
  title?: string;
  author?: string;
  subject?: string;
}

function sizeOf(spec: PdfPageSpec): [number, number] {
  if (spec.kind === 'map') return [spec.layout.page.widthMm, spec.layout.page.heightMm];
  const s = pageSize(spec.paper, spec.orientation);
  return [s.widthMm, s.heightMm];
}

const orientationOf = (w: number, h: number): 'portrait' | 'landscape' => (w > h ? 'landscape' : 'portrait');

export function writePdf(pages: readonly PdfPageSpec[], options: WritePdfOptions): Uint8Array {
  const [w0, h0] = pages[0] ? sizeOf(pages[0]) : [210, 297];
  const doc = new jsPDF({ unit: 'mm', format: [w0, h0], orientation: orientationOf(w0, h0), compress: false });
  doc.setProperties({ title: options.title ?? '', author: options.author ?? '', subject: options.subject ?? '', creator: 'PhuSong' });
  const fonts = new PdfTextFonts(doc, options.fonts);
  let first = true;
  const newPage = (w: number, h: number): void => {
    if (!first) doc.addPage([w, h], orientationOf(w, h));
    first = false;
  };
  for (const spec of pages) {
    const [w, h] = sizeOf(spec);
    newPage(w, h);
    if (spec.kind === 'map') drawMapPage(doc, fonts, spec);
    else drawTablePages(doc, fonts, spec, newPage);
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
