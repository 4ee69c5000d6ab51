import { PathLayer } from '@deck.gl/layers';
import { PathStyleExtension } from '@deck.gl/extensions';
import type { FibreRoute } from '../../domain/model/types';
import type { DrawnPath } from '../../domain/display/paths-for-view';
import { mapColours, type MapColours } from '../colours';

const dashed = new PathStyleExtension({ dash: true });

/** Aerial cable dashed orange, underground solid purple: the distinction undergrounding plans are about. */
export function fibreLayer(routes: readonly DrawnPath<FibreRoute>[], selectedId: string | null, visible: boolean, colours: MapColours = mapColours()) {
  return new PathLayer<DrawnPath<FibreRoute>, { getDashArray: (r: DrawnPath<FibreRoute>) => [number, number]; dashJustified: boolean }>({
    id: 'fibre',
    data: routes as DrawnPath<FibreRoute>[],
    visible,
    getPath: (r) => r.coordinates as [number, number][],
    getColor: (r) => (r.item.id === selectedId ? [20, 60, 200, 255] : colours.laying[r.item.laying]),
    getWidth: (r) => (r.item.id === selectedId ? 4 : r.item.kind === 'backbone' ? 3 : 1.6),
    widthUnits: 'pixels',
    getDashArray: (r) => (r.item.laying === 'aerial' ? [4, 3] : [0, 0]),
    dashJustified: true,
    extensions: [dashed],
    updateTriggers: { getColor: [selectedId, colours], getWidth: selectedId },
  });
}
