/**
 * The two pre-Unicode Vietnamese font encodings carriers' old spreadsheets still come in, written from their published
 * charts: TCVN3 (TCVN 5712:1993 VN3, the "ABC" .Vn fonts: one byte per lowercase letter with its tone; capitals
 * with a tone have no code, the "H" fonts draw the lowercase codes as capitals) and VNI (VNI-Windows fonts: a base
 * letter followed by a byte for the diacritic and tone, a few letters as one byte).
 */

/** Tones in chart order: none, huyền (grave), hỏi (hook), ngã (tilde), sắc (acute), nặng (dot below). */
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

/** TCVN3 bytes of each lowercase vowel with the six tones; a number is the byte, a string the ASCII letter. */
const TCVN3_VOWELS: readonly [string, readonly (number | string)[]][] = [
  ['a', ['a', 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', ['e', 0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', ['i', 0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', ['o', 0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', ['u', 0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', ['y', 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];
const TCVN3_OTHERS: readonly [string, number][] = [
  ['đ', 0xae], ['Ă', 0xa1], ['Â', 0xa2], ['Ê', 0xa3], ['Ô', 0xa4], ['Ơ', 0xa5], ['Ư', 0xa6], ['Đ', 0xa7],
];

const withTone = (base: string, tone: number): string => (base + (TONES[tone] ?? '')).normalize('NFC');

/** Byte → letter (bytes without a letter read as Latin-1), and letter → byte. */
const TCVN3_DECODE: string[] = Array.from({ length: 256 }, (_, b) => String.fromCharCode(b));
const TCVN3_ENCODE = new Map<string, number>();
for (const [base, codes] of TCVN3_VOWELS) {
  codes.forEach((code, tone) => {
    if (typeof code !== 'number') return;
    const letter = withTone(base, tone);
    TCVN3_DECODE[code] = letter;
    TCVN3_ENCODE.set(letter, code);
    // capitals with a tone have no code: written with the lowercase one
    if (tone > 0) TCVN3_ENCODE.set(letter.toUpperCase(), code);
  });
}
for (const [letter, code] of TCVN3_OTHERS) {
  TCVN3_DECODE[code] = letter;
  TCVN3_ENCODE.set(letter, code);
}

/** VNI diacritic/tone bytes after a lowercase base letter; capitals use the byte 0x20 lower. */
const VNI_PLAIN = [null, 0xf8, 0xfb, 0xf5, 0xf9, 0xef] as const;
const VNI_CIRCUMFLEX = [0xe2, 0xe0, 0xe5, 0xe3, 0xe1, 0xe4] as const;
const VNI_BREVE = [0xea, 0xe8, 0xfa, 0xfc, 0xe9, 0xeb] as const;

/** Each Vietnamese vowel family: the letter, the VNI base byte(s) it is written on, and its tone bytes. */
const VNI_VOWELS: readonly [string, number, readonly (number | null)[]][] = [
  ['a', 0x61, VNI_PLAIN], ['â', 0x61, VNI_CIRCUMFLEX], ['ă', 0x61, VNI_BREVE],
  ['e', 0x65, VNI_PLAIN], ['ê', 0x65, VNI_CIRCUMFLEX],
  ['o', 0x6f, VNI_PLAIN], ['ô', 0x6f, VNI_CIRCUMFLEX], ['ơ', 0xf4, VNI_PLAIN],
  ['u', 0x75, VNI_PLAIN], ['ư', 0xf6, VNI_PLAIN],
  ['y', 0x79, [null, 0xf8, 0xfb, 0xf5, 0xf9, null]],
];
/** Letters VNI writes as one byte (lowercase; the capital is 0x20 lower, as for the tone bytes). */
const VNI_SINGLE: readonly [string, number][] = [
  ['ì', 0xec], ['ỉ', 0xe6], ['ĩ', 0xf3], ['í', 0xed], ['ị', 0xf2], ['ỵ', 0xee], ['đ', 0xf1],
];

const VNI_ENCODE = new Map<string, number[]>();
/** Byte sequences (as Latin-1 text) → letter, two-byte ones looked up first. */
const VNI_DECODE = new Map<string, string>();
const latin1 = (...bytes: number[]): string => String.fromCharCode(...bytes);
const upperByte = (b: number): number => (b >= 0xe0 || (b >= 0x61 && b <= 0x7a) ? b - 0x20 : b);

for (const [base, baseByte, tones] of VNI_VOWELS) {
  tones.forEach((toneByte, tone) => {
    const letter = withTone(base, tone);
    const bytes = toneByte === null ? [baseByte] : [baseByte, toneByte];
    if (toneByte === null && tone > 0) return;
    VNI_ENCODE.set(letter, bytes);
    VNI_ENCODE.set(letter.toUpperCase(), bytes.map(upperByte));
    if (bytes.length === 1) return;
    VNI_DECODE.set(latin1(...bytes), letter);
    VNI_DECODE.set(latin1(...bytes.map(upperByte)), letter.toUpperCase());
    // a capital with a lowercase tone byte, or the reverse, as hand-typed files have: the base decides the case
    VNI_DECODE.set(latin1(upperByte(bytes[0] ?? 0), bytes[1] ?? 0), letter.toUpperCase());
    VNI_DECODE.set(latin1(bytes[0] ?? 0, upperByte(bytes[1] ?? 0)), letter);
  });
}
for (const [letter, byte] of [...VNI_SINGLE, ['ơ', 0xf4] as const, ['ư', 0xf6] as const]) {
  VNI_ENCODE.set(letter, [byte]);
  VNI_ENCODE.set(letter.toUpperCase(), [upperByte(byte)]);
  VNI_DECODE.set(latin1(byte), letter);
  VNI_DECODE.set(latin1(upperByte(byte)), letter.toUpperCase());
}

export type LegacyVietnamese = 'tcvn3' | 'vni';

/** Every decoded letter is one UTF-16 code unit: the text is built in a buffer, not by string concatenation. */
function utf16(units: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return parts.join('');
}

const TCVN3_UNITS = Uint16Array.from(TCVN3_DECODE, (ch) => ch.charCodeAt(0));

export function decodeTcvn3(bytes: Uint8Array): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = TCVN3_UNITS[bytes[i] ?? 0] ?? 0;
  return utf16(out);
}

/** VNI byte pairs (first byte × 256 + second) and single bytes → code unit. */
const VNI_PAIRS = new Map<number, number>();
const VNI_SINGLES = Uint16Array.from({ length: 256 }, (_, b) => b);
for (const [seq, letter] of VNI_DECODE) {
  if (seq.length === 2) VNI_PAIRS.set(seq.charCodeAt(0) * 256 + seq.charCodeAt(1), letter.charCodeAt(0));
  else VNI_SINGLES[seq.charCodeAt(0)] = letter.charCodeAt(0);
}

export function decodeVni(bytes: Uint8Array): string {
  const out = new Uint16Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    const next = bytes[i + 1] ?? 0;
    const pair = next >= 0x80 ? VNI_PAIRS.get(b * 256 + next) : undefined;
    if (pair !== undefined) {
      out[n++] = pair;
      i++;
    } else {
      out[n++] = VNI_SINGLES[b] ?? b;
    }
  }
  return utf16(out.subarray(0, n));
}

export function decodeLegacy(bytes: Uint8Array, encoding: LegacyVietnamese): string {
  return encoding === 'tcvn3' ? decodeTcvn3(bytes) : decodeVni(bytes);
}

/** Text → bytes in the legacy encoding; a character it cannot write becomes "?". For tests and fixtures. */
export function encodeLegacy(text: string, encoding: LegacyVietnamese): Uint8Array<ArrayBuffer> {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0x3f;
    if (code < 0x80) out.push(code);
    else if (encoding === 'tcvn3') out.push(TCVN3_ENCODE.get(ch) ?? 0x3f);
    else out.push(...(VNI_ENCODE.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}
