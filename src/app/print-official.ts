/**
 * The official document block of a map page, as Vietnamese official documents lay it out: the parent body and,
 * in bold under it, the issuing body, centred together at the top left with a short rule under them; place and
 * date at the top right; the annex line and the data date under the subtitle; the signer's title and name at
 * the bottom right with room to sign between them.
 */
import { MAX_TITLE_LINES, type Box, type MapPageLayout, type OfficialLines } from '../domain/print';
import { fitLines, lineHeightMm, linesNeeded } from '../domain/print/wrap-text';
import type { OfficialTexts } from '../domain/print/official-texts';
import { tidySpaces } from '../domain/text/tidy-spaces';
import { longDate, officialT, placeDate } from '../i18n/official-strings';
import type { Lang } from '../i18n/lang';
import type { PdfMarks, PdfTextItem, PdfTextMeasure } from '../io/pdf';

/** The block's texts in the page's language; an empty field gives an empty text, left off the page. */
export interface OfficialWords {
  parentBody: string;
  body: string;
  placeDate: string;
  notes: string[];
  signTitle: string;
  signName: string;
}

export function officialWords(lang: Lang, texts: OfficialTexts, printDate: string): OfficialWords {
  const ref = tidySpaces(texts.reportRef);
  const dataDate = texts.dataDate.trim();
  return {
    parentBody: tidySpaces(texts.parentBody),
    body: tidySpaces(texts.body),
    placeDate: texts.place.trim() ? placeDate(lang, texts.place, printDate) : '',
    notes: [ref ? officialT(lang, 'annexLine', { ref }) : '', dataDate ? officialT(lang, 'dataDateLine', { date: longDate(lang, dataDate) }) : ''].filter(Boolean),
    signTitle: tidySpaces(texts.signTitle),
    signName: tidySpaces(texts.signName),
  };
}

/** Every part on one line: a first layout with every box present, to measure the texts against. */
export const ONE_LINE_EACH: OfficialLines = { header: 1, placeDate: 1, notes: 1, signature: 1 };

/** Lines each part needs in the boxes of a layout made with ONE_LINE_EACH (one per text without metrics). */
export function officialLines(words: OfficialWords, first: MapPageLayout, measure: PdfTextMeasure | null | undefined): OfficialLines {
  const pt = first.fontPt.official;
  const fit = (text: string, w: number | undefined, bold: boolean): number =>
    text ? (measure && w ? linesNeeded(text, w, MAX_TITLE_LINES, (s) => measure(s, pt, bold)) : 1) : 0;
  return {
    header: fit(words.parentBody, first.header?.w, false) + fit(words.body, first.header?.w, true),
    placeDate: fit(words.placeDate, first.placeDate?.w, false),
    notes: words.notes.length,
    signature: fit(words.signTitle, first.signature?.w, true) + fit(words.signName, first.signature?.w, true),
  };
}

/** The texts and the rule placed in the layout's boxes. */
export function officialBlock(words: OfficialWords, layout: MapPageLayout, measure: PdfTextMeasure | null | undefined): PdfMarks {
  const pt = layout.fontPt.official;
  const lineH = lineHeightMm(pt);
  const texts: PdfTextItem[] = [];
  const rules: PdfMarks['rules'] = [];
  const lines = (text: string, w: number, bold: boolean): number =>
    text ? (measure ? linesNeeded(text, w, MAX_TITLE_LINES, (s) => measure(s, pt, bold)) : 1) : 0;
  const put = (text: string, box: Box, bold: boolean): void => {
    if (text) texts.push({ text, box, sizePt: pt, bold, align: 'center' });
  };
  const h = layout.header;
  if (h) {
    const parentH = lines(words.parentBody, h.w, false) * lineH;
    put(words.parentBody, { ...h, h: parentH }, false);
    put(words.body, { ...h, y: h.y + parentH, h: h.h - parentH }, true);
    // The rule runs under the body's widest line, a third of it long (at least 15 mm), centred.
    const under = words.body || words.parentBody;
    const widest = measure && under ? Math.max(...fitLines(under, h.w, MAX_TITLE_LINES, (s) => measure(s, pt, Boolean(words.body))).lines.map((l) => measure(l, pt, Boolean(words.body)))) : h.w * 0.6;
    const half = Math.max(15, Math.min(h.w, widest) / 3) / 2;
    const cx = h.x + h.w / 2;
    const y = h.y + h.h + 1;
    rules.push({ x1: cx - half, y1: y, x2: cx + half, y2: y, widthMm: 0.3 });
  }
  if (layout.placeDate) put(words.placeDate, layout.placeDate, false);
  const n = layout.notes;
  if (n) words.notes.forEach((note, i) => put(note, { ...n, y: n.y + i * lineH, h: lineH }, false));
  const s = layout.signature;
  if (s) {
    const titleH = lines(words.signTitle, s.w, true) * lineH;
    const nameH = lines(words.signName, s.w, true) * lineH;
    put(words.signTitle, { ...s, h: titleH }, true);
    put(words.signName, { ...s, y: s.y + s.h - nameH, h: nameH }, true);
  }
  return { texts, rules };
}
