import { layerTextEn, type LayerText } from '../layer-issues';

export type LayerKind = 'units' | 'villages' | 'sites' | 'fibre' | 'roads';

/** What a layer was detected as; `text` says why (in the layer-issue table), `reason` is its English wording. */
export interface Detected {
  kind: LayerKind | null;
  text: LayerText;
  reason: string;
}

export const detected = (kind: LayerKind | null, text: LayerText): Detected => ({ kind, text, reason: layerTextEn(text) });
