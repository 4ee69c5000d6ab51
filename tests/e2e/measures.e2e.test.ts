import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openFresh, startHarness, waitForMapIdle, type Harness } from './harness';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

/** 2G footprints reach 8–15 km: their first build takes a while on a loaded machine. */
const ready = (page: Page) => page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 300_000 });
const options = (page: Page) => page.getByTestId('threshold').locator('option').allInnerTexts();
const legend = (page: Page) => page.getByTestId('legend-coverage').innerText();
const headers = (page: Page) => page.locator('[data-testid="commune-table"] thead th').allInnerTexts();

describe('2G and 3G in their own measures (Chromium)', () => {
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

  it('4G lists RSRP thresholds; switching to 2G lists RxLev, names it in the legend and moves the table and delta to 2G', async () => {
    assert.deepEqual(await options(page), ['RSRP −110 dBm (cơ bản ngoài trời)', 'RSRP −105 dBm (tốt ngoài trời)', 'RSRP −100 dBm (trong nhà)']);
    assert.match(await legend(page), /4G: RSRP ≥ −105 dBm/);
    // the legend names what is left blank and how a proposed site looks
    assert.equal(await page.getByTestId('legend-no-coverage').innerText(), 'Không có sóng (dưới −105 dBm)');
    assert.equal(await page.getByTestId('legend-proposed').innerText(), 'Trạm đề xuất');
    await page.getByTestId('coverage-tech').selectOption('2G');
    await page.waitForFunction(() => /RxLev/.test(document.querySelector('[data-testid="threshold"]')?.textContent ?? ''));
    await ready(page);
    await page.waitForFunction(() => /2G/.test(document.querySelector('[data-testid="commune-table"] thead')?.textContent ?? ''), null, { timeout: 90_000 });
    assert.deepEqual(await options(page), ['RxLev −100 dBm (cơ bản ngoài trời)', 'RxLev −95 dBm (tốt ngoài trời)', 'RxLev −90 dBm (trong nhà)']);
    assert.equal(await page.getByTestId('threshold').inputValue(), '-95');
    const text = await legend(page);
    assert.match(text, /Vùng phủ sóng 2G: RxLev ≥ −95 dBm/);
    assert.match(text, /≥ −75 dBm: rất tốt/);
    assert.match(text, /−95 … −90 dBm: cơ bản/);
    assert.doesNotMatch(text, /−105/);
    assert.ok((await headers(page)).some((x) => /^2G % diện tích/.test(x)), (await headers(page)).join(' | '));
    assert.match(await page.getByTestId('delta').innerText(), /\(2G\)/);
    await waitForMapIdle(page);
    await page.getByTestId('legend-coverage').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/measures-2g.png` });
  });

  it('keeps each technology\'s threshold: RxLev −90 for 2G while 4G stays at RSRP −105', async () => {
    await page.getByTestId('threshold').selectOption('-90');
    await ready(page);
    await page.waitForFunction(() => /RxLev ≥ −90 dBm/.test(document.querySelector('[data-testid="legend-coverage"]')?.textContent ?? ''));
    assert.equal((await legend(page)).split('\n').filter((l) => /dBm:/.test(l)).length, 3);
    await page.getByTestId('coverage-tech').selectOption('4G');
    await page.waitForFunction(() => /RSRP/.test(document.querySelector('[data-testid="threshold"]')?.textContent ?? ''));
    assert.equal(await page.getByTestId('threshold').inputValue(), '-105');
    await page.getByTestId('coverage-tech').selectOption('3G');
    await page.waitForFunction(() => /RSCP/.test(document.querySelector('[data-testid="threshold"]')?.textContent ?? ''));
    await ready(page);
    assert.equal(await page.getByTestId('threshold').inputValue(), '-100');
    assert.match(await legend(page), /3G: RSCP ≥ −100 dBm/);
    await page.getByTestId('coverage-tech').selectOption('2G');
    await page.waitForFunction(() => /RxLev/.test(document.querySelector('[data-testid="threshold"]')?.textContent ?? ''));
    assert.equal(await page.getByTestId('threshold').inputValue(), '-90');
    await ready(page);
    await waitForMapIdle(page);
    await page.getByTestId('threshold').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/measures-2g-indoor.png` });
    assert.deepEqual(errors, []);
  });
});
