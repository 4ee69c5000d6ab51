/**
 * The main map's current bounds for the "current map view" print extent. The main map registers a getter while
 * it is mounted; the print view reads it when it opens (the main map cannot move while the print view covers it).
 */
import type { BBox } from '../domain/grid/equal-area-grid';

let getter: (() => BBox) | null = null;

/** Called by the main map panel; returns the unregister function for its cleanup. */
export function registerMainMapBounds(get: () => BBox): () => void {
  getter = get;
  return () => {
    if (getter === get) getter = null;
  };
}

/** [west, south, east, north] of the main map now, or null when no main map is mounted or it has no size. */
export function mainMapBounds(): BBox | null {
  const b = getter?.() ?? null;
  return b && b.every(Number.isFinite) && b[0] < b[2] && b[1] < b[3] ? b : null;
}
