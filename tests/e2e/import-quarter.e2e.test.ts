/**
 * Issue 17: a carrier's engineer imports last quarter's file, then this quarter's, with a saved mapping profile; before
 * the second commit the dialog shows the diff against the sites the first one brought in and the map previews the
 * points, bad rows in red. Both files are made here from the demo's own sites.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { startHarness, waitForCsvRead, waitForMapIdle, type Harness } from './harness';
import { countColour, decodePng } from './pixels';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

/** The carrier's own export format: no carrier column (the profile says whose file it is), ";" between cells. */
const HEADERS = ['site_id', 'name', 'lat', 'lon', 'height_m', 'tech', 'band_mhz', 'azimuth', 'beamwidth', 'tilt'] as const;
type Row = Record<(typeof HEADERS)[number], string> & { carrier: string };

/** Degrees of latitude in `m` metres (turf's mean Earth radius). */
const latDeg = (m: number): number => m / ((6371008.8 * Math.PI) / 180);
/** The preview's colour of a rejected row (map/layers/import-preview-layer.ts). */
const BAD_RED = [220, 0, 0] as const;
const redPixels = async (page: Page): Promise<number> => countColour(decodePng(await page.getByTestId('map').screenshot()), BAD_RED, 12);

async function exportedSites(page: Page): Promise<Row[]> {
  await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-sites-csv').click()]);
  const path = join(OUT, `quarter-export-${Date.now()}.csv`);
  await file.saveAs(path);
  return Papa.parse<Row>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
}

function writeQuarter(name: string, rows: readonly Row[], extra: readonly string[] = []): string {
  const path = join(OUT, name);
  writeFileSync(path, [HEADERS.join(';'), ...rows.map((r) => HEADERS.map((h) => r[h]).join(';')), ...extra].join('\n'));
  return path;
}

const distinctIds = (rows: readonly Row[]): string[] => [...new Set(rows.map((r) => r.site_id))].sort();

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="import-csv-dialog"][data-busy="false"]', { timeout: 60_000 });
}

const diffCount = async (page: Page, kind: string): Promise<number> =>
  Number(await page.getByTestId(`import-diff-${kind}`).getAttribute('data-value'));

describe('a carrier\'s quarterly upload in Chromium', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('imports last quarter\'s and this quarter\'s files with a saved profile, shows the diff and the preview, and commits', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(h.baseUrl);
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 90_000 });
    await waitForMapIdle(page);

    const demo = await exportedSites(page);
    const total = distinctIds(demo).length;
    const carrier = 'Viettel';
    const q2 = demo.filter((r) => r.carrier === carrier);
    const ids = distinctIds(q2);
    assert.ok(ids.length >= 20, `${carrier} has ${ids.length} demo sites`);

    // last quarter: the carrier's demo sites as its own export; the carrier is chosen once and saved in the profile
    await page.getByTestId('import-input').setInputFiles(writeQuarter('viettel-q2.csv', q2));
    await waitForCsvRead(page, 60_000);
    await page.getByTestId('import-carrier').selectOption(carrier);
    await settled(page);
    await page.getByTestId('import-profile-name').fill('Viettel quý');
    await page.getByTestId('import-profile-save').click();
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-diff').waitFor();
    // the same sites under the same ids: nothing added or dropped
    assert.deepEqual([await diffCount(page, 'added'), await diffCount(page, 'removed')], [0, 0]);
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-csv-dialog').waitFor({ state: 'detached' });

    // this quarter: 5 sites gone, 3 moved 200 m north, 1 antenna raised, 4 new, and a row with azimuth 400
    const removed = ids.slice(0, 5);
    const moved = ids.slice(5, 8);
    const raised = ids[8] ?? '';
    const q3 = q2.filter((r) => !removed.includes(r.site_id)).map((r): Row => {
      if (moved.includes(r.site_id)) return { ...r, lat: (Number(r.lat) + latDeg(200)).toFixed(7) };
      if (r.site_id === raised) return { ...r, height_m: String(Number(r.height_m) + 12) };
      return r;
    });
    const added = ids.slice(9, 13).flatMap((id, k) => q2.filter((r) => r.site_id === id)
      .map((r): Row => ({ ...r, site_id: `Q3-NEW-${k + 1}`, name: `Trạm mới ${k + 1}`, lat: (Number(r.lat) + latDeg(300)).toFixed(7) })));
    const model = q2.find((r) => r.site_id === ids[13]);
    assert.ok(model);
    // 1 km east of a site, where nothing else is drawn
    const badLon = (Number(model.lon) + latDeg(1000) / Math.cos((Number(model.lat) * Math.PI) / 180)).toFixed(7);
    const bad = HEADERS.map((hd) => (hd === 'site_id' ? 'Q3-BAD' : hd === 'azimuth' ? '400' : hd === 'lon' ? badLon : model[hd])).join(';');
    await page.getByTestId('import-input').setInputFiles(writeQuarter('viettel-q3.csv', [...q3, ...added], [bad]));
    await waitForCsvRead(page, 60_000);
    // the profile saved with last quarter's headers is applied: the carrier comes from it
    await page.getByTestId('import-profile-applied').waitFor();
    assert.equal(await page.getByTestId('import-carrier').inputValue(), carrier);
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-diff').waitFor();
    assert.deepEqual(
      { added: await diffCount(page, 'added'), removed: await diffCount(page, 'removed'), moved: await diffCount(page, 'moved'), changed: await diffCount(page, 'changed'), unchanged: await diffCount(page, 'unchanged') },
      { added: 4, removed: 5, moved: 3, changed: 1, unchanged: ids.length - 9 },
    );
    const movedRow = page.locator(`[data-testid="import-diff-site"][data-change="moved"][data-id="${moved[0] ?? ''}"]`);
    assert.match(await movedRow.innerText(), /dời (199|200|201) m/);
    const raisedRow = page.locator(`[data-testid="import-diff-site"][data-change="changed"][data-id="${raised}"]`);
    assert.match(await raisedRow.innerText(), /độ cao \d+ → \d+ m/);
    assert.equal(await page.locator('[data-testid="import-issue"][data-severity="error"]').count(), 1);

    // the report CSV carries the diff after the issues
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-download-report').click()]);
    const reportPath = join(OUT, 'import-quarter-report.csv');
    await report.saveAs(reportPath);
    const reportText = readFileSync(reportPath, 'utf8');
    assert.match(reportText, /\r\n\r\nsite_id,change,distance_m,detail\r\n/);
    assert.equal((reportText.match(/,removed,,/g) ?? []).length, 5);
    assert.match(reportText, new RegExp(`\\r\\n${moved[0] ?? ''},moved,(199|200|201),`));

    // the preview: this quarter's sites and the bad row (red) drawn on the map before anything is committed
    const map = page.getByTestId('map');
    const sitesInFile = ids.length - 5 + 4;
    await page.waitForFunction((want) => document.querySelector('[data-testid="map"]')?.getAttribute('data-import-preview') === want, `${sitesInFile}/1`);
    await page.screenshot({ path: `${OUT}/import-quarter-diff.png` });
    // folded, the dialog leaves the map to the preview: the bad row's red dot is drawn
    await page.getByTestId('import-show-map').click();
    await page.locator('[data-testid="import-csv-dialog"][data-folded]').waitFor();
    assert.match(await page.getByTestId('import-map-key').innerText(), new RegExp(`${sitesInFile} trạm sẽ nhập, chấm đỏ là 1 dòng`));
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUT}/import-quarter-preview.png` });
    const redWithPreview = await redPixels(page);
    // zoomed in on the map's empty left edge the bad row is off screen; showing the preview again fits the map to its points
    const box = await map.boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + 60, box.y + box.height / 2);
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, -400);
      await waitForMapIdle(page);
    }
    await page.screenshot({ path: `${OUT}/import-quarter-preview-zoomed.png` });
    assert.ok(await redPixels(page) < 10, 'zoomed in on the left edge, the bad row is off screen');
    await page.getByTestId('import-back-to-report').click();
    await page.getByTestId('import-show-map').click();
    await page.locator('[data-testid="import-csv-dialog"][data-folded]').waitFor();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUT}/import-quarter-preview-fitted.png` });
    assert.ok(await redPixels(page) >= 40, 'the preview fits the map to the file\'s points: the bad row is drawn again');
    await page.getByTestId('import-back-to-report').click();

    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-csv-dialog').waitFor({ state: 'detached' });
    assert.equal(await map.getAttribute('data-import-preview'), null);
    await waitForMapIdle(page);
    const redAfter = await redPixels(page);
    assert.ok(redWithPreview - redAfter >= 40, `the bad row's dot: ${redWithPreview} red pixels with the preview, ${redAfter} after the commit`);
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 90_000 });
    const after = await exportedSites(page);
    assert.equal(distinctIds(after).length, total - 5 + 4);
    assert.deepEqual(distinctIds(after.filter((r) => r.carrier === carrier)), distinctIds([...q3, ...added]));
    assert.deepEqual(errors, []);
    await context.close();
  });
});
