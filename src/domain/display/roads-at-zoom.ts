import type { Road } from '../model/types';

/** Below this zoom only main roads are drawn: minor ones are clutter at province scale, and each costs every frame. */
export const MINOR_ROADS_FROM_ZOOM = 10;

const mainOnly = new WeakMap<readonly Road[], readonly Road[]>();

/** The roads the map draws at a zoom; the same array for the same roads and side of the threshold (layers keep it). */
export function roadsAtZoom(roads: readonly Road[], zoom: number): readonly Road[] {
  if (zoom >= MINOR_ROADS_FROM_ZOOM) return roads;
  let main = mainOnly.get(roads);
  if (!main) {
    main = roads.filter((r) => r.class === 'main');
    mainOnly.set(roads, main);
  }
  return main;
}
