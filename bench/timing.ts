import { readFileSync } from 'node:fs';
/** Milliseconds taken by each of `runs` calls of fn (after `warmup` untimed calls). */
export function timeRuns(fn: () => void, runs: number, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] ?? NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

/**
 * CPU time of this process so far, ms (user + system, all threads). On a loaded machine wall time includes the
 * slices the scheduler gave to other processes; CPU time is what the work itself cost.
 */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * CPU time of this process's main thread so far, ms, from Linux's /proc (10 ms ticks); NaN elsewhere. Beside cpuMs it
 * splits a two-thread build's work between the threads: on an idle machine the wall time is about the larger share.
 */
export function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Peak resident set size of this process so far, MB. */
export function peakMb(): number {
  return round(process.resourceUsage().maxRSS / 1024, 1);
}

export type CaseResult = Record<string, number | string | boolean>;
