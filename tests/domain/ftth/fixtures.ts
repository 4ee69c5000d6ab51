import type { Polygon } from 'geojson';
import type { FibreRoute, Laying, LngLat } from '../../../src/domain/model/types';

export function square(lon0: number, lat0: number, size: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [[[lon0, lat0], [lon0 + size, lat0], [lon0 + size, lat0 + size], [lon0, lat0 + size], [lon0, lat0]]],
  };
}

export function route(id: string, coordinates: LngLat[], laying: Laying = 'aerial'): FibreRoute {
  return { id, name: id, laying, kind: 'spur', coordinates };
}
