/** 66,667 sites (a 200,000-row carrier CSV, three sectors a site) imported through the app's file input and committed. */
import type { Page } from 'playwright-core';
import { carrierCsv } from '../carrier-csv';
import type { BenchWindow } from './probe';
import { pageNow, readyAndSettled } from './page-timing';

export const BIG_SITES = 66_667;

/** Imports the sites, waits until their coverage is computed and drawn; returns the sites the report counted and the ms it took. */
export async function importBigCarrier(page: Page): Promise<{ sites: number; importMs: number; computeMs: number }> {
  // Spread over Đắk Nông's box: 1,000 latitudes 0.001° apart by 67 longitudes 0.012° apart.
  const csv = carrierCsv({ sites: BIG_SITES, sectorsPerSite: 3, lat0: 11.75, lon0: 107.25, lonStep: 0.012 });
  const t0 = Date.now();
  await page.getByTestId('import-input').setInputFiles({ name: 'nha-mang-200k.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.waitForSelector('[data-testid="import-csv-dialog"][data-busy="false"] [data-testid="import-mapping"]', { timeout: 300_000 });
  await page.getByTestId('import-carrier').selectOption({ index: 1 });
  await page.waitForSelector('[data-testid="import-csv-dialog"][data-busy="false"]', { timeout: 300_000 });
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-report').waitFor({ timeout: 300_000 });
  const sites = Number(await page.getByTestId('import-count-sites').getAttribute('data-value'));
  await page.getByTestId('import-mode-add').check();
  const committedAt = await pageNow(page);
  const t1 = Date.now();
  await page.getByTestId('import-commit').click();
  await page.getByTestId('import-csv-dialog').waitFor({ state: 'detached', timeout: 300_000 });
  await page.waitForFunction((from) => {
    const b = (window as unknown as BenchWindow).__bench;
    const busy = b.after('status', from, 'busy');
    return busy !== null && b.after('status', busy.t, 'ready') !== null;
  }, committedAt, { timeout: 600_000, polling: 250 });
  await readyAndSettled(page, 600_000);
  return { sites, importMs: t1 - t0, computeMs: Date.now() - t1 };
}
