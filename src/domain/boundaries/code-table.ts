/**
 * A published old → new code table (e.g. the 2025 resolution's list of merged communes), read from CSV rows
 * already split into cells. Codes are checked against both boundary sets; rows that cannot be used are reported
 * with their line and a reason code (the UI words it in Vietnamese or English) and left out.
 */
import { foldText } from '../text/fold';

export interface CodeTableRow {
  line: number;
  cells: readonly string[];
}

/** 'unreadable': the CSV itself is broken there (e.g. an unclosed quote). */
export type CodeTableProblem = 'unreadable' | 'too-few-columns' | 'missing-old' | 'missing-new' | 'unknown-old' | 'unknown-new' | 'duplicate';

export interface CodeTableIssue {
  line: number;
  problem: CodeTableProblem;
  /** The code in question, when there is one. */
  value?: string;
}

export interface CodeTable {
  rows: { oldCode: string; newCode: string }[];
  issues: CodeTableIssue[];
  /** True when the first row was taken as a header. */
  header: boolean;
}

const OLD_HEADER = /(old|cu|2024|truoc|before|from)/;
const NEW_HEADER = /(new|moi|2025|sau|after|to)/;

/** Column indexes of the old and new codes: named in a header, else the first two. */
function columns(first: readonly string[]): { oldCol: number; newCol: number } | null {
  const names = first.map((c) => foldText(c).replace(/[^a-z0-9]+/g, ' '));
  const isCode = (n: string) => /\b(ma|code|id)\b/.test(n);
  const oldCol = names.findIndex((n) => OLD_HEADER.test(n) && isCode(n));
  const newCol = names.findIndex((n, i) => i !== oldCol && NEW_HEADER.test(n) && isCode(n));
  return oldCol >= 0 && newCol >= 0 ? { oldCol, newCol } : null;
}

/** Looks a code up as written, then without leading zeros ("024616" and "24616" are one commune). */
export function codeResolver(codes: readonly string[]): (code: string) => string | undefined {
  const exact = new Set(codes);
  const bare = new Map(codes.map((c) => [c.replace(/^0+(?=\d)/, ''), c]));
  return (code) => (exact.has(code) ? code : bare.get(code.replace(/^0+(?=\d)/, '')));
}

export function readCodeTable(rows: readonly CodeTableRow[], oldCodes: readonly string[], newCodes: readonly string[]): CodeTable {
  const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const first = nonEmpty[0];
  const named = first ? columns(first.cells) : null;
  const { oldCol, newCol } = named ?? { oldCol: 0, newCol: 1 };
  const body = named ? nonEmpty.slice(1) : nonEmpty;
  const oldOf = codeResolver(oldCodes);
  const newOf = codeResolver(newCodes);
  const seen = new Set<string>();
  const out: CodeTable = { rows: [], issues: [], header: named !== null };
  for (const r of body) {
    if (r.cells.length <= Math.max(oldCol, newCol)) {
      out.issues.push({ line: r.line, problem: 'too-few-columns' });
      continue;
    }
    const oldRaw = (r.cells[oldCol] ?? '').trim();
    const newRaw = (r.cells[newCol] ?? '').trim();
    if (!oldRaw) out.issues.push({ line: r.line, problem: 'missing-old' });
    if (!newRaw) out.issues.push({ line: r.line, problem: 'missing-new' });
    if (!oldRaw || !newRaw) continue;
    const oldCode = oldOf(oldRaw);
    const newCode = newOf(newRaw);
    if (oldCode === undefined) out.issues.push({ line: r.line, problem: 'unknown-old', value: oldRaw });
    if (newCode === undefined) out.issues.push({ line: r.line, problem: 'unknown-new', value: newRaw });
    if (oldCode === undefined || newCode === undefined) continue;
    const key = `${oldCode}\u0000${newCode}`;
    if (seen.has(key)) {
      out.issues.push({ line: r.line, problem: 'duplicate', value: `${oldRaw} ${newRaw}` });
      continue;
    }
    seen.add(key);
    out.rows.push({ oldCode, newCode });
  }
  return out;
}
