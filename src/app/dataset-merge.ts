import { withRealLayer } from '../domain/model/generated-layers';
import type { Dataset } from '../domain/model/types';
import type { GeoJsonLayer } from '../io/geojson';

/** Replaces one layer of the dataset with imported items; the other layers are kept as they are. */
export function mergeLayer(dataset: Dataset, layer: GeoJsonLayer, fileName: string): Dataset {
  const sources = [...dataset.meta.sources.filter((s) => s !== fileName), fileName];
  const meta = withRealLayer({ ...dataset.meta, sources }, layer.kind);
  switch (layer.kind) {
    case 'units':
      return { ...dataset, meta, units: layer.result.items };
    case 'villages':
      return { ...dataset, meta, villages: layer.result.items };
    case 'sites':
      return { ...dataset, meta, sites: layer.result.items };
    case 'fibre':
      return { ...dataset, meta, fibre: layer.result.items };
    case 'roads':
      return { ...dataset, meta, roads: layer.result.items };
  }
}
