import type { StyleSpecification } from 'maplibre-gl';

export const UNITS_SOURCE = 'units';
export const DISTRICTS_SOURCE = 'districts';
export const BASEMAP_SOURCE = 'basemap';

/** The boundary lines' colours and widths (CSS pixels), also what the printed page draws as vectors. */
export const UNIT_OUTLINE = { colour: '#8c9499', widthPx: 0.7 } as const;
export const DISTRICT_OUTLINE = { colour: '#4a5358', widthPx: 1.8 } as const;

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/**
 * A style that needs no network: background plus the loaded boundaries. `outlines: false` (the print map) leaves out
 * the boundary lines, which the printed page draws as vectors.
 */
export function offlineStyle({ outlines = true }: { outlines?: boolean } = {}): StyleSpecification {
  return {
    version: 8,
    sources: {
      [UNITS_SOURCE]: { type: 'geojson', data: EMPTY },
      [DISTRICTS_SOURCE]: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe7ea' } },
      { id: 'units-fill', type: 'fill', source: UNITS_SOURCE, paint: { 'fill-color': '#f7f5ee', 'fill-opacity': 1 } },
      ...(outlines ? [
        { id: 'units-line', type: 'line' as const, source: UNITS_SOURCE, paint: { 'line-color': UNIT_OUTLINE.colour, 'line-width': UNIT_OUTLINE.widthPx } },
        { id: 'districts-line', type: 'line' as const, source: DISTRICTS_SOURCE, paint: { 'line-color': DISTRICT_OUTLINE.colour, 'line-width': DISTRICT_OUTLINE.widthPx } },
      ] : []),
    ],
  };
}
