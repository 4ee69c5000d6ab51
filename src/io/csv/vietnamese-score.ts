import { countKnownHeaders } from './mapping';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Vowel groups a Vietnamese syllable can have (tone marks removed). */
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'ua', 'uâ', 'uê',
  'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
  'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyê', 'uyu',
];
const SYLLABLE = new RegExp(`^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(${NUCLEI.join('|')})(ch|ng|nh|[cmnpt])?$`);
/** Latin-1 symbols a misread legacy byte turns into (no-break space aside), and C1 controls. */
const STRAY = /[\u0080-\u009f\u00a1-\u00bf]/g;

/** One spelled Vietnamese syllable: an onset, a vowel group, a final, and at most one tone. */
function isSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize('NFD');
  const tones = d.match(TONE_MARKS)?.length ?? 0;
  return tones <= 1 && SYLLABLE.test(d.replace(TONE_MARKS, '').normalize('NFC'));
}

/**
 * How Vietnamese a decoded sample reads: known column headers count most, then each word with a non-ASCII letter
 * that spells a syllable, less those that do not and stray Latin-1 symbols. Compared between decodings of one file.
 */
export function vietnameseScore(text: string): number {
  const lines = text.split(/\r\n|\r|\n/, 10);
  const headers = Math.max(0, ...lines.map((l) => countKnownHeaders(l.split(/[;,\t|]/))));
  let words = 0;
  for (const word of text.normalize('NFC').split(/[^\p{L}\p{M}]+/u)) {
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(word)) continue;
    words += isSyllable(word) ? 1 : -1;
  }
  return headers * 5 + words - (text.match(STRAY)?.length ?? 0);
}
