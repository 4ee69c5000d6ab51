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
