import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { generateDemoDataset } from '../../src/domain/demo';
import { demoShadowedVillages } from '../../src/domain/demo/relief';
import { makeGeoTiff, makeHgt } from '../io/dem/make-dem';
import { openFresh, startHarness, waitForMapIdle, type Harness } from './harness';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });
const TMP = mkdtempSync(join(tmpdir(), 'terrain-e2e-'));

/** A ridge 700 m above an 800 m plateau along 107.7°E, across the whole tile. */
const ridge = (lon: number): number => 800 + 700 * Math.max(0, 1 - Math.abs(lon - 107.7) / 0.02);

const ready = (page: Page) => page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 90_000 });
const elevationInfo = (page: Page) => page.getByTestId('elevation-info').innerText();
const province4gArea = async (page: Page) => (await page.locator('[data-testid="commune-table"] tfoot td').nth(2).innerText()).trim();

describe('terrain in Chromium: the demo relief, the terrain-shadow reason, DEM import and bad DEM files', () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];

  before(async () => {
    h = await startHarness();
    ({ page, errors } = await openFresh(h, { width: 1500, height: 950 }, 120_000));
    await waitForMapIdle(page);
  });
  after(async () => {
    await h?.close();
  });

  it('the demo shows its generated relief, and a village behind a generated ridge is listed as a terrain shadow', async () => {
    assert.match(await elevationInfo(page), /địa hình mô phỏng/);
    await page.screenshot({ path: `${OUT}/terrain-demo.png` });
    const names = new Set(demoShadowedVillages(generateDemoDataset()).map((s) => s.villageId));
    await page.getByTestId('tab-underserved').click();
    await page.waitForSelector('[data-testid="us-count"][data-ready="true"]', { timeout: 60_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('us-export-csv').click()]);
    const lines = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    const shadowLines = lines.filter((l) => /khuất địa hình/.test(l));
    assert.ok(shadowLines.some((l) => [...names].some((id) => l.includes(`,${id},`))), `a generated shadow is listed: ${shadowLines.slice(0, 2).join(' | ')}`);
    // Off: the same villages are served on open ground, and the reason goes.
    await page.getByTestId('terrain-model').uncheck();
    await ready(page);
    await page.waitForFunction(() => !/khuất địa hình/.test(document.querySelector('[data-testid="underserved"]')?.textContent ?? ''), null, { timeout: 60_000 });
    await page.getByTestId('terrain-model').check();
    await ready(page);
    // The dashboard puts the figures with terrain beside those on open ground.
    await page.getByTestId('tab-dashboard').click();
    await page.getByTestId('dash-terrain-load').click();
    const area = page.getByTestId('dash-terrain-area4g');
    await area.waitFor({ timeout: 60_000 });
    const pct = async (id: string) => Number((await area.getByTestId(id).innerText()).replace(/[^\d,]/g, '').replace(',', '.'));
    assert.ok((await pct('dash-terrain-on')) < (await pct('dash-terrain-off')), 'terrain takes 4G area away');
    await page.getByTestId('tab-figures').click();
  });

  it('dropping .hgt tiles and a GeoTIFF replaces the elevation layer and reshapes the coverage; undo restores it', async () => {
    const before = await province4gArea(page);
    const n12 = join(TMP, 'N12E107.hgt');
    writeFileSync(n12, makeHgt(1201, 107, 12, (lon) => ridge(lon)));
    // The southern part of the province as a float32 GeoTIFF in WGS84 (0.002° pixels), the same ridge.
    const w = 600;
    const hgt = 500;
    const values = new Float32Array(w * hgt);
    for (let r = 0; r < hgt; r++) for (let c = 0; c < w; c++) values[r * w + c] = ridge(107.2 + c * 0.002);
    const tif = join(TMP, 'south.tif');
    writeFileSync(tif, makeGeoTiff({ width: w, height: hgt, values, tie: [107.2, 12.0], scale: [0.002, 0.002], epsg: 4326, projected: false }));
    await page.getByTestId('import-input').setInputFiles([n12, tif]);
    await page.waitForFunction(() => /N12E107\.hgt/.test(document.querySelector('[data-testid="elevation-info"]')?.textContent ?? ''), null, { timeout: 120_000 });
    await ready(page);
    await waitForMapIdle(page);
    assert.match(await elevationInfo(page), /N12E107\.hgt, south\.tif/);
    assert.match(await page.locator('.notice').last().innerText(), /Đã nhập độ cao từ N12E107\.hgt, south\.tif/);
    await page.screenshot({ path: `${OUT}/terrain-imported.png` });
    await page.waitForFunction((was) => {
      const cells = document.querySelectorAll('[data-testid="commune-table"] tfoot td');
      return (cells[2]?.textContent ?? '').trim() !== was;
    }, before, { timeout: 60_000 });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => /địa hình mô phỏng/.test(document.querySelector('[data-testid="elevation-info"]')?.textContent ?? ''), null, { timeout: 60_000 });
    await ready(page);
    // Undo brings the generated relief back, and with it the figures computed on it.
    await page.waitForFunction((want) => {
      const cells = document.querySelectorAll('[data-testid="commune-table"] tfoot td');
      return (cells[2]?.textContent ?? '').trim() === want;
    }, before, { timeout: 60_000 });
  });

  it('a truncated tile, a GeoTIFF in an unknown CRS and a tile of another continent are refused by name; the project is as it was', async () => {
    const info = await elevationInfo(page);
    const area = await province4gArea(page);
    const truncated = join(TMP, 'N11E107.hgt');
    writeFileSync(truncated, makeHgt(1201, 107, 11, () => 500).subarray(0, 5000));
    const lambert = join(TMP, 'lambert.tif');
    writeFileSync(lambert, makeGeoTiff({ width: 4, height: 4, values: new Int16Array(16).fill(300), tie: [700000, 6600000], scale: [25, 25], epsg: 2154, projected: true }));
    const alps = join(TMP, 'N46E007.hgt');
    writeFileSync(alps, makeHgt(1201, 7, 46, () => 2000));
    await page.getByTestId('import-input').setInputFiles([truncated, lambert, alps]);
    await page.waitForFunction(() => /Không nhập được độ cao/.test([...document.querySelectorAll('.notice')].map((n) => n.textContent).join(' ')), null, { timeout: 60_000 });
    // The reasons are the notice's detail lines (a collapsed list): read its whole text.
    const text = (await page.locator('.notice').last().textContent()) ?? '';
    assert.match(text, /N11E107\.hgt không phải ô SRTM: cần 2884802 byte/);
    assert.match(text, /lambert\.tif dùng hệ tọa độ EPSG:2154/);
    assert.match(text, /N46E007\.hgt nằm ngoài vùng quy hoạch/);
    assert.equal(await elevationInfo(page), info);
    assert.equal(await province4gArea(page), area);
    assert.deepEqual(errors, []);
  });
});
