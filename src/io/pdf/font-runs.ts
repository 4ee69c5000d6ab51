/**
 * Split text into runs by which font face can draw each character. Web fonts come in unicode-range subsets
 * (Noto Sans "latin" and "vietnamese" are separate files), and a PDF text run uses one font, so "Đắk Nông" is
 * drawn as runs in alternating faces placed side by side.
 */
export type CodeRange = readonly [first: number, last: number];

export interface FaceCoverage {
  ranges: readonly CodeRange[];
}

export interface TextRun {
  /** Index into the faces; characters no face covers go to face 0. */
  face: number;
  text: string;
}

export function covers(face: FaceCoverage, cp: number): boolean {
  return face.ranges.some(([a, b]) => cp >= a && cp <= b);
}

/** Runs in order; text is NFC-normalised first so decomposed Vietnamese uses the precomposed glyphs. */
export function splitFontRuns(text: string, faces: readonly FaceCoverage[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    const found = faces.findIndex((f) => covers(f, cp));
    const face = found < 0 ? 0 : found;
    const last = runs[runs.length - 1];
    if (last && last.face === face) last.text += ch;
    else runs.push({ face, text: ch });
  }
  return runs;
}

/** Parse a CSS unicode-range value ("U+0000-00FF,U+0131,U+1EA0-1EF9"). */
export function parseUnicodeRange(css: string): CodeRange[] {
  return css.split(',').flatMap((part): CodeRange[] => {
    const m = /^\s*U\+([0-9A-Fa-f?]+)(?:-([0-9A-Fa-f]+))?\s*$/.exec(part);
    if (!m || m[1] === undefined) return [];
    if (m[1].includes('?')) return [[parseInt(m[1].replace(/\?/g, '0'), 16), parseInt(m[1].replace(/\?/g, 'F'), 16)]];
    const first = parseInt(m[1], 16);
    return [[first, m[2] === undefined ? first : parseInt(m[2], 16)]];
  });
}
