/**
 * Splits `total` into integers proportional to `weights`, each at least `floor`, summing exactly to `total`
 * (largest-remainder method, ties broken by index so the result is deterministic).
 */
export function allocateInteger(weights: readonly number[], total: number, floor = 0): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const spare = total - floor * n;
  if (spare < 0) throw new Error(`cannot give ${floor} each to ${n} items from ${total}`);
  const weightSum = weights.reduce((s, w) => s + Math.max(0, w), 0);
  const exact = weights.map((w) => (weightSum > 0 ? (Math.max(0, w) / weightSum) * spare : spare / n));
  const out = exact.map((x) => floor + Math.floor(x));
  let left = total - out.reduce((s, x) => s + x, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) {
    const idx = order[k]?.i ?? 0;
    out[idx] = (out[idx] ?? 0) + 1;
  }
  return out;
}
