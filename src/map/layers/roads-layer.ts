import { PathLayer } from '@deck.gl/layers';
import type { Road } from '../../domain/model/types';
import type { DrawnPath } from '../../domain/display/paths-for-view';
import { mapColours, type MapColours } from '../colours';

/** Thin grey context lines drawn under the fibre; main roads wider. Not pickable: the fibre above is what is selected. */
export function roadsLayer(roads: readonly DrawnPath<Road>[], visible: boolean, colours: MapColours = mapColours()) {
  return new PathLayer<DrawnPath<Road>>({
    id: 'roads',
    data: roads as DrawnPath<Road>[],
    visible,
    pickable: false,
    getPath: (r) => r.coordinates as [number, number][],
    getColor: (r) => colours.road[r.item.class],
    updateTriggers: { getColor: colours },
    getWidth: (r) => (r.item.class === 'main' ? 2.2 : 1),
    widthUnits: 'pixels',
    capRounded: true,
    jointRounded: true,
  });
}
