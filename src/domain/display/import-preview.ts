/** The points of a pending site import, drawn over the map before anything is committed. */

export interface ImportPreviewPoints {
  /** lon, lat of each site the import would bring in. */
  sites: Float32Array;
  /** lon, lat of each rejected row that has a position. */
  bad: Float32Array;
}

interface LonLat {
  lon: number;
  lat: number;
}

function packed(points: readonly LonLat[]): Float32Array {
  const out = new Float32Array(points.length * 2);
  points.forEach((p, i) => {
    out[i * 2] = p.lon;
    out[i * 2 + 1] = p.lat;
  });
  return out;
}

export function importPreviewPoints(sites: readonly LonLat[], bad: readonly LonLat[]): ImportPreviewPoints {
  return { sites: packed(sites), bad: packed(bad) };
}

/** [west, south, east, north] of the preview's points, good and bad, or null when it has none. */
export function previewBounds(p: ImportPreviewPoints): [number, number, number, number] | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const xy of [p.sites, p.bad]) {
    for (let i = 0; i + 1 < xy.length; i += 2) {
      const lon = xy[i] ?? 0;
      const lat = xy[i + 1] ?? 0;
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
  }
  return west <= east ? [west, south, east, north] : null;
}
