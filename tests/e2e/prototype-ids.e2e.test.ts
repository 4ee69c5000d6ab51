/**
 * Site ids named like Object.prototype members in Chromium: a sites GeoJSON is imported with its notice, a carrier
 * CSV is committed and its dialog closes (it stayed open after "Nhập 5 trạm"), and the sites are drawn and counted.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openFresh, startHarness, waitForMapIdle, type Harness, waitForCsvRead } from './harness';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });
const NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];
const at = (i: number): [number, number] => [107.66 + i * 0.01, 11.95 + i * 0.005];

async function waitForSites(page: Page, n: number): Promise<void> {
  await page.waitForFunction((want) => {
    const cells = document.querySelectorAll('[data-testid="commune-table"] tfoot td');
    return Number((cells[cells.length - 1]?.textContent ?? '').replace(/\D/g, '')) === want;
  }, n, { timeout: 60_000 });
  await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
}

describe('ids named like Object.prototype members in Chromium', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('imports them from GeoJSON and from a CSV; the dialog closes and the sites are drawn', async () => {
    const { context, page, errors } = await openFresh(h, { width: 1500, height: 950 });
    const geojson = join(OUT, 'proto-sites.geojson');
    writeFileSync(geojson, JSON.stringify({
      type: 'FeatureCollection',
      features: NAMES.map((id, i) => ({ type: 'Feature', properties: { id, carrier: 'Viettel', height_m: 30, technology: '4G' }, geometry: { type: 'Point', coordinates: at(i) } })),
    }));
    await page.getByTestId('import-input').setInputFiles(geojson);
    await page.waitForFunction(() => [...document.querySelectorAll('.notice')].some((n) => /Đã nhập 5 đối tượng từ proto-sites\.geojson/.test(n.textContent ?? '')), undefined, { timeout: 30_000 });
    await waitForSites(page, 5);

    const csv = join(OUT, 'proto-sites.csv');
    writeFileSync(csv, ['site_id,operator,latitude,longitude,technology,band,azimuth,antenna_height',
      ...NAMES.map((id, i) => [id, 'Viettel', at(i)[1] + 0.002, at(i)[0], 'LTE', 1800, i * 60, 35].join(','))].join('\n'));
    await page.getByTestId('import-input').setInputFiles(csv);
    await waitForCsvRead(page, 60_000);
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-report').waitFor();
    assert.equal(await page.getByTestId('import-count-sites').getAttribute('data-value'), '5');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-csv-dialog').waitFor({ state: 'detached', timeout: 30_000 });
    await waitForSites(page, 5);
    assert.match(await page.locator('.notice').last().innerText(), /Đã nhập 5 trạm \(Viettel\) từ proto-sites\.csv/);

    // the notice's action selects the first site, "constructor": an imported site, not an edited one
    await page.locator('[data-testid="notice-action"]', { hasText: 'constructor' }).click();
    await waitForMapIdle(page);
    assert.match(await page.getByTestId('details').innerText(), /constructor/);
    await page.getByTestId('site-editor').waitFor();
    assert.equal(await page.getByTestId('revert-site').count(), 0);
    // an edit of it is recorded under its id and can be reverted
    await page.getByTestId('site-name').fill('Trạm đổi tên');
    await page.getByTestId('site-name').blur();
    await page.getByTestId('revert-site').click();
    await page.getByTestId('revert-site').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('site-name').inputValue(), 'constructor');
    await page.screenshot({ path: `${OUT}/prototype-ids.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
