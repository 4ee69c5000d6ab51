import { importSitesCsv, importSitesCsvStreaming } from '../../src/io/csv/import-sites-csv';
import { carrierCsv } from '../carrier-csv';
import { type CaseResult, cpuMs, round } from '../timing';

const ROWS = 1_000_000;

const millionRowCsv = (): Uint8Array => new TextEncoder().encode(carrierCsv({ sites: ROWS }));

/**
 * A one-million-row carrier CSV through the importer the dialog's worker uses (streamed in chunks, yielding
 * between them), against the one-shot importSitesCsv on the same bytes. Was a 420 s budget in
 * tests/fuzz/csv-million-rows. One run each: a run takes tens of seconds.
 */
export async function csvMillionRowsCase(): Promise<CaseResult> {
  const bytes = millionRowCsv();
  let t0 = performance.now();
  let c0 = cpuMs();
  const streamed = await importSitesCsvStreaming(bytes, { fileName: 'million.csv', carrier: 'Viettel' });
  const streamedMs = performance.now() - t0;
  const streamedCpu = cpuMs() - c0;
  t0 = performance.now();
  c0 = cpuMs();
  const oneShot = importSitesCsv(bytes, { fileName: 'million.csv', carrier: 'Viettel' });
  const oneShotMs = performance.now() - t0;
  const oneShotCpu = cpuMs() - c0;
  return {
    rows: ROWS,
    mb: round(bytes.length / 1e6, 1),
    sites: streamed.result.stats.sites,
    same_sites: oneShot.result.stats.sites === streamed.result.stats.sites,
    streamed_ms: round(streamedMs, 0),
    streamed_cpu_ms: round(streamedCpu, 0),
    one_shot_ms: round(oneShotMs, 0),
    one_shot_cpu_ms: round(oneShotCpu, 0),
    rows_per_s: round(ROWS / (streamedMs / 1000), 0),
  };
}
