import { ScatterplotLayer } from '@deck.gl/layers';
import type { ImportPreviewPoints } from '../../domain/display/import-preview';

const SITE_FILL: [number, number, number, number] = [0, 160, 230, 230];
const BAD_FILL: [number, number, number, number] = [220, 0, 0, 255];
const OUTLINE: [number, number, number, number] = [255, 255, 255, 255];

function points(id: string, positions: Float32Array, fill: [number, number, number, number], radiusPx: number): ScatterplotLayer | null {
  if (positions.length === 0) return null;
  return new ScatterplotLayer({
    id,
    data: { length: positions.length / 2, attributes: { getPosition: { value: positions, size: 2 } } },
    radiusUnits: 'pixels',
    getRadius: radiusPx,
    getFillColor: fill,
    stroked: true,
    getLineColor: OUTLINE,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    pickable: false,
  });
}

/** A pending CSV import over everything else: its sites in blue, its rejected rows with a position in red on top. */
export function importPreviewLayers(preview: ImportPreviewPoints | null | undefined): (ScatterplotLayer | null)[] {
  if (!preview) return [];
  return [points('import-preview-sites', preview.sites, SITE_FILL, 5), points('import-preview-bad', preview.bad, BAD_FILL, 6)];
}
