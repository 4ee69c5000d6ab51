import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../src/io/csv/decode';
import { importSitesCsv } from '../../../src/io/csv/import-sites-csv';
import { decodeTcvn3, decodeVni, encodeLegacy } from '../../../src/io/csv/legacy-vietnamese';
import { parseMappingProfile } from '../../../src/io/csv/mapping-profile';
import { csvEn } from '../../helpers/reason-en';

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** Every Vietnamese vowel with every tone (72), and đ. */
const LOWER = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ'];
const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');

describe('TCVN3 (ABC) and VNI tables', () => {
  it('TCVN3: every lowercase letter with its tone and the seven capitals round-trip; a toned capital comes back lowercase', () => {
    for (const letter of [...LOWER, 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']) {
      const bytes = encodeLegacy(letter, 'tcvn3');
      expect(bytes, letter).toHaveLength(1);
      expect(decodeTcvn3(bytes), letter).toBe(letter);
    }
    expect(new Set(LOWER.map((l) => encodeLegacy(l, 'tcvn3')[0])).size).toBe(LOWER.length);
    expect(decodeTcvn3(encodeLegacy('Ấp', 'tcvn3'))).toBe('ấp');
  });

  it('TCVN3 bytes as the chart has them', () => {
    // Đ A7, ắ BE, ô AB; à B5, ả B6, ã B7, á B8, ạ B9; ư AD, ờ EA; ệ D6
    expect(hex(encodeLegacy('Đắk Nông', 'tcvn3'))).toBe('a7 be 6b 20 4e ab 6e 67');
    expect(hex(encodeLegacy('àảãáạ', 'tcvn3'))).toBe('b5 b6 b7 b8 b9');
    expect(hex(encodeLegacy('Trường Việt', 'tcvn3'))).toBe('54 72 ad ea 6e 67 20 56 69 d6 74');
  });

  it('VNI: every letter with its tone, lowercase and capital, round-trips', () => {
    for (const letter of [...LOWER, ...LOWER.map((l) => l.toUpperCase())]) {
      expect(decodeVni(encodeLegacy(letter, 'vni')), letter).toBe(letter);
    }
    const codes = new Set([...LOWER, ...LOWER.map((l) => l.toUpperCase())].map((l) => hex(encodeLegacy(l, 'vni'))));
    expect(codes.size).toBe(LOWER.length * 2);
  });

  it('VNI bytes as the chart has them', () => {
    // Đ D1, a+é (E9) = ắ, o+â (E2) = ô; ư F6, ơ+ø (F8) = ờ; e+ä (E4) = ệ; ĩ F3, ị F2, ỵ EE
    expect(hex(encodeLegacy('Đắk Nông', 'vni'))).toBe('d1 61 e9 6b 20 4e 6f e2 6e 67');
    expect(hex(encodeLegacy('Trường Việt', 'vni'))).toBe('54 72 f6 f4 f8 6e 67 20 56 69 65 e4 74');
    expect(hex(encodeLegacy('ĩ ị ỵ ĐẮK', 'vni'))).toBe('f3 20 f2 20 ee 20 d1 41 c9 4b');
    expect(decodeVni(Uint8Array.from([0x41, 0xe9]))).toBe('Ắ');
  });
});

const HEADER = 'Mã trạm;Tên trạm;Nhà mạng;Vĩ độ;Kinh độ;Độ cao (m);Góc phương vị;Công nghệ';
const ROWS = [
  'DNG001;Trạm Gia Nghĩa;Viettel;12,0042;107,6912;30;0/120/240;4G',
  'DNG002;Quảng Khê đồi thông;VNPT;11,9085;107,4709;35;0/120/240;3G',
  'DNG003;Đắk Mil thị trấn;MobiFone;12,4458;107,6250;32;90;4G',
  'DNG004;Tuy Đức ngã ba;Viettel;12,1500;107,4000;28;0/180;2G',
  'DNG005;Nhân Cơ cụm công nghiệp;VNPT;11,9800;107,6000;30;0/120/240;4G',
];
const TEXT = [HEADER, ...ROWS].join('\r\n');

describe('a TCVN3 or VNI carrier file', () => {
  for (const [encoding, name] of [['tcvn3', 'TCVN3 (ABC)'], ['vni', 'VNI']] as const) {
    it(`is told ${name} from its bytes and read as written`, () => {
      const decoded = decodeCsvBytes(encodeLegacy(TEXT, encoding), 'cu.csv');
      if (!decoded.ok) throw new Error(decoded.reason.code);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(TEXT);
      expect(decoded.warnings.map(csvEn)).toEqual([
        `cu.csv is not UTF-8; read it as ${name} from its Vietnamese letters and headers. Check the names, or choose another encoding in the column mapping`,
      ]);
    });

    it(`${name}: every row is imported with its Vietnamese name`, () => {
      const r = importSitesCsv(encodeLegacy(TEXT, encoding), { fileName: 'cu.csv' });
      expect(r.encoding).toBe(encoding);
      expect(r.mapping).toMatchObject({ siteId: 'Mã trạm', name: 'Tên trạm', lat: 'Vĩ độ', lon: 'Kinh độ', azimuth: 'Góc phương vị' });
      expect(r.result.stats).toMatchObject({ dataRows: 5, rejectedRows: 0, sites: 5 });
      expect(r.result.items.map((s) => s.name)).toEqual(['Trạm Gia Nghĩa', 'Quảng Khê đồi thông', 'Đắk Mil thị trấn', 'Tuy Đức ngã ba', 'Nhân Cơ cụm công nghiệp']);
    });
  }

  it('names alone (English headers) are enough to tell the encoding', () => {
    const text = ['site_id,name,lat,lon', 'A,Trạm Gia Nghĩa,12.0,107.6', 'B,Quảng Khê đồi thông,12.1,107.7', 'C,Đắk Mil thị trấn,12.4,107.6'].join('\n');
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const decoded = decodeCsvBytes(encodeLegacy(text, encoding), 'n.csv');
      expect(decoded.ok && [decoded.encoding, decoded.text]).toEqual([encoding, text]);
    }
  });

  it('the encoding chosen in the dialog is used as it is', () => {
    const bytes = encodeLegacy(TEXT, 'tcvn3');
    const asVni = decodeCsvBytes(bytes, 'cu.csv', 'vni');
    expect(asVni.ok && asVni.encoding).toBe('vni');
    expect(asVni.ok && asVni.text).not.toBe(TEXT);
    expect(decodeCsvBytes(bytes, 'cu.csv', 'tcvn3')).toMatchObject({ ok: true, encoding: 'tcvn3', text: TEXT, warnings: [] });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Mã;x'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeCsvBytes(utf16, 'u.csv', 'utf-16')).toMatchObject({ ok: true, encoding: 'utf-16le', text: 'Mã;x' });
    expect(decodeCsvBytes(new TextEncoder().encode('Mã;x'), 'u.csv', 'utf-8')).toMatchObject({ ok: true, encoding: 'utf-8', text: 'Mã;x' });
  });

  it("a profile (the CLI's --mapping) can name the encoding; an unknown one is refused", () => {
    const profile = parseMappingProfile({ name: 'Viettel cũ', crs: 'wgs84', mapping: { siteId: 'Mã trạm', lat: 'Vĩ độ', lon: 'Kinh độ' }, encoding: 'tcvn3' });
    if (typeof profile === 'string') throw new Error(profile);
    expect(profile.encoding).toBe('tcvn3');
    const r = importSitesCsv(encodeLegacy(TEXT, 'tcvn3'), { fileName: 'cu.csv', profile });
    expect([r.encoding, r.result.stats.sites]).toEqual(['tcvn3', 5]);
    expect(r.result.issues.filter((i) => i.code === 'legacyEncoding')).toEqual([]);
    expect(parseMappingProfile({ ...profile, encoding: 'latin9' })).toBe('"encoding" must be one of utf-8, utf-16, windows-1258, tcvn3, vni');
  });
});
