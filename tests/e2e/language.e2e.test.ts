/**
 * Switching the language re-renders every message on screen: a notice left open (an import's result with its
 * problem lines) and the engine's warnings panel (a 600 m mast, above the propagation model's range)
 * change to the other language and back.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openApp, startHarness, type Harness } from './harness';

describe('language switch with messages open', { timeout: 180_000 }, () => {
  let h: Harness;
  let page: Page;
  let errors: string[];

  before(async () => {
    h = await startHarness();
    ({ page, errors } = await openApp(h));
  });
  after(async () => {
    await h.close();
  });

  const noticeText = (file: string) => page.locator('.notice', { hasText: file }).innerText();
  const warningsText = () => page.getByTestId('engine-warnings').innerText();

  it('a notice and the engine warnings follow the switch to English and back', async () => {
    await page.getByTestId('import-input').setInputFiles('tests/fixtures/e2e/fibre-with-bad-row.geojson');
    await page.locator('.notice', { hasText: 'fibre-with-bad-row.geojson' }).waitFor({ timeout: 20_000 });
    await page.getByTestId('import-input').setInputFiles('tests/fixtures/e2e/tall-site.geojson');
    await page.locator('.notice', { hasText: 'tall-site.geojson' }).waitFor({ timeout: 20_000 });
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    // The demo has warnings of its own, so the panel is there before the tall site's build ends; wait for its line.
    await page.getByTestId('engine-warnings').filter({ hasText: 'extended-hata' }).waitFor({ timeout: 60_000 });
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    await page.getByTestId('engine-warnings').evaluate((el) => el.setAttribute('open', ''));
    await page.locator('.notice', { hasText: 'fibre-with-bad-row.geojson' }).locator('details').evaluate((el) => el.setAttribute('open', ''));

    const viNotice = await noticeText('fibre-with-bad-row.geojson');
    const viWarnings = await warningsText();
    assert.match(viNotice, /Đã nhập 2 đối tượng từ fibre-with-bad-row\.geojson/);
    assert.match(viNotice, /đối tượng 2: bị loại/);
    assert.match(viWarnings, /^Tính vùng phủ:/);
    assert.match(viWarnings, /Mô hình extended-hata: chiều cao anten trạm 600 m nằm ngoài dải/);
    assert.doesNotMatch(viWarnings, /base height|outside/);

    await page.getByTestId('lang').selectOption('en');
    const enNotice = await noticeText('fibre-with-bad-row.geojson');
    const enWarnings = await warningsText();
    assert.match(enNotice, /Imported 2 features from fibre-with-bad-row\.geojson/);
    assert.doesNotMatch(enNotice, /Đã nhập|đối tượng/);
    assert.match(enNotice, /feature 2/);
    assert.match(enWarnings, /^Coverage:/);
    assert.match(enWarnings, /Model extended-hata: base height 600 m outside/);
    assert.doesNotMatch(enWarnings, /Tính vùng phủ|Mô hình/);

    await page.getByTestId('lang').selectOption('vi');
    assert.equal(await noticeText('fibre-with-bad-row.geojson'), viNotice);
    assert.equal(await warningsText(), viWarnings);
    assert.deepEqual(errors, []);
  });
});
