import { SolidPolygonLayer } from '@deck.gl/layers';
import type { Road } from '../../domain/model/types';
import type { DrawnPath } from '../../domain/display/paths-for-view';
import { lineRibbons, type Ribbon } from '../../domain/display/line-ribbons';
import { mapColours, type MapColours } from '../colours';

/**
 * Thin grey context lines drawn under the fibre; main roads wider. Drawn as ribbons (see line-ribbons.ts), butt
 * ended: the colours are translucent, so overlapping ends would show. Not pickable: the fibre above is what is selected.
 */
export function roadsLayer(roads: readonly DrawnPath<Road>[], visible: boolean, zoom: number, colours: MapColours = mapColours()) {
  return new SolidPolygonLayer<Ribbon<Road>>({
    id: 'roads',
    data: visible ? lineRibbons(roads, zoom, (r) => ({ widthPx: r.class === 'main' ? 2.2 : 1 })) : [],
    visible,
    pickable: false,
    getPolygon: (r) => r.polygon,
    getFillColor: (r) => colours.road[r.item.class],
    updateTriggers: { getFillColor: colours },
  });
}
