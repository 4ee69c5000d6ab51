import Papa from 'papaparse';
import { unifyLineEnds } from './line-ends';
import type { CsvDelimiter } from './sniff';

/** One parsed record; `line` is where it starts as a text editor counts (a quoted newline spans lines). */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface ParseProblem {
  line: number;
  reason: string;
}

export interface ParsedRows {
  rows: CsvRow[];
  problems: ParseProblem[];
}

export interface ChunkedParseOptions {
  /** Rows between progress reports and yields to the event loop. */
  rowsPerChunk?: number;
  /** Called after each chunk with the share of the text parsed, 0..1, and the rows so far. */
  onProgress?: (fraction: number, rows: number) => void;
  signal?: AbortSignal;
}

/** Line breaks as an editor counts them: CRLF, LF and a lone CR each end a line. */
function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** Turns papaparse's step cursors (just past each record's line break) into start lines. */
class LineTracker {
  private start = 0;
  private breaks = 0;
  readonly parsed: ParsedRows = { rows: [], problems: [] };

  constructor(private readonly text: string) {}

  add(cells: string[], errors: readonly Papa.ParseError[], cursor: number): void {
    const line = this.breaks + 1;
    this.breaks += countBreaks(this.text, this.start, cursor);
    this.start = cursor;
    this.parsed.rows.push({ line, cells });
    for (const e of errors) this.parsed.problems.push({ line, reason: e.message });
  }

  /** The rows, without the empty record papaparse reports after a final line break. */
  done(): ParsedRows {
    const last = this.parsed.rows[this.parsed.rows.length - 1];
    if (last && last.cells.length === 1 && last.cells[0] === '' && /[\r\n]$/.test(this.text)) this.parsed.rows.pop();
    return this.parsed;
  }
}

/**
 * All records of the text, each with the line it starts on. Blank lines come through as one empty cell. CRLF, LF and
 * lone CR each end a record, mixed in one file too.
 */
export function parseCsvRows(source: string, delimiter: CsvDelimiter): ParsedRows {
  const text = unifyLineEnds(source, delimiter);
  const tracker = new LineTracker(text);
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (r) => tracker.add(r.data, r.errors, r.meta.cursor),
  });
  return tracker.done();
}

const abortError = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('CSV import aborted', 'AbortError');

/**
 * As `parseCsvRows`, yielding to the event loop every chunk so a worker or a Node process stays responsive,
 * reporting progress and stopping (rejecting with the signal's reason) when the signal aborts.
 */
export function parseCsvRowsChunked(source: string, delimiter: CsvDelimiter, options: ChunkedParseOptions = {}): Promise<ParsedRows> {
  const { rowsPerChunk = 20_000, onProgress, signal } = options;
  const text = unifyLineEnds(source, delimiter);
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const tracker = new LineTracker(text);
    let sinceYield = 0;
    let failed = false;
    // after resume() papaparse counts cursors from where it paused
    let base = 0;
    Papa.parse<string[]>(text, {
      delimiter,
      newline: '\n',
      skipEmptyLines: false,
      step: (r, parser) => {
        const cursor = base + r.meta.cursor;
        tracker.add(r.data, r.errors, cursor);
        if (++sinceYield < rowsPerChunk) return;
        sinceYield = 0;
        base = cursor;
        parser.pause();
        onProgress?.(text.length === 0 ? 1 : cursor / text.length, tracker.parsed.rows.length);
        setTimeout(() => {
          if (signal?.aborted) {
            failed = true;
            parser.abort();
            reject(abortError(signal));
          } else parser.resume();
        }, 0);
      },
      complete: () => {
        if (failed) return;
        onProgress?.(1, tracker.parsed.rows.length);
        resolve(tracker.done());
      },
    });
  });
}
