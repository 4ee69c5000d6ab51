import { PathLayer } from '@deck.gl/layers';
import { PathStyleExtension } from '@deck.gl/extensions';
import type { FibreRoute } from '../../domain/model/types';
import { mapColours, type MapColours } from '../colours';

const dashed = new PathStyleExtension({ dash: true });

/** Aerial cable dashed orange, underground solid purple: the distinction undergrounding plans are about. */
export function fibreLayer(routes: readonly FibreRoute[], selectedId: string | null, visible: boolean, colours: MapColours = mapColours()) {
  return new PathLayer<FibreRoute, { getDashArray: (r: FibreRoute) => [number, number]; dashJustified: boolean }>({
    id: 'fibre',
    data: routes as FibreRoute[],
    visible,
    getPath: (r) => r.coordinates.map((c): [number, number] => [c[0], c[1]]),
    getColor: (r) => (r.id === selectedId ? [20, 60, 200, 255] : colours.laying[r.laying]),
    getWidth: (r) => (r.id === selectedId ? 4 : r.kind === 'backbone' ? 3 : 1.6),
    widthUnits: 'pixels',
    getDashArray: (r) => (r.laying === 'aerial' ? [4, 3] : [0, 0]),
    dashJustified: true,
    extensions: [dashed],
    updateTriggers: { getColor: [selectedId, colours], getWidth: selectedId },
  });
}
