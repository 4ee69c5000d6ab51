import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { generateDemoDataset } from '../../src/domain/demo';
import { areaBBox } from '../../src/domain/coverage/area-bbox';
import { makeClassTiff } from '../io/land-cover/make-land-cover';
import { openFresh, startHarness, waitForMapIdle, type Harness } from './harness';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });
const TMP = mkdtempSync(join(tmpdir(), 'land-cover-e2e-'));
const [WEST, SOUTH, EAST, NORTH] = areaBBox(generateDemoDataset()).bbox;

const ready = (page: Page) => page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 90_000 });
const landCoverInfo = (page: Page) => page.getByTestId('land-cover-info');
const province4gArea = async (page: Page) => (await page.locator('[data-testid="commune-table"] tfoot td').nth(2).innerText()).trim();
const notices = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.notice')].map((n) => n.textContent ?? '').join(' | '));

/** Waits until the province's 4G area is no longer `was`, and returns it. */
async function areaChangedFrom(page: Page, was: string): Promise<string> {
  await page.waitForFunction((w) => (document.querySelectorAll('[data-testid="commune-table"] tfoot td')[2]?.textContent ?? '').trim() !== w, was, { timeout: 90_000 });
  await ready(page);
  return province4gArea(page);
}

/** The whole demo area as one polygon of `cls`, with a second feature that has no class. */
function wholeAreaGeoJson(cls: string): string {
  const ring = [[WEST, SOUTH], [EAST, SOUTH], [EAST, NORTH], [WEST, NORTH], [WEST, SOUTH]];
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { class: cls }, geometry: { type: 'Polygon', coordinates: [ring] } },
      { type: 'Feature', properties: { name: 'x' }, geometry: { type: 'Polygon', coordinates: [ring] } },
    ],
  });
}

/** A WorldCover-coded raster over the demo area: all `code`, its southern tenth no-data (0). */
function worldCoverTiff(code: number): Uint8Array {
  const pixelDeg = 0.005;
  const width = Math.ceil((EAST - WEST) / pixelDeg) + 2;
  const height = Math.ceil((NORTH - SOUTH) / pixelDeg) + 2;
  const values = new Uint8Array(width * height).fill(code);
  values.fill(0, Math.floor(height * 0.9) * width);
  return makeClassTiff({ width, height, values, tie: [WEST - pixelDeg, NORTH + pixelDeg], pixelDeg, nodata: '0' });
}

describe('land-cover import in Chromium: GeoJSON and classified GeoTIFF on the demo, and a bad file', () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];

  before(async () => {
    h = await startHarness();
    ({ page, errors } = await openFresh(h, { width: 1280, height: 800 }, 120_000));
    await waitForMapIdle(page);
    await ready(page);
  });
  after(async () => {
    await h?.close();
  });

  it('a GeoJSON land cover replaces the generated one in one undo step and the coverage follows it', async () => {
    assert.match(await landCoverInfo(page).innerText(), /tạo sinh cho bản demo/);
    const before = await province4gArea(page);
    const file = join(TMP, 'urban.geojson');
    writeFileSync(file, wholeAreaGeoJson('đô thị'));
    // through the general import: classed polygons are land cover, not communes
    await page.getByTestId('import-input').setInputFiles(file);
    const dialog = page.getByTestId('land-cover-dialog');
    await dialog.waitFor({ timeout: 60_000 });
    assert.match(await dialog.innerText(), /urban\.geojson, đối tượng 2: không có thuộc tính lớp phủ/);
    await page.getByTestId('land-cover-commit').click();
    await page.waitForFunction(() => /urban\.geojson, ô 100 m/.test(document.querySelector('[data-testid="land-cover-info"]')?.textContent ?? ''), null, { timeout: 60_000 });
    // every site now stands on urban ground: more loss than the generated villages and plantations gave most of them
    const urban = await areaChangedFrom(page, before);
    const urbanRow = landCoverInfo(page).locator('tr[data-class="urban"] td').nth(1);
    assert.ok(Number((await urbanRow.innerText()).replace(/\./g, '')) > 1000, 'the urban class holds the area');
    assert.match(await notices(page), /Đã nhập lớp phủ mặt đất từ urban\.geojson/);
    assert.equal(await page.locator('[data-testid="commune-table"] tbody tr').count() > 1, true, 'the communes are still there');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => /tạo sinh cho bản demo/.test(document.querySelector('[data-testid="land-cover-info"]')?.textContent ?? ''), null, { timeout: 60_000 });
    assert.equal(await areaChangedFrom(page, urban), before);
  });

  it('a classified GeoTIFF (WorldCover codes, guessed) given to the header\'s import is taken as land cover, listed with its classes and shown on the map', async () => {
    const before = await province4gArea(page);
    const file = join(TMP, 'worldcover.tif');
    writeFileSync(file, worldCoverTiff(30));
    // an 8-bit GeoTIFF is no DEM: the general import routes it to the land-cover dialog
    await page.getByTestId('import-input').setInputFiles(file);
    await page.getByTestId('land-cover-dialog').waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('land-cover-legend').inputValue(), 'worldcover');
    await page.getByTestId('land-cover-commit').click();
    await page.waitForFunction(() => /worldcover\.tif, ô 100 m/.test(document.querySelector('[data-testid="land-cover-info"]')?.textContent ?? ''), null, { timeout: 60_000 });
    await areaChangedFrom(page, before);
    const open = Number((await landCoverInfo(page).locator('tr[data-class="open"] td').nth(1).innerText()).replace(/\./g, ''));
    const forest = (await landCoverInfo(page).locator('tr[data-class="forest"] td').nth(1).innerText()).trim();
    assert.ok(open > 1000, `grassland is open ground: ${open} km²`);
    assert.equal(forest, '0');
    await page.getByTestId('layer-landCover').check();
    await waitForMapIdle(page);
    assert.match(await page.getByTestId('legend-land-cover').innerText(), /Đô thị dày đặc[\s\S]*Mặt nước/);
    await page.screenshot({ path: `${OUT}/land-cover-imported.png` });
    await page.locator('section[aria-labelledby="layers-title"]').screenshot({ path: `${OUT}/land-cover-layer-panel.png` });
    // kept with the project: a reload opens it from IndexedDB with the same figures
    const area = await province4gArea(page);
    const id = await landCoverInfo(page).getAttribute('data-id');
    await page.waitForSelector('[data-testid="saved-state"][data-state="saved"]', { timeout: 20_000 });
    await page.reload();
    await ready(page);
    assert.equal(await landCoverInfo(page).getAttribute('data-id'), id);
    assert.match(await landCoverInfo(page).innerText(), /worldcover\.tif, ô 100 m/);
    assert.equal(await province4gArea(page), area);
  });

  it('a GeoTIFF that is not classified, given to the layer panel\'s import, is refused by file and reason; the project is as it was', async () => {
    const info = await landCoverInfo(page).getAttribute('data-id');
    const area = await province4gArea(page);
    const file = join(TMP, 'ndvi.tif');
    writeFileSync(file, makeClassTiff({ width: 20, height: 20, values: new Float32Array(400).fill(0.4), tie: [WEST, NORTH], pixelDeg: 0.05 }));
    await page.getByTestId('land-cover-input').setInputFiles(file);
    await page.waitForFunction(() => /Không nhập được lớp phủ mặt đất từ ndvi\.tif/.test([...document.querySelectorAll('.notice')].map((n) => n.textContent).join(' ')), null, { timeout: 60_000 });
    assert.match((await page.locator('.notice').last().textContent()) ?? '', /ndvi\.tif không phải ảnh phân loại: giá trị dạng số thực \(float32\)/);
    assert.equal(await landCoverInfo(page).getAttribute('data-id'), info);
    assert.equal(await province4gArea(page), area);
    assert.deepEqual(errors, []);
  });
});
