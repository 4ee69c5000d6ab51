/** Per-unit and overall fibre totals for the undergrounding plan: aerial, proposed and already-underground km. */
import type { ReportingUnit } from '../model/types';
import type { RouteRun } from './aerial-runs';

export interface UndergroundingTotals {
  totalKm: number;
  aerialKm: number;
  /** Length of the proposed packages. */
  proposedKm: number;
  /** Underground + duct km. */
  undergroundKm: number;
  /** undergroundKm / totalKm, 0 without fibre. */
  shareUnderground: number;
}

export interface UnitUndergroundingTotals extends UndergroundingTotals {
  /** null: fibre outside every unit. */
  unitCode: string | null;
  unitName: string | null;
  packages: number;
}

interface PackageLike {
  unitCode: string | null;
  length_m: number;
  proposed: boolean;
}

const empty = (): UndergroundingTotals => ({ totalKm: 0, aerialKm: 0, proposedKm: 0, undergroundKm: 0, shareUnderground: 0 });

function finish<T extends UndergroundingTotals>(t: T): T {
  t.shareUnderground = t.totalKm > 0 ? t.undergroundKm / t.totalKm : 0;
  return t;
}

/** Units with fibre or packages, ranked by proposed km then aerial km. */
export function unitUndergroundingTotals(
  units: readonly ReportingUnit[], runs: readonly RouteRun[], packages: readonly PackageLike[],
): { units: UnitUndergroundingTotals[]; totals: UndergroundingTotals } {
  const byCode = new Map<string | null, UnitUndergroundingTotals>();
  const get = (code: string | null, name: string | null): UnitUndergroundingTotals => {
    let t = byCode.get(code);
    if (!t) {
      t = { ...empty(), unitCode: code, unitName: name, packages: 0 };
      byCode.set(code, t);
    }
    return t;
  };
  const all = empty();
  for (const run of runs) {
    const unit = units[run.unit];
    const t = get(unit?.code ?? null, unit?.name ?? null);
    const km = run.lengthM / 1000;
    for (const x of [t, all]) {
      x.totalKm += km;
      if (run.laying === 'aerial') x.aerialKm += km;
      if (run.laying === 'underground' || run.laying === 'duct') x.undergroundKm += km;
    }
  }
  for (const p of packages) {
    const t = get(p.unitCode, units.find((u) => u.code === p.unitCode)?.name ?? null);
    t.packages++;
    if (p.proposed) {
      t.proposedKm += p.length_m / 1000;
      all.proposedKm += p.length_m / 1000;
    }
  }
  const list = [...byCode.values()].map(finish);
  list.sort((a, b) => b.proposedKm - a.proposedKm || b.aerialKm - a.aerialKm || (a.unitCode ?? '').localeCompare(b.unitCode ?? ''));
  return { units: list, totals: finish(all) };
}
