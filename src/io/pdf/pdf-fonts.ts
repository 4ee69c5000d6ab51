/** Font faces for the PDF writer: TTF/WOFF bytes with the characters each can draw. */
import type { jsPDF } from 'jspdf';
import { splitFontRuns, type CodeRange, type TextRun } from './font-runs';
import { NOTO_SANS_LATIN_RANGE, NOTO_SANS_VIETNAMESE_RANGE } from './noto-sans';
import { woffToSfnt } from './woff-to-sfnt';

export interface PdfFontFace {
  /** TTF, or WOFF 1.0 (unwrapped to TTF). */
  bytes: Uint8Array;
  ranges: readonly CodeRange[];
}

export interface PdfFontSet {
  family: string;
  normal: PdfFontFace[];
  /** Bold faces, in the same order of coverage; falls back to normal when empty. */
  bold: PdfFontFace[];
}

export function notoSansFontSet(
  normal: { latin: Uint8Array; vietnamese: Uint8Array },
  bold?: { latin: Uint8Array; vietnamese: Uint8Array },
): PdfFontSet {
  const faces = (f: { latin: Uint8Array; vietnamese: Uint8Array }): PdfFontFace[] => [
    { bytes: f.latin, ranges: NOTO_SANS_LATIN_RANGE },
    { bytes: f.vietnamese, ranges: NOTO_SANS_VIETNAMESE_RANGE },
  ];
  return { family: 'NotoSans', normal: faces(normal), bold: bold ? faces(bold) : [] };
}

function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

/** Draws text in runs across faces; with no font set, jsPDF's Helvetica (Latin-1 only). */
export class PdfTextFonts {
  private readonly normalNames: string[] = [];
  private readonly boldNames: string[] = [];
  private readonly normalFaces: readonly PdfFontFace[];
  private readonly boldFaces: readonly PdfFontFace[];

  constructor(private readonly doc: jsPDF, set: PdfFontSet | null) {
    this.normalFaces = set?.normal ?? [];
    this.boldFaces = set && set.bold.length > 0 ? set.bold : this.normalFaces;
    const register = (faces: readonly PdfFontFace[], style: string, names: string[]): void => {
      faces.forEach((face, i) => {
        const name = `${set?.family ?? 'F'}-${style}-${i}`;
        doc.addFileToVFS(`${name}.ttf`, binaryString(woffToSfnt(face.bytes)));
        doc.addFont(`${name}.ttf`, name, 'normal');
        names.push(name);
      });
    };
    register(this.normalFaces, 'normal', this.normalNames);
    if (set && set.bold.length > 0) register(set.bold, 'bold', this.boldNames);
    else this.boldNames.push(...this.normalNames);
  }

  get embedded(): boolean {
    return this.normalNames.length > 0;
  }

  private runs(text: string, bold: boolean): TextRun[] {
    const faces = bold ? this.boldFaces : this.normalFaces;
    return faces.length > 0 ? splitFontRuns(text, faces) : [{ face: 0, text }];
  }

  private use(face: number, bold: boolean): void {
    const name = (bold ? this.boldNames : this.normalNames)[face];
    if (name) this.doc.setFont(name, 'normal');
    else this.doc.setFont('helvetica', bold ? 'bold' : 'normal');
  }

  /** Width in the document's units at the current font size. */
  width(text: string, bold = false): number {
    return this.runs(text, bold).reduce((w, r) => {
      this.use(r.face, bold);
      return w + this.doc.getTextWidth(r.text);
    }, 0);
  }

  /** Text on a baseline at (x, y), aligned to x; `stroke` outlines the glyphs (a halo) instead of filling them. */
  draw(text: string, x: number, y: number, align: 'left' | 'center' | 'right' = 'left', bold = false, stroke = false): void {
    const w = this.width(text, bold);
    let at = align === 'left' ? x : align === 'center' ? x - w / 2 : x - w;
    for (const r of this.runs(text, bold)) {
      this.use(r.face, bold);
      this.doc.text(r.text, at, y, stroke ? { renderingMode: 'stroke' } : {});
      at += this.doc.getTextWidth(r.text);
    }
  }
}
