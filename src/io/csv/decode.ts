/** Bytes of a carrier's CSV → text, telling which encoding it was and warning about likely garbling. */
import { coded, type CodedText } from './issue-codes';
import { decodeLegacy } from './legacy-vietnamese';
import { vietnameseScore } from './vietnamese-score';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni';

/** The encodings the import dialog offers to re-read a file in. */
export const CSV_ENCODING_CHOICES = ['utf-8', 'utf-16', 'windows-1258', 'tcvn3', 'vni'] as const;
export type CsvEncodingChoice = (typeof CSV_ENCODING_CHOICES)[number];

/** Enough of a file to tell its legacy encoding: the header and a few hundred rows. */
const SNIFF_BYTES = 64 * 1024;

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName; warnings: CodedText[] }
  | { ok: false; reason: CodedText };

/**
 * UTF-8 read back as Windows-1252 and saved again: "đ" → "Ä‘", "á" → "Ã¡", "ư" → "Æ°", "ạ" → "áº¡".
 * Two-character sequences that no Vietnamese text contains.
 */
const MOJIBAKE = /Ã[\u00a0-\u00bf]|Ä[‘’\u0090-\u0091]|Æ[°¡]|á[º»][\u0080-\u00ff\u2018-\u203a]|Ã[¨©ª¬­²³´¹º½]/;

function mojibakeSample(text: string): string | null {
  const m = MOJIBAKE.exec(text);
  return m ? m[0] : null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 text has NUL bytes in every other position for ASCII; UTF-8 and Windows-1258 have none. */
function looksUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (n >= 4 && oddNul > n / 4 && evenNul === 0) return 'utf-16le';
  if (n >= 4 && evenNul > n / 4 && oddNul === 0) return 'utf-16be';
  return null;
}

type SingleByte = 'windows-1258' | 'tcvn3' | 'vni';

function decodeSingleByte(bytes: Uint8Array, encoding: SingleByte): string {
  return encoding === 'windows-1258' ? new TextDecoder('windows-1258').decode(bytes) : decodeLegacy(bytes, encoding);
}

/** Not UTF-8: Windows-1258, TCVN3 or VNI, whichever reads the file's start as Vietnamese best (Windows-1258 on a tie). */
function guessSingleByte(bytes: Uint8Array): SingleByte {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let best: SingleByte = 'windows-1258';
  let bestScore = vietnameseScore(decodeSingleByte(sample, best).normalize('NFC'));
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const score = vietnameseScore(decodeSingleByte(sample, encoding));
    if (score > bestScore) [best, bestScore] = [encoding, score];
  }
  return best;
}

const LEGACY_NAMES: Record<SingleByte, string> = { 'windows-1258': 'Windows-1258', tcvn3: 'TCVN3 (ABC)', vni: 'VNI' };

/** The file read in the encoding the user chose: no guessing, no warning but a BOM dropped. */
function decodeAs(bytes: Uint8Array, chosen: CsvEncodingChoice): { text: string; encoding: TextEncodingName } {
  if (chosen === 'utf-8') {
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  }
  if (chosen === 'utf-16') {
    const encoding = startsWith(bytes, [0xfe, 0xff]) || looksUtf16(bytes) === 'utf-16be' ? 'utf-16be' : 'utf-16le';
    const bom = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
    return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bom ? bytes.subarray(2) : bytes), encoding };
  }
  return { text: decodeSingleByte(bytes, chosen), encoding: chosen };
}

/**
 * UTF-8 with or without BOM; UTF-16 (Excel "Unicode text"); otherwise invalid UTF-8 is read as Windows-1258, TCVN3
 * or VNI, the legacy Vietnamese encodings, told apart by how Vietnamese each reading looks, with a warning. `chosen`
 * (the dialog's encoding list) skips the guessing. Text is NFC-normalised: Windows-1258 writes tones as combining marks.
 */
export function decodeCsvBytes(bytes: Uint8Array, fileName: string, chosen?: CsvEncodingChoice): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: coded('fileEmpty', { file: fileName }) };
  if (chosen) {
    const read = decodeAs(bytes, chosen);
    return { ok: true, text: read.text.normalize('NFC'), encoding: read.encoding, warnings: [] };
  }
  const warnings: CodedText[] = [];
  let text: string;
  let encoding: TextEncodingName;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8-bom';
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2));
  } else {
    const utf16 = looksUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = new TextDecoder(utf16).decode(bytes);
      warnings.push(coded('utf16NoBom', { file: fileName, encoding: utf16.toUpperCase() }));
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        encoding = 'utf-8';
      } catch {
        const legacy = guessSingleByte(bytes);
        text = decodeSingleByte(bytes, legacy);
        encoding = legacy;
        warnings.push(legacy === 'windows-1258'
          ? coded('notUtf8', { file: fileName })
          : coded('legacyEncoding', { file: fileName, encoding: LEGACY_NAMES[legacy] }));
      }
    }
  }
  const sample = encoding === 'windows-1258' || encoding === 'tcvn3' || encoding === 'vni' ? null : mojibakeSample(text);
  if (sample !== null) {
    warnings.push(coded('mojibake', { file: fileName, sample }));
  }
  return { ok: true, text: text.normalize('NFC'), encoding, warnings };
}
