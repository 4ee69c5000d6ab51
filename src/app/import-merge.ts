import { withRealLayer } from '../domain/model/generated-layers';
import type { Dataset, Site } from '../domain/model/types';

export type SiteMergeMode = 'replace' | 'add';

/** The default name of the layer an imported file becomes: its name without the extension. */
export function layerNameOf(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '') || fileName;
}

type DropReason = 'id' | 'layer' | 'carrier';

/** Why the merge drops an existing site (an imported site's id, the layer's name, the file's carrier on 'replace'), or null. */
function dropRule(imported: readonly Site[], mode: SiteMergeMode, layer: string): (s: Site) => DropReason | null {
  const carriers = new Set(imported.map((s) => s.carrier));
  const ids = new Set(imported.map((s) => s.id));
  return (s) => (ids.has(s.id) ? 'id' : s.layer === layer ? 'layer' : mode === 'replace' && carriers.has(s.carrier) ? 'carrier' : null);
}

/** Whether mergeCarrierSites with the same arguments drops the existing site `s`. */
export function mergeDrops(imported: readonly Site[], mode: SiteMergeMode, layer: string): (s: Site) => boolean {
  const dropped = dropRule(imported, mode, layer);
  return (s) => dropped(s) !== null;
}

/**
 * A carrier's imported sites merged into the baseline as the named layer `layer`: 'replace' drops the earlier sites
 * of the carriers in the file and of a layer with the same name first; 'add' keeps the carriers' other sites (a
 * layer of the same name is still replaced). Either way an imported site replaces an existing one with the same id.
 */
export function mergeCarrierSites(
  dataset: Dataset, imported: readonly Site[], fileName: string, mode: SiteMergeMode, layer: string = layerNameOf(fileName),
): Dataset {
  const dropped = dropRule(imported, mode, layer);
  const kept = dataset.sites.filter((s) => dropped(s) === null);
  const sources = [...dataset.meta.sources.filter((s) => s !== fileName), fileName];
  // The generated sites carry no layer: once none is left, the sites are all from carriers' files.
  const meta = kept.every((s) => s.layer !== undefined) ? withRealLayer({ ...dataset.meta, sources }, 'sites') : { ...dataset.meta, sources };
  return { ...dataset, meta, sites: [...kept, ...imported.map((s) => ({ ...s, layer }))] };
}

/** What a merge would remove before it is committed, for the report (issue 17: nothing replaced silently). */
export interface MergeEffect {
  /** Existing sites the merge drops, for whatever reason. */
  removed: number;
  /** Of them, sites replaced because an imported site has the same id, by the layer they were in ('' = generated). */
  sameIdByLayer: ReadonlyMap<string, number>;
  /** Of them, the sites of an earlier layer with the same name. */
  sameLayer: number;
  /** Of them, the other sites of the file's carriers ("replace"), by carrier. */
  earlierOfCarrier: ReadonlyMap<string, number>;
  /** Per carrier of the file: the sites it has now and how many the merge drops without an imported site of the same id. */
  carriers: ReadonlyMap<string, { before: number; removed: number }>;
}

/** The effect of mergeCarrierSites with the same arguments, computed without merging. */
export function mergeEffect(dataset: Dataset, imported: readonly Site[], mode: SiteMergeMode, layer: string): MergeEffect {
  const dropped = dropRule(imported, mode, layer);
  const importedIds = new Set(imported.map((s) => s.id));
  const fileCarriers = new Set(imported.map((s) => s.carrier));
  const sameIdByLayer = new Map<string, number>();
  const carriers = new Map<string, { before: number; removed: number }>();
  for (const c of fileCarriers) carriers.set(c, { before: 0, removed: 0 });
  const earlierOfCarrier = new Map<string, number>();
  let removed = 0;
  let sameLayer = 0;
  for (const s of dataset.sites) {
    const tally = carriers.get(s.carrier);
    if (tally) tally.before += 1;
    const why = dropped(s);
    if (why === null) continue;
    removed += 1;
    // a quarter's re-upload replaces most sites by id: only the sites that do not come back are lost
    if (tally && !importedIds.has(s.id)) tally.removed += 1;
    if (why === 'id') sameIdByLayer.set(s.layer ?? '', (sameIdByLayer.get(s.layer ?? '') ?? 0) + 1);
    else if (why === 'layer') sameLayer += 1;
    else earlierOfCarrier.set(s.carrier, (earlierOfCarrier.get(s.carrier) ?? 0) + 1);
  }
  return { removed, sameIdByLayer, sameLayer, earlierOfCarrier, carriers };
}

/**
 * The carriers of the file that would lose more than half of their sites: the report says it in the warning colour
 * and the commit asks first.
 */
export function largeRemovals(effect: MergeEffect): { carrier: string; before: number; removed: number }[] {
  return [...effect.carriers].filter(([, t]) => t.before > 0 && t.removed * 2 > t.before).map(([carrier, t]) => ({ carrier, ...t }));
}
