import { PNG } from 'pngjs';

export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

export function decodePng(png: Buffer): Rgba {
  const img = PNG.sync.read(png);
  return { width: img.width, height: img.height, data: img.data };
}

/** Number of pixels within `tolerance` (per channel) of the colour. */
export function countColour(img: Rgba, rgb: readonly [number, number, number], tolerance = 12): number {
  return countWhere(
    img,
    (r, g, b) => Math.abs(r - rgb[0]) <= tolerance && Math.abs(g - rgb[1]) <= tolerance && Math.abs(b - rgb[2]) <= tolerance,
  );
}

export function countWhere(img: Rgba, predicate: (r: number, g: number, b: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) if (predicate(img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0)) n++;
  return n;
}
