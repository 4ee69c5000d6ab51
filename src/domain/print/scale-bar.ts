/**
 * Scale bars. Web Mercator ground resolution at latitude φ and zoom z, per pixel:
 *   40075016.686 m × cos φ / (T × 2^z)
 * where 40075016.686 m is the WGS84 equatorial circumference and T the tile size the zoom refers to.
 * maplibre-gl numbers its zoom levels for 512-px tiles (T = 512, one CSS pixel); the classic 256-px raster-tile
 * convention (T = 256) gives the same resolution at zoom z + 1. Multiply by devicePixelRatio's inverse for
 * device pixels.
 */
export const EQUATOR_CIRCUMFERENCE_M = 40_075_016.686;
export const MAPLIBRE_TILE_SIZE = 512;

export function metresPerPixel(latDeg: number, zoom: number, tileSize: number = MAPLIBRE_TILE_SIZE): number {
  return (EQUATOR_CIRCUMFERENCE_M * Math.cos((latDeg * Math.PI) / 180)) / (tileSize * 2 ** zoom);
}

/** Ground metres per millimetre of paper for a map image `pixelWidth` px wide printed `widthMm` wide. */
export function metresPerMm(metresPerPx: number, pixelWidth: number, widthMm: number): number {
  return (metresPerPx * pixelWidth) / widthMm;
}

export interface ScaleBar {
  lengthM: number;
  /** Width of the bar in the output units the resolution was given in (pixels, mm…). */
  width: number;
  label: string;
}

export function formatDistance(metres: number): string {
  if (metres >= 1000) return `${Number((metres / 1000).toPrecision(6))} km`;
  return `${Number(metres.toPrecision(6))} m`;
}

/**
 * The longest 1, 2 or 5 × 10ⁿ metres that fits in `maxWidth` output units, given the ground metres per output
 * unit at the map centre. Returns null when not even a 1 cm bar fits or the input is not positive.
 */
export function niceScaleBar(metresPerUnit: number, maxWidth: number): ScaleBar | null {
  if (!(metresPerUnit > 0) || !(maxWidth > 0) || !Number.isFinite(metresPerUnit * maxWidth)) return null;
  const maxM = metresPerUnit * maxWidth;
  let exp = Math.floor(Math.log10(maxM));
  // log10 can land a hair below an exact power of ten.
  if (10 ** (exp + 1) <= maxM) exp += 1;
  const base = 10 ** exp;
  const lengthM = [5, 2, 1].map((f) => f * base).find((l) => l <= maxM * (1 + 1e-12)) ?? base;
  if (lengthM < 0.01) return null;
  return { lengthM, width: lengthM / metresPerUnit, label: formatDistance(lengthM) };
}

/** Where the ratio scale starts on the page: right of the bar's length label (centred on the bar's end), 2.5 mm clear. */
export function ratioScaleX(box: { x: number }, barWidth: number, labelWidth: number): number {
  return box.x + barWidth + labelWidth / 2 + 2.5;
}

/** Representative fraction ("1 : 50 000") of a printed map, rounded to 3 significant digits. */
export function representativeFraction(metresPerMmOnPaper: number): number {
  const denominator = metresPerMmOnPaper * 1000;
  return Number(denominator.toPrecision(3));
}
