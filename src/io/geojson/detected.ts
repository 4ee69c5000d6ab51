import type { LayerText } from '../layer-issues';

export type LayerKind = 'units' | 'villages' | 'sites' | 'fibre' | 'roads';

/** What a layer was detected as; `text` says why, as a code of the layer-issue table (i18n words it). */
export interface Detected {
  kind: LayerKind | null;
  text: LayerText;
}

export const detected = (kind: LayerKind | null, text: LayerText): Detected => ({ kind, text });
