/**
 * A carrier CSV of one million rows through the CSV importer the import dialog uses (streamed in chunks, as in the
 * worker): it counts every row and reports progress on the way. Each row is a distinct site whose position is
 * worked out here, so the counts and a sampled site are checked against known values. Its speed is a bench case
 * (`npm run bench -- --only csv-million-rows`), not a test.
 */
import { describe, expect, it } from 'vitest';
import { importSitesCsvStreaming } from '../../src/io/csv/import-sites-csv';

const ROWS = 1_000_000;
/** A hang guard only: 196 s was measured at load average 13; a hang or a quadratic pass would run for hours. */
const HANG_GUARD_MS = 900_000;

const latOf = (i: number) => 11.5 + (i % 1000) / 1000;
const lonOf = (i: number) => 107.2 + Math.floor(i / 1000) / 1000;

function millionRowCsv(): Uint8Array {
  const lines = ['site_id,lat,lon,height_m,tech,band_mhz'];
  for (let i = 0; i < ROWS; i++) lines.push(`M${i},${latOf(i).toFixed(3)},${lonOf(i).toFixed(3)},30,4G,1800`);
  return new TextEncoder().encode(lines.join('\n'));
}

describe('a one-million-row site CSV', () => {
  it('is read with every row counted and progress reported', async () => {
    const bytes = millionRowCsv();
    const progress: number[] = [];
    const read = await importSitesCsvStreaming(bytes, { fileName: 'million.csv', carrier: 'Viettel', onProgress: (f) => progress.push(f) });
    expect(read.result.stats.dataRows).toBe(ROWS);
    expect(read.result.stats.rejectedRows).toBe(0);
    expect(read.result.stats.sites).toBe(ROWS);
    expect(read.result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const sample = read.result.items[654_321];
    expect(sample?.id).toBe('M654321');
    expect(sample?.lat).toBeCloseTo(latOf(654_321), 6);
    expect(sample?.lon).toBeCloseTo(lonOf(654_321), 6);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((f, i) => f >= (progress[i - 1] ?? 0) && f <= 1)).toBe(true);
  }, HANG_GUARD_MS);
});
