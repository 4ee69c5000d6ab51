/**
 * Minimal reader for the uncompressed PDFs jsPDF writes: page count, and the text of each content stream decoded
 * through the fonts' ToUnicode CMaps (so a glyph drawn from the wrong font or without a mapping shows up).
 */
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

function objects(pdf: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of pdf.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) out.set(Number(m[1]), m[2] ?? '');
  return out;
}

export function pageCount(bytes: Uint8Array): number {
  return [...latin1(bytes).matchAll(/\/Type \/Page(?!s)/g)].length;
}

/** Font resource name (F15) → glyph id → text. */
function toUnicodeByFont(objs: Map<number, string>): Map<string, Map<number, string>> {
  const out = new Map<string, Map<number, string>>();
  for (const body of objs.values()) {
    for (const m of body.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objs.get(Number(m[2])) ?? '';
      const ref = /\/ToUnicode (\d+) 0 R/.exec(font);
      const cmap = ref ? objs.get(Number(ref[1])) ?? '' : '';
      const map = new Map<number, string>();
      for (const e of cmap.matchAll(/<([0-9a-fA-F]{4})><([0-9a-fA-F]+)>/g)) {
        const hex = e[2] ?? '';
        const units: number[] = [];
        for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
        map.set(parseInt(e[1] ?? '0', 16), String.fromCharCode(...units));
      }
      out.set(m[1] ?? '', map);
    }
  }
  return out;
}

/** Text of each content stream that draws text, in document (= page) order. Unmapped glyphs become "\uFFFD". */
export function pageTexts(bytes: Uint8Array): string[] {
  const objs = objects(latin1(bytes));
  const fonts = toUnicodeByFont(objs);
  const texts: string[] = [];
  for (const body of objs.values()) {
    if (!body.includes('stream') || !/Tj/.test(body)) continue;
    let font = new Map<number, string>();
    let text = '';
    for (const m of body.matchAll(/\/(F\d+) [\d.]+ Tf|<([0-9a-fA-F]*)> Tj|\((.*?)\) Tj/g)) {
      if (m[1] !== undefined) font = fonts.get(m[1]) ?? new Map<number, string>();
      else if (m[2] !== undefined) {
        for (let i = 0; i < m[2].length; i += 4) text += font.get(parseInt(m[2].slice(i, i + 4), 16)) ?? '\uFFFD';
      } else if (m[3] !== undefined) text += m[3];
    }
    texts.push(text);
  }
  return texts;
}
