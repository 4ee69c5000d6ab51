import type { StyleSpecification } from 'maplibre-gl';

export const UNITS_SOURCE = 'units';
export const DISTRICTS_SOURCE = 'districts';
export const BASEMAP_SOURCE = 'basemap';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** A style that needs no network: background plus the loaded boundaries. */
export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      [UNITS_SOURCE]: { type: 'geojson', data: EMPTY },
      [DISTRICTS_SOURCE]: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe7ea' } },
      { id: 'units-fill', type: 'fill', source: UNITS_SOURCE, paint: { 'fill-color': '#f7f5ee', 'fill-opacity': 1 } },
      { id: 'units-line', type: 'line', source: UNITS_SOURCE, paint: { 'line-color': '#8c9499', 'line-width': 0.7 } },
      { id: 'districts-line', type: 'line', source: DISTRICTS_SOURCE, paint: { 'line-color': '#4a5358', 'line-width': 1.8 } },
    ],
  };
}
