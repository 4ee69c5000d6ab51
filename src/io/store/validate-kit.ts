/**
 * Small structural checks for data read from outside. Each check records a message ("path: value is not a …",
 * io/store/validation-texts) and returns whether it passed; the list stops growing at MAX_ERRORS so one broken
 * column cannot flood the user.
 */
import type { Message } from '../../domain/text/message';
import { validationMessage, type ValidationCode } from './validation-texts';

export const MAX_ERRORS = 50;

export type Rec = Record<string, unknown>;

export function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Short, inert rendering of a bad value for a message. */
export function show(v: unknown): string {
  if (v === undefined) return 'missing';
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  let s: string;
  try {
    s = JSON.stringify(v) ?? typeof v;
  } catch {
    s = typeof v;
  }
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

export class Checker {
  readonly errors: Message[] = [];

  get full(): boolean {
    return this.errors.length >= MAX_ERRORS;
  }

  /** `expected` is the code of what the value should be (`x_number`), with its parameters. */
  fail(path: string, v: unknown, expected: ValidationCode, params?: Readonly<Record<string, string | number>>): false {
    const what = validationMessage(expected, params);
    this.problem(v === undefined ? validationMessage('missing', { path, expected: what }) : validationMessage('notA', { path, value: show(v), expected: what }));
    return false;
  }

  problem(m: Message): void {
    if (!this.full) this.errors.push(m);
  }

  str(v: unknown, path: string): v is string {
    return typeof v === 'string' || this.fail(path, v, 'x_string');
  }

  nonEmpty(v: unknown, path: string): v is string {
    return (typeof v === 'string' && v.trim() !== '') || this.fail(path, v, 'x_nonEmpty');
  }

  bool(v: unknown, path: string): v is boolean {
    return typeof v === 'boolean' || this.fail(path, v, 'x_bool');
  }

  num(v: unknown, path: string, min = -Infinity, max = Infinity): v is number {
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.fail(path, v, 'x_number');
    if (v < min || v > max) return this.fail(path, v, 'x_within', { min, max });
    return true;
  }

  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): v is T {
    return (typeof v === 'string' && (allowed as readonly string[]).includes(v)) || this.fail(path, v, 'x_oneOf', { allowed: allowed.join(', ') });
  }

  date(v: unknown, path: string): v is string {
    return (typeof v === 'string' && !Number.isNaN(Date.parse(v))) || this.fail(path, v, 'x_date');
  }

  obj(v: unknown, path: string): v is Rec {
    return isRecord(v) || this.fail(path, v, 'x_object');
  }

  /** Runs `each` on every element until the error list is full. */
  arr(v: unknown, path: string, each: (item: unknown, itemPath: string) => void): v is unknown[] {
    if (!Array.isArray(v)) return this.fail(path, v, 'x_list');
    for (let i = 0; i < v.length && !this.full; i += 1) each(v[i], `${path}[${i}]`);
    return true;
  }

  record(v: unknown, path: string, each: (value: unknown, valuePath: string, key: string) => void): v is Rec {
    if (!this.obj(v, path)) return false;
    for (const [key, value] of Object.entries(v)) {
      if (this.full) break;
      each(value, `${path}[${JSON.stringify(key)}]`, key);
    }
    return true;
  }

  lngLat(v: unknown, path: string): void {
    if (!Array.isArray(v) || v.length < 2) {
      this.fail(path, v, 'x_lngLat');
      return;
    }
    this.num(v[0], `${path}[0]`, -180, 180);
    this.num(v[1], `${path}[1]`, -90, 90);
  }

  /** Records "path: "x" appears more than once" for repeated ids; `seen` may be shared across lists. */
  unique(id: unknown, path: string, seen: Set<string>): void {
    if (typeof id !== 'string') return;
    if (seen.has(id)) this.problem(validationMessage('duplicate', { path, value: show(id) }));
    seen.add(id);
  }
}
