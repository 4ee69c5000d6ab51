/**
 * A coarse outline of mainland Vietnam, hand-digitised from general knowledge (a few dozen vertices, off by about
 * 10 km and more in places; islands left out). It only says whether a point that lies outside the project's province
 * is at sea or in a neighbouring country, for the message of a mistyped site position: never use it as a boundary.
 * Each vertex is [lon, lat, what the edge from it to the next vertex is].
 */
export type OutlineEdge = 'coast' | 'china' | 'laos' | 'cambodia';

/** Further than this from the outline (degrees of latitude, ~500 km) a point is just far away: no neighbour is named. */
const NEAR_DEG = 4.5;

type Vertex = readonly [number, number, OutlineEdge];

const OUTLINE: readonly Vertex[] = [
  [102.14, 22.4, 'china'], // tri-point with China and Laos (A Pa Chải)
  [102.45, 22.8, 'china'],
  [103.05, 22.45, 'china'],
  [103.97, 22.5, 'china'], // Lào Cai
  [104.35, 22.8, 'china'],
  [105.0, 23.05, 'china'],
  [105.32, 23.39, 'china'], // Lũng Cú
  [105.85, 23.1, 'china'],
  [106.3, 22.9, 'china'],
  [106.72, 22.85, 'china'],
  [106.65, 22.35, 'china'],
  [106.72, 22.02, 'china'], // Hữu Nghị
  [107.1, 21.75, 'china'],
  [107.55, 21.6, 'china'],
  [107.97, 21.53, 'coast'], // Móng Cái
  [107.1, 20.95, 'coast'],
  [106.8, 20.7, 'coast'],
  [106.55, 20.25, 'coast'],
  [106.1, 19.95, 'coast'],
  [105.85, 19.55, 'coast'],
  [105.75, 18.85, 'coast'],
  [106.1, 18.35, 'coast'],
  [106.45, 17.9, 'coast'],
  [106.65, 17.45, 'coast'], // Đồng Hới
  [107.1, 16.9, 'coast'],
  [107.6, 16.55, 'coast'],
  [108.05, 16.25, 'coast'],
  [108.3, 16.05, 'coast'], // Đà Nẵng
  [108.85, 15.35, 'coast'],
  [109.05, 14.6, 'coast'],
  [109.25, 13.8, 'coast'], // Quy Nhơn
  [109.32, 13.1, 'coast'],
  [109.46, 12.88, 'coast'], // Mũi Điện
  [109.2, 12.25, 'coast'], // Nha Trang
  [109.2, 11.8, 'coast'],
  [109.05, 11.4, 'coast'],
  [108.7, 11.1, 'coast'],
  [108.1, 10.9, 'coast'], // Phan Thiết
  [107.2, 10.4, 'coast'], // Vũng Tàu
  [106.75, 10.0, 'coast'],
  [106.3, 9.5, 'coast'],
  [105.7, 9.15, 'coast'],
  [105.4, 8.9, 'coast'],
  [104.75, 8.58, 'coast'], // Mũi Cà Mau
  [104.8, 9.05, 'coast'],
  [104.95, 9.6, 'coast'],
  [105.05, 10.0, 'coast'], // Rạch Giá
  [104.48, 10.42, 'cambodia'], // Hà Tiên
  [104.95, 10.6, 'cambodia'],
  [105.1, 10.95, 'cambodia'],
  [105.35, 10.95, 'cambodia'],
  [105.9, 10.85, 'cambodia'],
  [106.15, 11.05, 'cambodia'],
  [105.95, 11.4, 'cambodia'],
  [106.05, 11.75, 'cambodia'],
  [106.45, 11.7, 'cambodia'],
  [106.75, 12.05, 'cambodia'],
  [107.25, 12.2, 'cambodia'],
  [107.55, 12.55, 'cambodia'],
  [107.45, 13.1, 'cambodia'],
  [107.5, 13.8, 'cambodia'],
  [107.55, 14.7, 'laos'], // tri-point with Laos and Cambodia
  [107.45, 15.4, 'laos'],
  [107.2, 15.9, 'laos'],
  [107.05, 16.3, 'laos'],
  [106.6, 16.6, 'laos'], // Lao Bảo
  [106.5, 17.05, 'laos'],
  [106.15, 17.4, 'laos'],
  [105.65, 17.95, 'laos'],
  [105.2, 18.35, 'laos'], // Cầu Treo
  [104.5, 18.9, 'laos'],
  [103.9, 19.3, 'laos'],
  [104.15, 19.75, 'laos'],
  [104.6, 20.25, 'laos'],
  [103.75, 20.7, 'laos'],
  [103.15, 20.85, 'laos'],
  [102.9, 21.25, 'laos'], // Tây Trang
  [102.65, 21.7, 'laos'],
  [102.35, 21.95, 'laos'],
];

/** Ray casting over the outline's vertices. */
function insideOutline(lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = OUTLINE.length - 1; i < OUTLINE.length; j = i++) {
    const [xi, yi] = OUTLINE[i] as Vertex;
    const [xj, yj] = OUTLINE[j] as Vertex;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Squared distance, in degrees of latitude, from the point to a segment, longitudes shrunk by cos(lat). */
function segmentDistance2(lon: number, lat: number, a: Vertex, b: Vertex): number {
  const k = Math.cos((lat * Math.PI) / 180);
  const ax = (a[0] - lon) * k, ay = a[1] - lat, bx = (b[0] - lon) * k, by = b[1] - lat;
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
  const px = ax + t * dx, py = ay + t * dy;
  return px * px + py * py;
}

/**
 * 'vietnam' inside the outline; otherwise what its nearest edge is: the coast (at sea) or a neighbour's border, or
 * 'far' more than ~500 km away.
 */
export function whereInVietnam(lon: number, lat: number): 'vietnam' | OutlineEdge | 'far' {
  if (insideOutline(lon, lat)) return 'vietnam';
  let best: OutlineEdge = 'coast';
  let bestD = Infinity;
  for (let i = 0; i < OUTLINE.length; i++) {
    const a = OUTLINE[i] as Vertex;
    const b = OUTLINE[(i + 1) % OUTLINE.length] as Vertex;
    const d = segmentDistance2(lon, lat, a, b);
    if (d < bestD) {
      bestD = d;
      best = a[2];
    }
  }
  return bestD > NEAR_DEG * NEAR_DEG ? 'far' : best;
}
