/** Named site layers: the sites each carrier upload brought in, listed and removed as a whole. */
import type { Dataset, Site } from './types';

export interface SiteLayer {
  name: string;
  sites: number;
  /** Distinct carriers of the layer's sites, sorted. */
  carriers: string[];
}

/** The layers present in `sites`, in the order they first appear; sites without a layer are not listed. */
export function siteLayers(sites: readonly Site[]): SiteLayer[] {
  const byName = new Map<string, { sites: number; carriers: Set<string> }>();
  for (const s of sites) {
    if (s.layer === undefined) continue;
    let entry = byName.get(s.layer);
    if (!entry) {
      entry = { sites: 0, carriers: new Set() };
      byName.set(s.layer, entry);
    }
    entry.sites++;
    entry.carriers.add(s.carrier);
  }
  return [...byName].map(([name, e]) => ({ name, sites: e.sites, carriers: [...e.carriers].sort() }));
}

/** The dataset without the sites of layer `name`. */
export function withoutLayer(dataset: Dataset, name: string): Dataset {
  return { ...dataset, sites: dataset.sites.filter((s) => s.layer !== name) };
}
