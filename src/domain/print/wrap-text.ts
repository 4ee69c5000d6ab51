/**
 * Printed text is never cut: it wraps at spaces onto the lines its box has room for and, when that is not enough,
 * the font shrinks until it fits. Widths come from the drawer's own font metrics, so layout and drawing agree.
 */

/** Width of `text` at the nominal font size, in the box's units. */
export type TextWidth = (text: string) => number;

/** Line height of text at `pt` points, mm: the one the page layouts reserve per line. */
export const lineHeightMm = (pt: number): number => pt * (25.4 / 72) * 1.35;

/** Greedy wrap at spaces; a word wider than a line stays whole (too wide) unless `breakWords` breaks it between characters. */
export function wrapWords(text: string, maxWidth: number, width: TextWidth, breakWords = false): string[] {
  const words = text.split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  const space = width(' ');
  let line = '';
  // A line's width is summed word by word (measuring the whole line again at each word is quadratic in a long note).
  let lineW = 0;
  for (const word of words) {
    const wordW = width(word);
    const joinedW = line ? lineW + space + wordW : wordW;
    if (joinedW <= maxWidth) {
      line = line ? `${line} ${word}` : word;
      lineW = joinedW;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (breakWords && width(rest) > maxWidth && [...rest].length > 1) {
      const chars = [...rest];
      let n = 1;
      while (n < chars.length - 1 && width(chars.slice(0, n + 1).join('')) <= maxWidth) n++;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('');
    }
    line = rest;
    lineW = width(rest);
  }
  if (line) lines.push(line);
  return lines;
}

export interface FittedText {
  lines: string[];
  /** Font size as a share of the nominal one (1 when the text fits at its size). */
  scale: number;
}

/**
 * The text on at most `maxLines` lines of `maxWidth`, at the largest size (in 5 % steps) where it fits; words are
 * broken only when no size down to a third fits them whole.
 */
export function fitLines(text: string, maxWidth: number, maxLines: number, width: TextWidth): FittedText {
  const room = Math.max(1, Math.floor(maxLines));
  // However it wraps, the lines hold every character but the spaces: sizes where those alone overflow are skipped.
  const inked = width(text.replace(/\s+/gu, ''));
  for (const breakWords of [false, true]) {
    for (let scale = 1; scale > (breakWords ? 0.04 : 0.33); scale = Math.round((scale - 0.05) * 100) / 100) {
      if (inked * scale > room * maxWidth * 1.01) continue;
      const lines = wrapWords(text, maxWidth / scale, width, breakWords);
      if (lines.length <= room && lines.every((l) => width(l) * scale <= maxWidth + 1e-9)) return { lines, scale };
    }
  }
  const one = text.replace(/\s+/gu, ' ').trim();
  return { lines: [one], scale: Math.min(1, maxWidth / Math.max(1e-9, width(one))) };
}

/** How many lines `text` needs in `maxWidth` (capped at `maxLines`, beyond which it shrinks instead). */
export function linesNeeded(text: string, maxWidth: number, maxLines: number, width: TextWidth): number {
  return text.trim() ? Math.min(Math.max(1, maxLines), wrapWords(text, maxWidth, width).length) : 1;
}
