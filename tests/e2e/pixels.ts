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

/**
 * Centres of the `count` largest patches of a colour: pixels whose (2r+1)² window is mostly that colour, taken
 * greedily by how much of the window matches, at least `separation` pixels apart.
 */
export function findPatches(
  img: Rgba, rgb: readonly [number, number, number], opts: { radius: number; separation: number; count: number; tolerance?: number; margin?: number },
): { x: number; y: number; share: number }[] {
  const tol = opts.tolerance ?? 4;
  const { width, height } = img;
  const hit = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const o = i * 4;
    hit[i] = Math.abs((img.data[o] ?? 0) - rgb[0]) <= tol && Math.abs((img.data[o + 1] ?? 0) - rgb[1]) <= tol && Math.abs((img.data[o + 2] ?? 0) - rgb[2]) <= tol ? 1 : 0;
  }
  const r = opts.radius;
  const margin = Math.max(r, opts.margin ?? 0);
  const scored: { x: number; y: number; share: number }[] = [];
  for (let y = margin; y < height - margin; y += 3) {
    for (let x = margin; x < width - margin; x += 3) {
      if (!hit[y * width + x]) continue;
      let n = 0;
      for (let dy = -r; dy <= r; dy += 2) for (let dx = -r; dx <= r; dx += 2) n += hit[(y + dy) * width + x + dx] ?? 0;
      const share = n / (Math.floor(r / 1) + 1) ** 2;
      scored.push({ x, y, share });
    }
  }
  scored.sort((a, b) => b.share - a.share);
  const out: { x: number; y: number; share: number }[] = [];
  for (const p of scored) {
    if (out.every((q) => Math.hypot(q.x - p.x, q.y - p.y) >= opts.separation)) out.push(p);
    if (out.length === opts.count) break;
  }
  return out;
}
