/**
 * Data the engine cannot compute, found before it is committed or named after a stored project failed: a layer that
 * would make the coverage grid exceed the stated limit (domain/grid/grid-limit), and polygons the engine cannot use.
 * Texts are in the interface language and name the feature.
 */
import { areaGridProblem, type AreaGridProblem } from '../domain/coverage/area-limit';
import { limitAreaKm2, MAX_GRID_BYTES, MAX_GRID_CELLS } from '../domain/grid/grid-limit';
import { badPolygons } from '../domain/model/geometry-problems';
import type { Dataset } from '../domain/model/types';
import { capQuoted } from '../io/coded-text';
import { formatInt } from '../i18n/format';
import type { Lang } from '../i18n/strings';
import { geometryProblemUiText, unusableText, type UnusableKey } from '../i18n/unusable-data-strings';

const NAMED: Record<'units' | 'sites' | 'villages', UnusableKey> = { units: 'unitNamed', sites: 'siteNamed', villages: 'villageNamed' };

function featureName(lang: Lang, layer: keyof typeof NAMED, id: string, name: string): string {
  return unusableText(lang, NAMED[layer], { id: JSON.stringify(capQuoted(id)), name: capQuoted(name || id) });
}

function gridParams(lang: Lang, p: AreaGridProblem): Record<string, string | number> {
  return {
    feature: p.culprit ? featureName(lang, p.culprit.layer, p.culprit.id, p.culprit.name) : unusableText(lang, 'theArea'),
    area: formatInt(lang, p.size.areaKm2), cells: formatInt(lang, p.size.cells), cell: p.size.cellSizeM,
    limitArea: formatInt(lang, limitAreaKm2(p.size.cellSizeM)), limitCells: formatInt(lang, MAX_GRID_CELLS), limitGiB: MAX_GRID_BYTES / 2 ** 30,
  };
}

/** Why importing `fileName` (giving `merged`) is refused, or null when the grid it implies fits the limit. */
export function importRefusal(lang: Lang, merged: Dataset, cellSizeM: number, fileName: string): string | null {
  const problem = areaGridProblem(merged, cellSizeM);
  return problem ? unusableText(lang, 'importTooLarge', { ...gridParams(lang, problem), file: fileName }) : null;
}

/** Why switching to `cellSizeM` is refused, or null. */
export function cellSizeRefusal(lang: Lang, dataset: Dataset, cellSizeM: number, current: number): string | null {
  const problem = areaGridProblem(dataset, cellSizeM);
  return problem ? unusableText(lang, 'cellTooLarge', { ...gridParams(lang, problem), current }) : null;
}

export interface Diagnosis {
  /** The first problem, for the notice's sentence. */
  reason: string;
  /** One line per bad feature. */
  details: string[];
  /** The dataset without the bad features, when removing them makes it computable; else null. */
  without: Dataset | null;
  removed: number;
}

/** Enough to find a few far-flung sites; a layer spread wider than this is not a matter of a few bad features. */
const MAX_GRID_CULPRITS = 100;

/** Bad polygons, then features that make the grid too big; null when the checks find nothing wrong. */
export function diagnose(lang: Lang, dataset: Dataset, cellSizeM: number): Diagnosis | null {
  const details: string[] = [];
  const bad = badPolygons(dataset);
  for (const f of bad) {
    const problem = geometryProblemUiText(lang, f.problem.code, f.problem.count);
    details.push(unusableText(lang, 'badGeometry', { feature: featureName(lang, f.layer, f.id, f.name), problem }));
  }
  const badUnits = new Set(bad.filter((f) => f.layer === 'units').map((f) => f.index));
  const badVillages = new Set(bad.filter((f) => f.layer === 'villages').map((f) => f.index));
  let without: Dataset | null = {
    ...dataset, units: dataset.units.filter((_, i) => !badUnits.has(i)), villages: dataset.villages.filter((_, i) => !badVillages.has(i)),
  };
  let removed = bad.length;
  for (let n = 0; without; n++) {
    const problem = areaGridProblem(without, cellSizeM);
    if (!problem) break;
    details.push(unusableText(lang, 'gridTooLarge', gridParams(lang, problem)));
    const culprit = problem.culprit;
    if (!culprit || n >= MAX_GRID_CULPRITS) {
      without = null;
      break;
    }
    const layer = culprit.layer;
    without = layer === 'units'
      ? { ...without, units: without.units.filter((_, i) => i !== culprit.index) }
      : { ...without, sites: without.sites.filter((_, i) => i !== culprit.index) };
    removed += 1;
  }
  const reason = details[0];
  if (reason === undefined) return null;
  return { reason: details.length > 1 ? `${reason} (${unusableText(lang, 'moreBad', { n: details.length - 1 })})` : reason, details, without, removed };
}
