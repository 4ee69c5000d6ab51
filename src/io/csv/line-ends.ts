const CR = 13;
const LF = 10;
const SPACE = 32;

const endsCell = (text: string, at: number, delimiters: string): boolean => {
  const c = text.charCodeAt(at);
  return at >= text.length || c === CR || c === LF || delimiters.includes(text.charAt(at));
};

/** Index just past the quote closing the cell whose content starts at `from` (the text's length if none). */
function pastClosingQuote(text: string, from: number, delimiters: string): number {
  for (let at = from; ;) {
    const q = text.indexOf('"', at);
    if (q < 0) return text.length;
    if (text.charCodeAt(q + 1) === 34) {
      at = q + 2;
      continue;
    }
    let next = q + 1;
    while (text.charCodeAt(next) === SPACE) next++;
    if (endsCell(text, next, delimiters)) return q + 1;
    at = q + 1;
  }
}

/**
 * The text with every line end outside quoted cells written as LF; line ends inside quoted cells are kept as written.
 * Papaparse takes one line end for the whole text, guessed from its start, so a file mixing CRLF, LF and lone CR
 * (old Mac Excel) had rows merged into the next. A quote opens a cell only at its start and closes it only before a
 * delimiter, a line end or the end, as papaparse reads them. `delimiters`: the file's, or every candidate when sniffing.
 */
export function unifyLineEnds(text: string, delimiters: string): string {
  if (!text.includes('\r')) return text;
  const parts: string[] = [];
  let from = 0;
  let at = 0;
  let quote = -1;
  while (at < text.length) {
    const cr = text.indexOf('\r', at);
    if (cr < 0) break;
    if (quote < at) {
      quote = text.indexOf('"', at);
      if (quote < 0) quote = text.length;
    }
    if (cr < quote) {
      parts.push(text.slice(from, cr), '\n');
      at = text.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
      from = at;
      continue;
    }
    const opens = quote === 0 || endsCell(text, quote - 1, delimiters);
    at = opens ? pastClosingQuote(text, quote + 1, delimiters) : quote + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
