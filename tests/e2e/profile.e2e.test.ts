/**
 * The terrain profile tool on the demo: from the site of a village behind a generated ridge to the village (a dominant
 * edge, more than 20 dB of diffraction), a microwave hop between two sites (pass or fail with the clearance), the
 * panel in both languages at 1280×800 and 1920×1080.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { generateDemoDataset } from '../../src/domain/demo';
import { demoShadowedVillages } from '../../src/domain/demo/relief';
import type { Site } from '../../src/domain/model/types';
import { openFresh, startHarness, waitForMapIdle, type Harness } from './harness';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

const demo = generateDemoDataset();
const shadows = [...demoShadowedVillages(demo)].sort((a, b) => b.clearanceM - a.clearanceM);
const shadow = shadows[0];
const village = demo.villages.find((v) => v.id === shadow?.villageId);
const site = demo.sites.find((s) => s.id === shadow?.siteId);

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Pixel of a place within the map element (a north-up web-mercator view), from the bounds the map writes. */
async function pixelOf(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const map = page.getByTestId('map');
  const bounds = (await map.getAttribute('data-bounds'))?.split(',').map(Number) ?? [];
  const box = await map.boundingBox();
  assert.ok(box && bounds.length === 4);
  const [w, s, e, n] = bounds as [number, number, number, number];
  return { x: ((lon - w) / (e - w)) * box.width, y: ((mercY(n) - mercY(lat)) / (mercY(n) - mercY(s))) * box.height };
}

async function clickAt(page: Page, lon: number, lat: number): Promise<void> {
  await page.getByTestId('map').click({ position: await pixelOf(page, lon, lat) });
}

/** Zooms in by mouse wheel around a place until `spanKm` of ground takes about `px` pixels. */
async function zoomTo(page: Page, lon: number, lat: number): Promise<void> {
  const box = await page.getByTestId('map').boundingBox();
  assert.ok(box);
  for (let i = 0; i < 6; i++) {
    const p = await pixelOf(page, lon, lat);
    await page.mouse.move(box.x + p.x, box.y + p.y);
    await page.mouse.wheel(0, -400);
    await waitForMapIdle(page);
  }
}

const profileReady = (page: Page) =>
  page.waitForSelector('[data-testid="profile"][data-kind="profile"][data-busy="false"]', { timeout: 30_000 });

describe('terrain profile tool in Chromium', { timeout: 300_000 }, () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];

  before(async () => {
    h = await startHarness();
    ({ page, errors } = await openFresh(h, { width: 1280, height: 800 }, 120_000));
    await waitForMapIdle(page);
  });
  after(async () => {
    await h?.close();
  });

  it('from the site of a shadowed village to the village: a dominant edge and more than 20 dB of diffraction', async () => {
    assert.ok(site && village, 'the demo has a shadowed village');
    for (const id of ['labels', 'fibre']) await page.getByTestId(`layer-${id}`).uncheck();
    await zoomTo(page, (site.lon + village.point[0]) / 2, (site.lat + village.point[1]) / 2);
    // The layer checkbox just clicked has the focus, and keys typed into a form field are no shortcuts.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('r');
    assert.equal(await page.getByTestId('tool-profile').getAttribute('aria-pressed'), 'true');
    assert.match(await page.getByTestId('profile-hint').innerText(), /Bấm vào một trạm hoặc một điểm/);
    await clickAt(page, site.lon, site.lat);
    assert.match(await page.getByTestId('profile-hint').innerText(), /Bấm điểm cuối/);
    await clickAt(page, village.point[0], village.point[1]);
    await profileReady(page);
    const ends = await page.getByTestId('profile-ends').innerText();
    assert.match(ends, new RegExp(`Từ trạm ${site.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(anten`), ends);
    assert.match(ends, /đến điểm .* \(anten 1,5 m\)/);
    assert.equal(await page.getByTestId('profile-edge-mark').count(), 1);
    assert.match(await page.getByTestId('profile-edge').innerText(), /Cạnh chắn chính ở [\d,]+ km/);
    const deygout = Number(await page.getByTestId('profile-deygout').getAttribute('data-db'));
    assert.ok(deygout > 20, `Deygout loss ${deygout} dB`);
    assert.match(await page.getByTestId('profile-far').innerText(), /dBm|không phủ tới/);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUT}/profile-village-vi-1280.png` });
    await page.keyboard.press('Escape');
    assert.equal(await page.getByTestId('tool-select').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByTestId('profile').count(), 1, 'the drawn profile stays after Esc');
  });

  it('the language switch re-renders the panel', async () => {
    const before = await page.getByTestId('profile').innerText();
    await page.getByTestId('lang').selectOption('en');
    await page.waitForFunction(() => /Terrain profile/.test(document.querySelector('[data-testid="profile"]')?.textContent ?? ''));
    const text = await page.getByTestId('profile').innerText();
    assert.notEqual(text, before);
    assert.match(text, /From site .* \(\d+(\.\d)? m antenna\) to point/);
    assert.match(text, /Deygout diffraction/);
    assert.match(await page.getByTestId('profile-chart').innerHTML(), /Dominant edge/);
    await page.screenshot({ path: `${OUT}/profile-village-en-1280.png` });
  });

  it('a microwave hop between two sites: pass or fail with the clearance in % of F1', async () => {
    assert.ok(site);
    // A new start on the map: the panel of the drawn profile closed first, as it covers the lower part of the map.
    await page.getByTestId('profile-close').click();
    // The nearest other site to the shadowed village's one, in the upper part of the view.
    const [w, s, e, n] = ((await page.getByTestId('map').getAttribute('data-bounds')) ?? '').split(',').map(Number) as [number, number, number, number];
    const top = s + (n - s) * 0.45;
    const d = (x: Site) => Math.hypot(x.lon - site.lon, x.lat - site.lat);
    const visible = (x: Site) => x.lon > w + (e - w) * 0.05 && x.lon < e - (e - w) * 0.05 && x.lat > top && x.lat < n - (n - s) * 0.1;
    const other = demo.sites.filter((x) => x.id !== site.id && d(x) > 0.01 && visible(x)).sort((a, b) => d(a) - d(b))[0];
    assert.ok(other, 'another site in view');
    await page.getByTestId('tool-profile').click();
    await clickAt(page, site.lon, site.lat);
    await clickAt(page, other.lon, other.lat);
    await page.waitForFunction((name) => (document.querySelector('[data-testid="profile-ends"]')?.textContent ?? '').includes(`to site ${name}`), other.name, { timeout: 30_000 });
    await profileReady(page);
    const verdict = page.getByTestId('profile-hop-verdict');
    assert.match(await verdict.innerText(), /^(PASS|FAIL) Least clearance -?[\d,.]+ % of F1 \(-?[\d,.]+ m\) at [\d.]+ km/);
    // A lower frequency widens F1, a sub-refractive k lifts the bulge: the clearance in F1 drops.
    const ratio = async () => Number(/clearance (-?[\d,.]+) %/.exec(await page.getByTestId('profile-clearance').innerText())?.[1]?.replace(/,/g, ''));
    const first = await ratio();
    await page.getByTestId('profile-k').fill('0.67');
    await page.waitForFunction(() => /k = 0\.67/.test(document.querySelector('.profile-legend')?.textContent ?? ''), null, { timeout: 30_000 });
    const second = await ratio();
    assert.ok(second < first, `k 4/3 → 0.67: ${first} % → ${second} %`);
    await page.screenshot({ path: `${OUT}/profile-hop-en-1280.png` });
    await page.getByTestId('lang').selectOption('vi');
    await page.waitForFunction(() => /ĐẠT/.test(document.querySelector('[data-testid="profile-hop-verdict"]')?.textContent ?? ''));
    assert.match(await verdict.innerText(), /^(ĐẠT|KHÔNG ĐẠT) Thông thoáng nhỏ nhất/);
  });

  it('lays out at 1920×1080 in both languages', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUT}/profile-hop-vi-1920.png` });
    await page.getByTestId('lang').selectOption('en');
    await page.waitForFunction(() => /Terrain profile/.test(document.querySelector('[data-testid="profile"]')?.textContent ?? ''));
    await page.screenshot({ path: `${OUT}/profile-hop-en-1920.png` });
    await page.getByTestId('profile-close').click();
    assert.equal(await page.getByTestId('profile').count(), 0);
    assert.deepEqual(errors, []);
  });
});
