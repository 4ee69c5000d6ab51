/** Bytes of a carrier's CSV → text, telling which encoding it was and warning about likely garbling. */
import { coded, type CodedText } from './issue-codes';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

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

/**
 * UTF-8 with or without BOM; UTF-16 (Excel "Unicode text"); otherwise invalid UTF-8 is read as Windows-1258, the
 * legacy Vietnamese code page, with a warning. Text is NFC-normalised: Windows-1258 writes tones as combining marks.
 */
export function decodeCsvBytes(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: coded('fileEmpty', { file: fileName }) };
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
        text = new TextDecoder('windows-1258').decode(bytes);
        encoding = 'windows-1258';
        warnings.push(coded('notUtf8', { file: fileName }));
      }
    }
  }
  const sample = encoding === 'windows-1258' ? null : mojibakeSample(text);
  if (sample !== null) {
    warnings.push(coded('mojibake', { file: fileName, sample }));
  }
  return { ok: true, text: text.normalize('NFC'), encoding, warnings };
}
