import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import proj4 from 'proj4';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, waitForMapIdle, type Harness } from './harness';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });
const FIXTURES = join(import.meta.dirname, '../fixtures');

async function open(h: Harness): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await h.browser.newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.baseUrl);
  await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 90_000 });
  await waitForMapIdle(page);
  return { context, page, errors };
}

const totalSites = async (page: Page): Promise<number> =>
  Number((await page.locator('[data-testid="commune-table"] tfoot td').last().innerText()).replace(/\D/g, ''));
const unitRows = (page: Page) => page.locator('[data-testid="commune-table"] tbody tr').count();

async function waitForSites(page: Page, n: number): Promise<void> {
  await page.waitForFunction((want) => {
    const cells = document.querySelectorAll('[data-testid="commune-table"] tfoot td');
    const last = cells[cells.length - 1]?.textContent ?? '';
    return Number(last.replace(/\D/g, '')) === want;
  }, n, { timeout: 60_000 });
  await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
}

/** Picks a file with the header's import button and waits until the CSV dialog has read it. */
async function importCsv(page: Page, path: string): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(path);
  await page.waitForSelector('[data-testid="import-csv-dialog"][data-busy="false"] [data-testid="import-mapping"]', { timeout: 30_000 });
}

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="import-csv-dialog"][data-busy="false"]', { timeout: 30_000 });
}

const issueRow = (page: Page, line: number, severity: 'error' | 'warning') =>
  page.locator(`[data-testid="import-issue"][data-line="${line}"][data-severity="${severity}"]`);

/** Metres between two WGS84 points (equirectangular; fine at this scale). */
function metres(a: [number, number], b: [number, number]): number {
  const k = Math.PI / 180;
  const x = (b[0] - a[0]) * k * Math.cos(((a[1] + b[1]) / 2) * k);
  const y = (b[1] - a[1]) * k;
  return Math.hypot(x, y) * 6371008.8;
}

async function download(page: Page, testId: string, saveAs: string): Promise<string> {
  await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(OUT, saveAs);
  await file.saveAs(path);
  return path;
}

function sitesOfCsv(path: string): Map<string, [number, number]> {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return new Map(parsed.data.map((r) => [r.site_id ?? '', [Number(r.lon), Number(r.lat)] as [number, number]]));
}

function unitsOfGeoJson(path: string): Map<string, string> {
  const fc = JSON.parse(readFileSync(path, 'utf8')) as { features: { properties: { code: string }; geometry: unknown }[] };
  return new Map(fc.features.map((f) => [f.properties.code, JSON.stringify(f.geometry)]));
}

describe('import and export in Chromium', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('imports the messy carrier CSV: report names every bad row, a fix, commit adds the sites, Ctrl+Z removes them', async () => {
    const { context, page, errors } = await open(h);
    const before = await totalSites(page);
    await importCsv(page, join(FIXTURES, 'csv/sites-messy.csv'));
    assert.equal(await page.getByTestId('import-field-siteId').inputValue(), 'Mã trạm');
    assert.equal(await page.getByTestId('import-field-lat').inputValue(), 'Vĩ độ');
    assert.match(await page.getByTestId('import-preview').innerText(), /DNG001/);
    await page.screenshot({ path: `${OUT}/import-csv-mapping.png` });

    await page.getByTestId('import-next').click();
    await page.getByTestId('import-report').waitFor();
    const count = async (k: string) => Number(await page.getByTestId(`import-count-${k}`).getAttribute('data-value'));
    assert.deepEqual([await count('rows'), await count('sites'), await count('rejected')], [12, 7, 4]);
    assert.match(await issueRow(page, 8, 'error').innerText(), /abc[\s\S]*latitude: "abc" is not a number/);
    assert.match(await issueRow(page, 9, 'error').innerText(), /longitude is missing/);
    assert.match(await issueRow(page, 12, 'error').innerText(), /DNG003 is already on line 6/);
    assert.match(await issueRow(page, 13, 'error').innerText(), /-5[\s\S]*antenna height must be/);
    assert.match(await issueRow(page, 7, 'warning').innerText(), /swapped[\s\S]*Đã sửa/);
    assert.match(await issueRow(page, 16, 'warning').first().innerText(), /6G/);

    // DNG008 has its longitude sign flipped: apply the suggested fix
    const fixRow = issueRow(page, 14, 'warning');
    assert.match(await fixRow.innerText(), /longitude has the wrong sign/);
    await fixRow.getByTestId('import-apply-fix').click();
    await settled(page);
    assert.match(await issueRow(page, 14, 'warning').innerText(), /Đã sửa/);
    assert.equal(await page.locator('[data-testid="import-site"][data-id="DNG008"] [data-testid="import-site-lon"]').innerText(), '107.750000');
    // exclude the 6G row, then keep it again
    await issueRow(page, 16, 'warning').first().getByTestId('import-exclude').click();
    await settled(page);
    assert.equal(await count('sites'), 6);
    assert.equal(await count('excluded'), 1);
    await page.getByTestId('import-excluded').getByRole('button').click();
    await settled(page);
    assert.equal(await count('sites'), 7);

    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-download-report').click()]);
    const reportPath = join(OUT, 'import-messy-report.csv');
    await report.saveAs(reportPath);
    const reportText = readFileSync(reportPath, 'utf8');
    assert.match(reportText, /^\uFEFFline,column,value,reason,severity\r\n/);
    assert.match(reportText, /\r\n8,Vĩ độ,abc,/);
    await page.screenshot({ path: `${OUT}/import-csv-report.png` });

    await page.getByTestId('import-mode-add').check();
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-csv-dialog').waitFor({ state: 'detached' });
    await waitForSites(page, before + 7);
    assert.match(await page.locator('.notice').last().innerText(), /Đã nhập 7 trạm .* 4 dòng bị loại/);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUT}/import-csv-done.png` });

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await waitForSites(page, before);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('imports the VN-2000 CSV with the province Đắk Nông to within 1 m of the official transformation', async () => {
    const { context, page, errors } = await open(h);
    await importCsv(page, join(FIXTURES, 'csv/sites-vn2000-dak-nong.csv'));
    assert.equal(await page.getByTestId('import-crs').inputValue(), 'vn2000');
    assert.equal(await page.getByTestId('import-field-x').inputValue(), 'Toạ độ X (VN-2000)');
    await page.getByTestId('import-province').selectOption('Đắk Nông');
    await settled(page);
    await page.getByTestId('import-next').click();
    assert.match(await issueRow(page, 5, 'error').innerText(), /X is missing/);

    // Decision 05/2007/QĐ-BTNMT parameters, 3° zone with k = 0.9999, Đắk Nông central meridian 108°30′
    const vn2000 = '+proj=tmerc +lat_0=0 +lon_0=108.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 '
      + '+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 +units=m +no_defs';
    const expected = proj4(vn2000, 'WGS84', [411736.117, 1327660.735]) as [number, number];
    const row = page.locator('[data-testid="import-site"][data-id="DNG201"]');
    const shown: [number, number] = [
      Number(await row.getByTestId('import-site-lon').innerText()), Number(await row.getByTestId('import-site-lat').innerText()),
    ];
    assert.ok(metres(shown, expected) < 1, `report position ${shown} vs ${expected}: ${metres(shown, expected).toFixed(3)} m`);
    await page.screenshot({ path: `${OUT}/import-vn2000-report.png` });

    await page.getByTestId('import-mode-add').check();
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-csv-dialog').waitFor({ state: 'detached' });
    await page.locator('[data-testid="notice-action"]', { hasText: 'DNG201' }).click();
    const editor = page.getByTestId('site-editor');
    await editor.waitFor();
    const text = await editor.innerText();
    const m = /(\d+,\d+), (\d+,\d+)/.exec(text);
    assert.ok(m, `lat/lon in the details panel: ${text}`);
    const details: [number, number] = [Number(m[2]?.replace(',', '.')), Number(m[1]?.replace(',', '.'))];
    assert.ok(metres(details, expected) < 1, `details position ${details} vs ${expected}: ${metres(details, expected).toFixed(3)} m`);
    await page.screenshot({ path: `${OUT}/import-vn2000-site.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('imports a zipped commune shapefile, replacing the units layer, undoably', async () => {
    const { context, page, errors } = await open(h);
    const unitsBefore = await unitRows(page);
    await page.getByTestId('import-input').setInputFiles(join(FIXTURES, 'shapefile/xa-dak-nong.zip'));
    const summary = page.getByTestId('import-layer-summary');
    await summary.waitFor({ timeout: 30_000 });
    assert.equal(await summary.getAttribute('data-kind'), 'units');
    assert.equal(await summary.getAttribute('data-count'), '2');
    await page.screenshot({ path: `${OUT}/import-shapefile-report.png` });
    await page.getByTestId('import-commit').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="commune-table"] tbody tr').length === 2, undefined, { timeout: 60_000 });
    assert.match(await page.getByTestId('commune-table').innerText(), /Nghĩa Đức[\s\S]*|Đắk Nia/);
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="commune-table"] tbody tr').length === n, unitsBefore, { timeout: 60_000 });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('exports sites CSV, communes GeoJSON and the coverage raster; re-imports give the same data', async () => {
    const { context, page, errors } = await open(h);
    const sitesA = sitesOfCsv(await download(page, 'export-sites-csv', 'export-sites-a.csv'));
    assert.ok(sitesA.size > 10, `${sitesA.size} sites exported`);
    const unitsA = unitsOfGeoJson(await download(page, 'export-units-geojson', 'export-communes-a.geojson'));
    assert.ok(unitsA.size > 10, `${unitsA.size} communes exported`);

    const zip = unzipSync(new Uint8Array(readFileSync(await download(page, 'export-coverage-png', 'export-coverage.zip'))));
    const names = Object.keys(zip).sort();
    assert.deepEqual(names.map((n) => n.replace(/^.*\./, '')), ['pgw', 'png', 'prj']);
    const png = zip[names[1] ?? ''];
    assert.deepEqual([...(png ?? []).slice(1, 4)], [0x50, 0x4e, 0x47]);

    // sites: re-import the exported CSV (replacing each carrier's sites), export again
    const before = await totalSites(page);
    await importCsv(page, join(OUT, 'export-sites-a.csv'));
    await page.getByTestId('import-next').click();
    assert.equal(await page.locator('[data-testid="import-issue"][data-severity="error"]').count(), 0);
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-csv-dialog').waitFor({ state: 'detached' });
    await waitForSites(page, before);
    const sitesB = sitesOfCsv(await download(page, 'export-sites-csv', 'export-sites-b.csv'));
    assert.deepEqual([...sitesB.keys()].sort(), [...sitesA.keys()].sort());
    for (const [id, pos] of sitesA) assert.ok(metres(pos, sitesB.get(id) ?? [0, 0]) < 0.01, `site ${id} moved`);

    // communes: re-import the exported GeoJSON (the GeoJSON flow), export again
    await page.getByTestId('import-input').setInputFiles(join(OUT, 'export-communes-a.geojson'));
    await page.waitForFunction(() => [...document.querySelectorAll('.notice')].some((n) => /export-communes-a\.geojson/.test(n.textContent ?? '')), undefined, { timeout: 30_000 });
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    const unitsB = unitsOfGeoJson(await download(page, 'export-units-geojson', 'export-communes-b.geojson'));
    assert.deepEqual([...unitsB.keys()].sort(), [...unitsA.keys()].sort());
    for (const [code, geometry] of unitsA) assert.equal(unitsB.get(code), geometry, `unit ${code} geometry changed`);
    await page.screenshot({ path: `${OUT}/import-export-done.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows read progress on a big file and cancels it; the dialog speaks English when asked', async () => {
    const { context, page, errors } = await open(h);
    const lines = ['site_id,cell_id,operator,lat,lon,tech,band,azimuth,height'];
    for (let i = 0; i < 450_000; i++) {
      const site = Math.floor(i / 3);
      lines.push(`S${site},S${site}-${i % 3},Viettel,${(11.8 + (site % 1000) * 0.001).toFixed(4)},${(107.3 + Math.floor(site / 1000) * 0.005).toFixed(4)},LTE,1800,${(i % 3) * 120},30`);
    }
    const big = join(OUT, 'import-big.csv');
    writeFileSync(big, lines.join('\n'));
    await page.getByTestId('lang').selectOption('en');
    await page.getByTestId('import-input').setInputFiles(big);
    const progress = page.getByTestId('import-progress');
    await progress.waitFor({ timeout: 30_000 });
    assert.match(await progress.innerText(), /Reading… [\d,]+ rows \(\d+%\)/);
    await page.screenshot({ path: `${OUT}/import-big-progress.png` });
    await page.getByTestId('import-cancel-read').click();
    await page.getByTestId('import-csv-dialog').waitFor({ state: 'detached', timeout: 10_000 });
    assert.match(await page.locator('.notice').last().innerText(), /Reading import-big\.csv was cancelled/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
