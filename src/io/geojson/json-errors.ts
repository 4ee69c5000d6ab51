/**
 * JSON.parse messages in V8 often omit the position ("Unexpected token '}', ... is not valid JSON"),
 * so this small scanner finds where the syntax first breaks, to point the user at a line and column.
 */
class Stop {
  constructor(readonly offset: number, readonly expected: string) {}
}

export interface JsonErrorSpot {
  offset: number;
  line: number;
  column: number;
  expected: string;
}

export function locateJsonError(text: string): JsonErrorSpot | null {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
  };
  const expect = (what: string): never => {
    throw new Stop(i, what);
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else expect('a value');
  };
  const str = (): void => {
    i += 1;
    while (i < text.length && text.charAt(i) !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) expect('a closing quote');
      i += text.charAt(i) === '\\' ? 2 : 1;
    }
    if (i >= text.length) expect('a closing quote');
    i += 1;
  };
  const num = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) expect('a value');
    else i += m[0].length;
  };
  const value = (): void => {
    ws();
    const c = text.charAt(i);
    if (c === '{') container('}', true);
    else if (c === '[') container(']', false);
    else if (c === '"') str();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else num();
  };
  const container = (close: string, isObject: boolean): void => {
    i += 1;
    ws();
    if (text.charAt(i) === close) {
      i += 1;
      return;
    }
    for (;;) {
      if (isObject) {
        ws();
        if (text.charAt(i) !== '"') expect('a property name in double quotes');
        str();
        ws();
        if (text.charAt(i) !== ':') expect("':'");
        i += 1;
      }
      value();
      ws();
      const c = text.charAt(i);
      if (c === close) {
        i += 1;
        return;
      }
      if (c !== ',') expect(`',' or '${close}'`);
      i += 1;
    }
  };
  try {
    value();
    ws();
    if (i < text.length) expect('end of input');
    return null;
  } catch (e) {
    const offset = e instanceof Stop ? e.offset : i;
    const lines = text.slice(0, offset).split('\n');
    const expected = e instanceof Stop ? e.expected : 'less deeply nested JSON';
    return { offset, line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1, expected };
  }
}

/** Rewrites bare NaN / Infinity / -Infinity (as Python's json writes) into strings; null when there are none. */
export function quoteNonFiniteLiterals(text: string): string | null {
  // Copies slices rather than characters: this runs on every file JSON.parse refused, which may be tens of MB.
  if (!/NaN|Infinity/.test(text)) return null;
  const parts: string[] = [];
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1;
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) {
      inString = true;
      continue;
    }
    const word = ['-Infinity', 'Infinity', 'NaN'].find((w) => w.charCodeAt(0) === code && text.startsWith(w, i));
    if (!word) continue;
    parts.push(text.slice(from, i), `"${word}"`);
    i += word.length - 1;
    from = i + 1;
  }
  if (parts.length === 0) return null;
  parts.push(text.slice(from));
  return parts.join('');
}
