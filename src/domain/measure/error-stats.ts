/**
 * Statistics of prediction errors e = measured − predicted (dB): count, mean, standard deviation (n − 1) and RMSE,
 * overall or per group, a histogram, and how often the covered/uncovered verdict of the two agrees.
 */

export interface ErrorStats {
  count: number;
  meanDb: number;
  /** Sample standard deviation (n − 1); 0 for a single sample, NaN for none. */
  stdDb: number;
  rmseDb: number;
}

/** Sums of one group, then read as ErrorStats. */
class Moments {
  n = 0;
  sum = 0;
  sum2 = 0;
  add(e: number): void {
    this.n++;
    this.sum += e;
    this.sum2 += e * e;
  }
  stats(): ErrorStats {
    const { n, sum, sum2 } = this;
    if (n === 0) return { count: 0, meanDb: NaN, stdDb: NaN, rmseDb: NaN };
    const mean = sum / n;
    const ss = Math.max(0, sum2 - n * mean * mean);
    return { count: n, meanDb: mean, stdDb: n > 1 ? Math.sqrt(ss / (n - 1)) : 0, rmseDb: Math.sqrt(sum2 / n) };
  }
}

/** Stats of the finite errors among the samples `use` keeps (all when omitted). */
export function errorStats(errors: Float32Array | Float64Array, use?: (i: number) => boolean): ErrorStats {
  const m = new Moments();
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i] ?? NaN;
    if (Number.isFinite(e) && (!use || use(i))) m.add(e);
  }
  return m.stats();
}

/** Stats per group: group[i] in [0, groups) (others, e.g. −1, are left out). */
export function groupedErrorStats(
  errors: Float32Array | Float64Array, group: ArrayLike<number>, groups: number, use?: (i: number) => boolean,
): ErrorStats[] {
  const ms = Array.from({ length: groups }, () => new Moments());
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i] ?? NaN;
    const g = group[i] ?? -1;
    if (Number.isFinite(e) && g >= 0 && g < groups && (!use || use(i))) ms[g]?.add(e);
  }
  return ms.map((m) => m.stats());
}

export interface Histogram {
  fromDb: number;
  binDb: number;
  counts: number[];
  /** Errors below fromDb and at or above the last bin's end. */
  below: number;
  above: number;
}

export function errorHistogram(errors: Float32Array | Float64Array, fromDb = -30, toDb = 30, binDb = 2): Histogram {
  const bins = Math.max(1, Math.round((toDb - fromDb) / binDb));
  const counts = new Array<number>(bins).fill(0);
  let below = 0;
  let above = 0;
  for (const e of errors) {
    if (!Number.isFinite(e)) continue;
    const b = Math.floor((e - fromDb) / binDb);
    if (b < 0) below++;
    else if (b >= bins) above++;
    else counts[b] = (counts[b] ?? 0) + 1;
  }
  return { fromDb, binDb, counts, below, above };
}

export interface VerdictAgreement {
  /** Samples with a prediction. */
  count: number;
  /** Both at or above the threshold, or both below. */
  agree: number;
  share: number;
  /** Measured at or above the threshold where the prediction is below it, and the other way round. */
  measuredOnly: number;
  predictedOnly: number;
}

export function verdictAgreement(measured: Float32Array, predicted: Float32Array, thresholdDbm: number, use?: (i: number) => boolean): VerdictAgreement {
  let count = 0;
  let agree = 0;
  let measuredOnly = 0;
  let predictedOnly = 0;
  for (let i = 0; i < measured.length; i++) {
    const p = predicted[i] ?? NaN;
    const m = measured[i] ?? NaN;
    if (!Number.isFinite(p) || !Number.isFinite(m) || (use && !use(i))) continue;
    count++;
    const mc = m >= thresholdDbm;
    const pc = p >= thresholdDbm;
    if (mc === pc) agree++;
    else if (mc) measuredOnly++;
    else predictedOnly++;
  }
  return { count, agree, share: count > 0 ? agree / count : NaN, measuredOnly, predictedOnly };
}
