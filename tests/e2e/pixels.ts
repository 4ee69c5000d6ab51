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

/** The pixel nearest the image centre whose 3×3 neighbourhood is all within `tolerance` of the colour. */
export function findColour(img: Rgba, rgb: readonly [number, number, number], tolerance = 10): { x: number; y: number } | null {
  const near = (x: number, y: number) => {
    const i = (y * img.width + x) * 4;
    return (
      Math.abs((img.data[i] ?? 0) - rgb[0]) <= tolerance &&
      Math.abs((img.data[i + 1] ?? 0) - rgb[1]) <= tolerance &&
      Math.abs((img.data[i + 2] ?? 0) - rgb[2]) <= tolerance
    );
  };
  let best: { x: number; y: number; d: number } | null = null;
  for (let y = 1; y < img.height - 1; y++) {
    for (let x = 1; x < img.width - 1; x++) {
      if (!near(x, y) || !near(x - 1, y) || !near(x + 1, y) || !near(x, y - 1) || !near(x, y + 1)) continue;
      const d = (x - img.width / 2) ** 2 + (y - img.height / 2) ** 2;
      if (!best || d < best.d) best = { x, y, d };
    }
  }
  return best ? { x: best.x, y: best.y } : null;
}
