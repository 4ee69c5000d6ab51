import { withRealLayer } from '../domain/model/generated-layers';
import type { Dataset, Site } from '../domain/model/types';

export type SiteMergeMode = 'replace' | 'add';

/** The default name of the layer an imported file becomes: its name without the extension. */
export function layerNameOf(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '') || fileName;
}

/**
 * A carrier's imported sites merged into the baseline as the named layer `layer`: 'replace' drops the earlier sites
 * of the carriers in the file and of a layer with the same name first; 'add' keeps the carriers' other sites (a
 * layer of the same name is still replaced). Either way an imported site replaces an existing one with the same id.
 */
export function mergeCarrierSites(
  dataset: Dataset, imported: readonly Site[], fileName: string, mode: SiteMergeMode, layer: string = layerNameOf(fileName),
): Dataset {
  const carriers = new Set(imported.map((s) => s.carrier));
  const ids = new Set(imported.map((s) => s.id));
  const kept = dataset.sites.filter((s) => !ids.has(s.id) && s.layer !== layer && !(mode === 'replace' && carriers.has(s.carrier)));
  const sources = [...dataset.meta.sources.filter((s) => s !== fileName), fileName];
  // The generated sites carry no layer: once none is left, the sites are all from carriers' files.
  const meta = kept.every((s) => s.layer !== undefined) ? withRealLayer({ ...dataset.meta, sources }, 'sites') : { ...dataset.meta, sources };
  return { ...dataset, meta, sites: [...kept, ...imported.map((s) => ({ ...s, layer }))] };
}
