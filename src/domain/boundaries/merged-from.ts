/**
 * The crosswalk a new boundary file states itself: each new unit lists the codes of the old units it was made
 * from (the 2025 files' merged_from_codes). Used before area overlap when the lists name enough of the old units.
 */
import type { ReportingUnit } from '../model/types';
import { codeResolver } from './code-table';
import { crosswalkFromTable } from './crosswalk';
import type { Crosswalk } from './crosswalk-types';

export interface ListedCrosswalk {
  crosswalk: Crosswalk;
  /** Old units the lists name (each counted once). */
  matchedOld: number;
  /** Codes listed that are no old unit's, as written. */
  unknown: string[];
}

/** The crosswalk of the new units' own lists, or null when no unit lists any code. */
export function crosswalkFromLists(oldCodes: readonly string[], newUnits: readonly ReportingUnit[]): ListedCrosswalk | null {
  if (!newUnits.some((u) => (u.mergedFrom?.length ?? 0) > 0)) return null;
  const oldOf = codeResolver(oldCodes);
  const rows: { oldCode: string; newCode: string }[] = [];
  const unknown: string[] = [];
  for (const u of newUnits) {
    for (const listed of u.mergedFrom ?? []) {
      const oldCode = oldOf(listed.trim());
      if (oldCode === undefined) unknown.push(listed);
      else rows.push({ oldCode, newCode: u.code });
    }
  }
  const crosswalk = crosswalkFromTable(rows, { old: oldCodes, new: newUnits.map((u) => u.code) });
  return { crosswalk, matchedOld: new Set(rows.map((r) => r.oldCode)).size, unknown };
}

/** Whether the lists can stand for the crosswalk: they name at least half the old units (else they are another set's codes). */
export function listsUsable(listed: ListedCrosswalk, oldUnits: number): boolean {
  return listed.matchedOld > 0 && listed.matchedOld * 2 >= oldUnits;
}
