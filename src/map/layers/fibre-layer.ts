import { SolidPolygonLayer } from '@deck.gl/layers';
import type { FibreRoute } from '../../domain/model/types';
import type { DrawnPath } from '../../domain/display/paths-for-view';
import { lineRibbons, type Ribbon } from '../../domain/display/line-ribbons';
import { mapColours, type MapColours } from '../colours';

const AERIAL_DASH = [4, 3] as const;

/**
 * Aerial cable dashed orange, underground solid purple: the distinction undergrounding plans are about. Drawn as
 * ribbons (see line-ribbons.ts) with square ends, so the corners of these opaque lines close.
 */
export function fibreLayer(routes: readonly DrawnPath<FibreRoute>[], selectedId: string | null, visible: boolean, zoom: number, colours: MapColours = mapColours()) {
  const style = (r: FibreRoute) => ({
    widthPx: r.id === selectedId ? 4 : r.kind === 'backbone' ? 3 : 1.6,
    dash: r.laying === 'aerial' ? AERIAL_DASH : null,
    squareEnds: true,
  });
  return new SolidPolygonLayer<Ribbon<FibreRoute>>({
    id: 'fibre',
    data: visible ? lineRibbons(routes, zoom, style) : [],
    visible,
    getPolygon: (r) => r.polygon,
    getFillColor: (r) => (r.item.id === selectedId ? [20, 60, 200, 255] : colours.laying[r.item.laying]),
    updateTriggers: { getFillColor: [selectedId, colours] },
  });
}
