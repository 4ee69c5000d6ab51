/**
 * Rows of a CSV with no quotes and one kind of line end, split at the breaks and the delimiter directly: what
 * papaparse returns for such a text (blank rows skipped as its 'greedy' option does), without its per-row objects.
 */

const LF = 10;
const CR = 13;

/** Whether `text` can be split directly: no quote anywhere, and its line ends all LF or all CRLF. */
export function isPlainCsv(text: string): boolean {
  if (text.indexOf('"') >= 0) return false;
  let crs = 0;
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== LF) return false;
    crs++;
  }
  if (crs === 0) return true;
  let lfs = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lfs++;
  return lfs === crs;
}

/** One row's cells and its line (1-based, as an editor counts); false stops the reading. */
export type OnRow = (cells: string[], line: number) => boolean;

export class PlainRows {
  /** Where the next row starts in the text. */
  position = 0;
  private line = 0;
  private stopped = false;

  constructor(private readonly text: string, private readonly delimiter: string) {}

  get done(): boolean {
    return this.stopped || this.position >= this.text.length;
  }

  /** Reads up to `maxRows` non-blank rows; returns how many it read. */
  next(maxRows: number, onRow: OnRow): number {
    const { text } = this;
    let rows = 0;
    while (rows < maxRows && !this.done) {
      const lf = text.indexOf('\n', this.position);
      const end = lf < 0 ? text.length : lf;
      const contentEnd = end > this.position && text.charCodeAt(end - 1) === CR ? end - 1 : end;
      const cells = text.slice(this.position, contentEnd).split(this.delimiter);
      this.position = end + 1;
      this.line++;
      if (isBlank(cells)) continue;
      rows++;
      if (!onRow(cells, this.line)) this.stopped = true;
    }
    return rows;
  }
}

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}
