import type { Site } from '../domain/model/types';

let lastBase: readonly Site[] | null = null;
let lastEdits: Readonly<Record<string, Site>> | null = null;
let lastResult: readonly Site[] = [];

/** Baseline sites with the scenario's edits applied; memoised so layers keep a stable array between renders. */
export function effectiveSites(base: readonly Site[], edits: Readonly<Record<string, Site>>): readonly Site[] {
  if (base === lastBase && edits === lastEdits) return lastResult;
  lastBase = base;
  lastEdits = edits;
  lastResult = Object.keys(edits).length === 0 ? base : base.map((s) => edits[s.id] ?? s);
  return lastResult;
}
