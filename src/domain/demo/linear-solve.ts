/** Solves A·x = b by Gaussian elimination with partial pivoting (small dense systems). */
export function solveLinear(matrix: readonly (readonly number[])[], rhs: readonly number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    }
    const top = a[pivot];
    const cur = a[col];
    if (!top || !cur) continue;
    a[pivot] = cur;
    a[col] = top;
    const p = top[col] ?? 0;
    if (Math.abs(p) < 1e-300) continue;
    for (let r = col + 1; r < n; r++) {
      const row = a[r];
      if (!row) continue;
      const f = (row[col] ?? 0) / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - f * (top[c] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = a[r];
    if (!row) continue;
    let s = row[n] ?? 0;
    for (let c = r + 1; c < n; c++) s -= (row[c] ?? 0) * (x[c] ?? 0);
    const d = row[r] ?? 0;
    x[r] = Math.abs(d) < 1e-300 ? 0 : s / d;
  }
  return x;
}
