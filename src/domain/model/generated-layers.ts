/**
 * Which layers of a dataset are still generated (the demo's) rather than loaded from real files: a layer import
 * replacing the communes makes them real, and the banner, the layer panel and the print's source line then name
 * only what is still generated.
 */
import type { Dataset, DatasetMeta } from './types';

export type VectorLayer = NonNullable<DatasetMeta['generatedLayers']>[number];
export const VECTOR_LAYERS: readonly VectorLayer[] = ['units', 'villages', 'sites', 'fibre', 'roads'];
export type GeneratedLayer = VectorLayer | 'elevation' | 'landCover';

/** The vector layers still generated; a project saved before this was tracked is all generated or none. */
export function generatedVectorLayers(meta: DatasetMeta): VectorLayer[] {
  if (meta.generatedLayers) return VECTOR_LAYERS.filter((l) => meta.generatedLayers?.includes(l));
  return meta.synthetic ? [...VECTOR_LAYERS] : [];
}

/** Every layer still generated, the elevation and land cover by their own flags. */
export function generatedLayers(dataset: Dataset): GeneratedLayer[] {
  const out: GeneratedLayer[] = generatedVectorLayers(dataset.meta);
  if (dataset.elevation?.generated) out.push('elevation');
  if (dataset.landCover?.generated) out.push('landCover');
  return out;
}

/** The meta after `layer` was replaced by data from a file: no longer generated, and synthetic only while some layer is. */
export function withRealLayer(meta: DatasetMeta, layer: VectorLayer): DatasetMeta {
  const left = generatedVectorLayers(meta).filter((l) => l !== layer);
  return { ...meta, generatedLayers: left, synthetic: left.length > 0 };
}
