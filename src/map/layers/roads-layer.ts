import { PathLayer } from '@deck.gl/layers';
import type { Road } from '../../domain/model/types';
import { mapColours, type MapColours } from '../colours';

/** Thin grey context lines drawn under the fibre; main roads wider. Not pickable: the fibre above is what is selected. */
export function roadsLayer(roads: readonly Road[], visible: boolean, colours: MapColours = mapColours()) {
  return new PathLayer<Road>({
    id: 'roads',
    data: roads as Road[],
    visible,
    pickable: false,
    getPath: (r) => r.coordinates.map((c): [number, number] => [c[0], c[1]]),
    getColor: (r) => colours.road[r.class],
    updateTriggers: { getColor: colours },
    getWidth: (r) => (r.class === 'main' ? 2.2 : 1),
    widthUnits: 'pixels',
    capRounded: true,
    jointRounded: true,
  });
}
