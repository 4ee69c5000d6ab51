import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../src/io/csv/decode';
import { csvEn as issueTextEn } from '../../helpers/reason-en';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/csv', name)));
const utf8 = (s: string) => new TextEncoder().encode(s);
/** What a UTF-8 file looks like after a round trip through Windows-1252 (latin1 plus the 0x80-0x9F specials). */
function garble(s: string): string {
  return new TextDecoder('windows-1252').decode(utf8(s));
}

describe('decodeCsvBytes', () => {
  it('refuses an empty file with a clear reason', () => {
    const empty = decodeCsvBytes(new Uint8Array(), 'empty.csv');
    expect(empty).toEqual({ ok: false, reason: { code: 'fileEmpty', params: { file: 'empty.csv' } } });
    expect(!empty.ok && issueTextEn(empty.reason)).toBe('empty.csv is empty (0 bytes)');
  });

  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    const plain = decodeCsvBytes(utf8('Mã trạm;Vĩ độ'), 'a.csv');
    const bom = decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Mã trạm;Vĩ độ')]), 'b.csv');
    expect(plain).toMatchObject({ ok: true, encoding: 'utf-8', text: 'Mã trạm;Vĩ độ', warnings: [] });
    expect(bom).toMatchObject({ ok: true, encoding: 'utf-8-bom', text: 'Mã trạm;Vĩ độ' });
  });

  it('falls back to Windows-1258 for invalid UTF-8, composing its tone marks', () => {
    const read = decodeCsvBytes(fixture('sites-windows-1258.csv'), 'legacy.csv');
    if (!read.ok) throw new Error(read.reason.code);
    expect(read.encoding).toBe('windows-1258');
    expect(read.text).toContain('Trạm Đắk Nông Quảng Khê');
    expect(read.text).toBe(read.text.normalize('NFC'));
    expect(read.warnings.map(issueTextEn).join()).toMatch(/legacy\.csv is not valid UTF-8; read it as Windows-1258/);
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const text = 'Mã trạm\tVĩ độ';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes[2 + 2 * i] = c & 0xff;
      bytes[3 + 2 * i] = c >> 8;
    }
    expect(decodeCsvBytes(bytes, 'u.txt')).toMatchObject({ ok: true, encoding: 'utf-16le', text });
  });

  it('warns, naming the file, when UTF-8 text carries mojibake', () => {
    const garbled = garble('Đắk Nông;trạm;Gia Nghĩa');
    expect(garbled).not.toContain('Đắk');
    const read = decodeCsvBytes(utf8(garbled), 'double.csv');
    if (!read.ok) throw new Error(read.reason.code);
    expect(read.warnings).toHaveLength(1);
    expect(issueTextEn(read.warnings[0] ?? { code: 'c_empty', params: {} })).toMatch(/^double\.csv looks garbled/);
    const clean = decodeCsvBytes(utf8('Đắk Nông;Krông Nô;Cư Jút;Ê Đê'), 'ok.csv');
    expect(clean.ok && clean.warnings).toEqual([]);
  });
});
