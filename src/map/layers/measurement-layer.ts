import { ScatterplotLayer } from '@deck.gl/layers';
import type { BinPoints } from '../../domain/display/measurement-image';

/**
 * The measured samples binned to the grid (mean level, or measured − predicted), one square-ish dot a cell wide per
 * cell, above the roads the drives followed; at low zoom a cell is kept visible at two pixels.
 */
export function measurementLayer(points: BinPoints | null | undefined): ScatterplotLayer | null {
  if (!points || points.count === 0) return null;
  return new ScatterplotLayer({
    id: 'measurements',
    data: {
      length: points.count,
      attributes: {
        getPosition: { value: points.positions, size: 2 },
        getFillColor: { value: points.colours, size: 4, normalized: true },
      },
    },
    radiusUnits: 'meters',
    getRadius: points.cellSizeM / 2,
    radiusMinPixels: 2,
    stroked: false,
    pickable: false,
  });
}
