/**
 * Move a Dataset onto another unit set (e.g. the 2024 communes onto the 1 July 2025 units): villages take the
 * code of the new unit their point lies in (falling back to the crosswalk's main successor of their old unit),
 * and new units without a population get the sum of their parts. Figures on the new set are then simply
 * CoverageModel run on the returned dataset.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Dataset, ReportingUnit, Village } from '../model/types';
import type { BBox } from '../grid/equal-area-grid';
import { mainSuccessor, type Crosswalk } from './crosswalk-types';
import { geometryBBox } from './units-bbox';

export interface ReassignResult {
  dataset: Dataset;
  /** Villages placed through the crosswalk because their point lies in no new unit. */
  viaCrosswalk: string[];
  /** Villages that could be placed neither way (their unitCode is left as it was). */
  unplaced: string[];
  /** New units whose population was filled in from their parts. */
  populationFromParts: string[];
}

export interface ReassignOptions {
  /** Metadata name of the new dataset (default: the old name plus " — <boundarySetName>"). */
  boundarySetName?: string;
  /** Recompute every new unit's population from its parts, even when the new set gives one. */
  forcePopulationFromParts?: boolean;
}

function inBox(b: BBox, lon: number, lat: number): boolean {
  return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
}

/**
 * Old populations split over their new units in proportion to the overlap shares (normalised over the kept links,
 * so no one is lost to slivers or area outside the new set), rounded by largest remainder so totals are exact.
 */
export function populationFromParts(oldUnits: readonly ReportingUnit[], cw: Crosswalk): Map<string, number> {
  const out = new Map<string, number>();
  for (const u of oldUnits) {
    const links = cw.byOld.get(u.code) ?? [];
    const total = links.reduce((s, l) => s + l.share, 0);
    if (total <= 0) continue;
    const exact = links.map((l) => (u.population * l.share) / total);
    const floors = exact.map(Math.floor);
    let left = u.population - floors.reduce((s, x) => s + x, 0);
    const order = exact.map((x, i) => i).sort((a, b) => (exact[b] ?? 0) - (floors[b] ?? 0) - ((exact[a] ?? 0) - (floors[a] ?? 0)));
    for (const i of order) {
      if (left <= 0) break;
      floors[i] = (floors[i] ?? 0) + 1;
      left -= 1;
    }
    links.forEach((l, i) => out.set(l.newCode, (out.get(l.newCode) ?? 0) + (floors[i] ?? 0)));
  }
  return out;
}

export function reassignDataset(
  dataset: Dataset,
  newUnits: readonly ReportingUnit[],
  cw: Crosswalk,
  options: ReassignOptions = {},
): ReassignResult {
  const boxes = newUnits.map((u) => geometryBBox(u.geometry));
  const viaCrosswalk: string[] = [];
  const unplaced: string[] = [];
  const villages = dataset.villages.map((v): Village => {
    const [lon, lat] = v.point;
    const hit = newUnits.find((u, i) => {
      const b = boxes[i];
      return b !== undefined && inBox(b, lon, lat) && booleanPointInPolygon([lon, lat], u.geometry);
    });
    if (hit) return { ...v, unitCode: hit.code };
    const successor = mainSuccessor(cw, v.unitCode);
    if (successor === undefined) {
      unplaced.push(v.id);
      return v;
    }
    viaCrosswalk.push(v.id);
    return { ...v, unitCode: successor };
  });
  const summed = populationFromParts(dataset.units, cw);
  const filled: string[] = [];
  const units = newUnits.map((u): ReportingUnit => {
    if (u.population > 0 && !options.forcePopulationFromParts) return u;
    const population = summed.get(u.code);
    if (population === undefined) return u;
    filled.push(u.code);
    return { ...u, population };
  });
  const setName = options.boundarySetName;
  return {
    dataset: {
      ...dataset,
      meta: { ...dataset.meta, name: setName ? `${dataset.meta.name} — ${setName}` : dataset.meta.name },
      units,
      villages,
    },
    viaCrosswalk,
    unplaced,
    populationFromParts: filled,
  };
}
