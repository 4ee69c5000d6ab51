import type { Dataset, Site } from '../domain/model/types';

export type SiteMergeMode = 'replace' | 'add';

/**
 * A carrier's imported sites merged into the baseline: 'replace' drops the earlier sites of the carriers in the file
 * first; 'add' keeps them. Either way an imported site replaces an existing one with the same id.
 */
export function mergeCarrierSites(dataset: Dataset, imported: readonly Site[], fileName: string, mode: SiteMergeMode): Dataset {
  const carriers = new Set(imported.map((s) => s.carrier));
  const ids = new Set(imported.map((s) => s.id));
  const kept = dataset.sites.filter((s) => !ids.has(s.id) && !(mode === 'replace' && carriers.has(s.carrier)));
  const sources = [...dataset.meta.sources.filter((s) => s !== fileName), fileName];
  return { ...dataset, meta: { ...dataset.meta, sources }, sites: [...kept, ...imported] };
}
