export { writePdf, type WritePdfOptions } from './write-pdf';
export type { Align, PdfFacts, PdfLegendItem, PdfMapPageSpec, PdfPageSpec, PdfTableSpec, PdfTextItem } from './pdf-spec';
export { notoSansFontSet, PdfTextFonts, type PdfFontFace, type PdfFontSet } from './pdf-fonts';
export { loadNotoSans } from './load-noto-sans';
export { NOTO_SANS_LATIN_RANGE, NOTO_SANS_VIETNAMESE_RANGE, notoSansFiles } from './noto-sans';
export { parseUnicodeRange, splitFontRuns, type CodeRange, type TextRun } from './font-runs';
export { isWoff, woffToSfnt } from './woff-to-sfnt';
export { FOCUS_DIM_OPACITY, FOCUS_OUTLINE } from './pdf-spec';
