/**
 * Where each element of a GeoJSON FeatureCollection's `features` array lies in the text, found by one scan that
 * parses nothing: the elements can then be parsed one chunk at a time (a drive test's GeoJSON is hundreds of MB).
 */

export interface FeatureSpans {
  /** Start and end (exclusive) of each element of `features` in the text. */
  start: Float64Array;
  end: Float64Array;
  count: number;
}

const enum Ch { Quote = 34, Backslash = 92, Comma = 44, Colon = 58, OpenBrace = 123, CloseBrace = 125, OpenBracket = 91, CloseBracket = 93 }

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

class Scanner {
  at = 0;
  constructor(readonly text: string) {}

  space(): number {
    while (isSpace(this.text.charCodeAt(this.at))) this.at++;
    return this.text.charCodeAt(this.at);
  }

  /** Past a string starting at the cursor; its text is returned only when asked. */
  string(keep: boolean): string | null {
    const from = ++this.at;
    for (;;) {
      const c = this.text.charCodeAt(this.at++);
      if (Number.isNaN(c)) return null;
      if (c === Ch.Backslash) this.at++;
      else if (c === Ch.Quote) return keep ? this.text.slice(from, this.at - 1) : '';
    }
  }

  /** Past any value starting at the cursor (its syntax checked only as far as nesting); false on a broken text. */
  value(): boolean {
    const c = this.space();
    if (c === Ch.Quote) return this.string(false) !== null;
    if (c !== Ch.OpenBrace && c !== Ch.OpenBracket) {
      while (this.at < this.text.length && !/[,\]}\s]/.test(this.text[this.at] ?? '')) this.at++;
      return true;
    }
    let depth = 0;
    for (;;) {
      const d = this.text.charCodeAt(this.at);
      if (Number.isNaN(d)) return false;
      if (d === Ch.Quote) {
        if (this.string(false) === null) return false;
        continue;
      }
      this.at++;
      if (d === Ch.OpenBrace || d === Ch.OpenBracket) depth++;
      else if ((d === Ch.CloseBrace || d === Ch.CloseBracket) && --depth === 0) return true;
    }
  }
}

/** The spans of the features of a FeatureCollection text, or null when the text is not one (or is broken). */
export function featureSpans(text: string): FeatureSpans | null {
  const s = new Scanner(text);
  if (s.space() !== Ch.OpenBrace) return null;
  s.at++;
  let spans: FeatureSpans | null = null;
  let collection = false;
  for (;;) {
    const c = s.space();
    if (c === Ch.CloseBrace) break;
    if (c !== Ch.Quote) return null;
    const key = s.string(true);
    if (key === null || s.space() !== Ch.Colon) return null;
    s.at++;
    const valueAt = s.space();
    if (key === 'features' && valueAt === Ch.OpenBracket) spans = elements(s);
    else if (key === 'type' && valueAt === Ch.Quote) collection = s.string(true) === 'FeatureCollection';
    else if (!s.value()) return null;
    if (key === 'features' && !spans) return null;
    const next = s.space();
    if (next === Ch.Comma) s.at++;
    else if (next !== Ch.CloseBrace) return null;
  }
  s.at++;
  return collection && spans && Number.isNaN(s.space()) ? spans : null;
}

/** The elements of the array at the cursor, the cursor left past it; null when broken. */
function elements(s: Scanner): FeatureSpans | null {
  let start: Float64Array = new Float64Array(1024);
  let end: Float64Array = new Float64Array(1024);
  let count = 0;
  s.at++;
  if (s.space() === Ch.CloseBracket) {
    s.at++;
    return { start, end, count };
  }
  for (;;) {
    s.space();
    const from = s.at;
    if (!s.value()) return null;
    if (count === start.length) {
      start = grown(start);
      end = grown(end);
    }
    start[count] = from;
    end[count] = s.at;
    count++;
    const next = s.space();
    s.at++;
    if (next === Ch.CloseBracket) return { start, end, count };
    if (next !== Ch.Comma) return null;
  }
}

function grown(a: Float64Array): Float64Array {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
