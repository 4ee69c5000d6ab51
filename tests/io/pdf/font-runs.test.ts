import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseUnicodeRange, splitFontRuns } from '../../../src/io/pdf/font-runs';
import { NOTO_SANS_LATIN_RANGE, NOTO_SANS_VIETNAMESE_RANGE, notoSansFiles } from '../../../src/io/pdf/noto-sans';
import { isWoff, woffToSfnt } from '../../../src/io/pdf/woff-to-sfnt';

const FACES = [{ ranges: NOTO_SANS_LATIN_RANGE }, { ranges: NOTO_SANS_VIETNAMESE_RANGE }];

describe('splitFontRuns', () => {
  it('sends Latin-1 letters to the latin face and ă/đ/ơ/ư/tone marks to the vietnamese one', () => {
    expect(splitFontRuns('Đắk Nông', FACES)).toEqual([
      { face: 1, text: 'Đắ' }, { face: 0, text: 'k Nông' },
    ]);
    const runs = splitFontRuns('Phường', FACES);
    expect(runs.map((r) => r.text).join('')).toBe('Phường');
    expect(runs.find((r) => r.text.includes('ư'))?.face).toBe(1);
  });

  it('normalises decomposed text so tone marks use precomposed glyphs', () => {
    const decomposed = 'Đắk'.normalize('NFD');
    expect(splitFontRuns(decomposed, FACES).map((r) => r.text).join('')).toBe('Đắk');
  });

  it('parses CSS unicode-range including wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+1E??')).toEqual([[0, 0xff], [0x131, 0x131], [0x1e00, 0x1eff]]);
  });
});

describe('woffToSfnt', () => {
  it('unwraps the installed Noto Sans WOFF into a TrueType file with the same tables', () => {
    const woff = new Uint8Array(readFileSync(new URL(`../../../node_modules/@fontsource/noto-sans/files/${notoSansFiles(400).vietnamese}`, import.meta.url)));
    expect(isWoff(woff)).toBe(true);
    const ttf = woffToSfnt(woff);
    const v = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
    expect(v.getUint32(0)).toBe(0x00010000);
    const numTables = v.getUint16(4);
    expect(numTables).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12));
    // WOFF header field 16 is the total size of the SFNT it came from.
    expect(ttf.length).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(16));
    const tags = Array.from({ length: numTables }, (_, i) => String.fromCharCode(...ttf.subarray(12 + i * 16, 16 + i * 16)));
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca']));
    expect(woffToSfnt(ttf)).toBe(ttf);
  });
});
