import Papa from 'papaparse';
import type { Dataset } from '../../src/domain/model/types';
import { areaBBox } from '../../src/domain/coverage/area-bbox';
import { zoneAreaOf } from '../../src/io/csv';
import { importSitesCsvStreaming } from '../../src/io/csv/import-sites-csv';
import { carrierCsv } from '../carrier-csv';
import { type CaseResult, cpuMs, peakMb, round } from '../timing';

const SITES = 66_667;

/**
 * Issue 17's `import-200k`: a 200,000-row carrier CSV (66,667 sites of three sectors over the demo province, as the
 * browser bench imports) through the importer the dialog's worker runs, with the worker's options (the province's
 * box and boundaries for the outside-province check), in 20,000-row chunks. Beside it in the same run, the naive
 * read: papaparse to one object per row, no checks. Memory is this process's heap and RSS growth across the read.
 */
export async function import200kCase(demo: Dataset): Promise<CaseResult> {
  const csv = carrierCsv({ sites: SITES, sectorsPerSite: 3, lat0: 11.75, lon0: 107.25, lonStep: 0.012 });
  const bytes = new TextEncoder().encode(csv);
  const zone = zoneAreaOf(demo.units, demo.meta.name);
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  let t0 = performance.now();
  let c0 = cpuMs();
  let firstProgressMs = Number.NaN;
  const read = await importSitesCsvStreaming(bytes, {
    fileName: 'nha-mang-200k.csv', carrier: 'Viettel', areaBBox: areaBBox(demo).bbox, rowsPerChunk: 20_000,
    ...(zone ? { zoneArea: zone } : {}),
    onProgress: () => {
      if (Number.isNaN(firstProgressMs)) firstProgressMs = performance.now() - t0;
    },
  });
  const ms = performance.now() - t0;
  const cpu = cpuMs() - c0;
  const heapHeld = process.memoryUsage().heapUsed - heap0;
  const rssGrowth = process.memoryUsage().rss - rss0;
  t0 = performance.now();
  c0 = cpuMs();
  const naive = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const naiveMs = performance.now() - t0;
  const naiveCpu = cpuMs() - c0;
  return {
    rows: naive.data.length,
    mb: round(bytes.length / 1e6, 1),
    sites: read.result.stats.sites,
    issues: read.result.issues.length,
    ms: round(ms, 0),
    cpu_ms: round(cpu, 0),
    first_progress_ms: round(firstProgressMs, 0),
    heap_held_mb: round(heapHeld / 1e6, 0),
    rss_growth_mb: round(rssGrowth / 1e6, 0),
    peak_rss_mb: peakMb(),
    naive_ms: round(naiveMs, 0),
    naive_cpu_ms: round(naiveCpu, 0),
    ratio_to_naive: round(ms / naiveMs, 1),
    target_ms: 10_000,
    target_mb: 250,
  };
}
