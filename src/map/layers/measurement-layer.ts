import { ScatterplotLayer } from '@deck.gl/layers';
import { MEASUREMENT_OUTLINE, type BinPoints } from '../../domain/display/measurement-image';

/** Smallest dot on screen, px (a cell at low zoom), and the dark rim around every dot, px. */
const MIN_RADIUS_PX = 3;
const RIM_PX = 1;

/**
 * The measured samples binned to the grid (mean level, or measured − predicted), one dot a cell wide per cell, above
 * the roads the drives followed, at least three pixels wide at low zoom. The level dots share the coverage's colours,
 * so each has a dark rim: a dark disc a pixel wider is drawn under all the dots first, and the colours over it, so
 * the dots along a drive merge into a coloured band edged in dark rather than a row of dark rings.
 */
export function measurementLayers(points: BinPoints | null | undefined): ScatterplotLayer[] {
  if (!points || points.count === 0) return [];
  const data = (colour: 'fill' | 'rim') => ({
    length: points.count,
    attributes: {
      getPosition: { value: points.positions, size: 2 },
      ...(colour === 'fill' ? { getFillColor: { value: points.colours, size: 4, normalized: true } } : {}),
    },
  });
  const common = { radiusUnits: 'meters' as const, getRadius: points.cellSizeM / 2, radiusMinPixels: MIN_RADIUS_PX, pickable: false };
  return [
    new ScatterplotLayer({
      ...common, id: 'measurements-rim', data: data('rim'), getFillColor: [...MEASUREMENT_OUTLINE],
      stroked: true, getLineColor: [...MEASUREMENT_OUTLINE], lineWidthUnits: 'pixels', getLineWidth: 2 * RIM_PX,
    }),
    new ScatterplotLayer({ ...common, id: 'measurements', data: data('fill'), stroked: false }),
  ];
}
