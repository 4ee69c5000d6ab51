const CR = 13;
const LF = 10;
const QUOTE = 34;
const SPACE = 32;

/**
 * The text with every line end outside quoted cells written as LF; line ends inside quoted cells are kept as written.
 * Papaparse takes one line end for the whole text, guessed from its start, so a file mixing CRLF, LF and lone CR
 * (old Mac Excel) had rows merged into the next. A quote opens a cell only at its start and closes it only before a
 * delimiter, a line end or the end, as papaparse reads them. `delimiters`: the file's, or every candidate when sniffing.
 */
export function unifyLineEnds(text: string, delimiters: string): string {
  if (!text.includes('\r')) return text;
  const isDelimiter = (code: number): boolean => delimiters.includes(String.fromCharCode(code));
  const parts: string[] = [];
  let from = 0;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c !== QUOTE) continue;
      if (text.charCodeAt(i + 1) === QUOTE) {
        i++;
        continue;
      }
      let next = i + 1;
      while (text.charCodeAt(next) === SPACE) next++;
      const after = text.charCodeAt(next);
      if (next >= text.length || after === CR || after === LF || isDelimiter(after)) quoted = false;
      continue;
    }
    if (c === QUOTE && fieldStart) {
      quoted = true;
      fieldStart = false;
      continue;
    }
    if (c === CR) {
      parts.push(text.slice(from, i), '\n');
      if (text.charCodeAt(i + 1) === LF) i++;
      from = i + 1;
      fieldStart = true;
      continue;
    }
    fieldStart = c === LF || isDelimiter(c);
  }
  parts.push(text.slice(from));
  return parts.join('');
}
