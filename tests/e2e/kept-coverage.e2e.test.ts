/**
 * Reopening a stored project shows the coverage kept with it at once, and says so, while the engine computes it
 * again; what the engine then computes is what was shown (figures, commune table and the scenario's delta).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, waitForMapIdle, type Harness } from './harness';

interface Seen {
  coverageAt: number;
  readyAt: number | null;
  status: string;
  table: string;
  summary: string;
}

/** Runs in the page: what the header, the commune table and the delta said when the map was first given coverage. */
const WATCH = String.raw`(() => {
  const seen = { coverageAt: 0, readyAt: null, status: '', table: '', summary: '' };
  window.__seen = seen;
  new MutationObserver(() => {
    const map = document.querySelector('[data-testid="map"]');
    const status = document.querySelector('[data-testid="status"]');
    if (!seen.coverageAt && map && map.getAttribute('data-coverage')) {
      seen.coverageAt = performance.now();
      seen.status = status ? status.textContent : '';
      seen.table = document.querySelector('[data-testid="commune-table"]')?.innerText ?? '';
      seen.summary = document.querySelector('[data-testid="scenario-summary"]')?.innerText ?? '';
    }
    if (seen.readyAt === null && status && status.getAttribute('data-state') === 'ready') seen.readyAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

describe('coverage kept with a stored project', { timeout: 300_000 }, () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  let table = '';
  let summary = '';
  before(async () => {
    h = await startHarness();
    context = await h.browser.newContext({ viewport: { width: 1500, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
  });
  after(async () => {
    await context.close();
    await h.close();
  });

  it('is on screen before the engine is ready, and the engine then computes the same figures', async () => {
    await page.goto(h.baseUrl);
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 90_000 });
    const kept = page.getByTestId('saved-state');
    await page.waitForSelector('[data-testid="saved-state"]:not([data-coverage-kept=""])', { timeout: 60_000 });
    const keptBefore = await kept.getAttribute('data-coverage-kept');

    // A proposed site: the stored state now has a scenario edit, and the kept coverage must be the one with it.
    await waitForMapIdle(page);
    const box = await page.getByTestId('map').boundingBox();
    assert.ok(box);
    await page.getByTestId('tool-propose').click();
    await page.getByTestId('map').click({ position: { x: box.width / 2, y: box.height / 2 } });
    await page.getByTestId('site-editor').waitFor();
    await page.waitForFunction((k) => {
      const el = document.querySelector('[data-testid="saved-state"]');
      const now = el?.getAttribute('data-coverage-kept');
      return el?.getAttribute('data-state') === 'saved' && now && now !== k;
    }, keptBefore, { timeout: 60_000 });
    await page.waitForSelector('[data-testid="status"][data-state="ready"]');
    table = await page.getByTestId('commune-table').innerText();
    summary = await page.getByTestId('scenario-summary').innerText();
    assert.match(summary, /1 trạm đề xuất/);

    await page.addInitScript({ content: WATCH });
    await page.reload();
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 90_000 });
    const seen = (await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen));
    assert.ok(seen.coverageAt > 0, 'the map was given coverage');
    assert.ok(seen.readyAt !== null && seen.coverageAt < seen.readyAt, `coverage at ${seen.coverageAt} ms, ready at ${seen.readyAt} ms`);
    assert.match(seen.status, /Đang hiện vùng phủ đã lưu; đang tính lại|Đang mở dự án/);
    assert.equal(seen.table, table, 'the kept commune table is the one saved');
    assert.equal(seen.summary, summary, 'the kept delta is the one saved');
    // The engine's own build of the same state.
    assert.equal(await page.getByTestId('commune-table').innerText(), table);
    assert.equal(await page.getByTestId('scenario-summary').innerText(), summary);
    assert.deepEqual(errors, []);
  });

  it('is shown when the project is opened from the list, never the other project\'s coverage', async () => {
    await page.getByTestId('projects').click();
    await page.getByTestId('project-new-demo').click();
    await page.waitForFunction(() => /\(dữ liệu mẫu\) 2$/.test(document.querySelector('[data-testid="projects"]')?.textContent ?? ''), undefined, { timeout: 90_000 });
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 90_000 });
    assert.match(await page.getByTestId('scenario-summary').innerText(), /0 trạm đề xuất/, 'the new demo has no edit');
    await page.locator('[data-testid="saved-state"][data-state="saved"]').waitFor({ timeout: 60_000 });

    // From the click on "Open": the map's coverage goes (the new demo's), then comes back before the engine is ready.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __marks: string[] }).__marks = seen;
      new MutationObserver(() => {
        const map = document.querySelector('[data-testid="map"]');
        const status = document.querySelector('[data-testid="status"]');
        const kept = /vùng phủ đã lưu/.test(status?.textContent ?? '') ? ' kept' : '';
        const mark = `${map?.getAttribute('data-coverage') ? 'coverage' : 'none'} ${status?.getAttribute('data-state')}${kept}`;
        if (seen.at(-1) !== mark) seen.push(mark);
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.getByTestId('projects').click();
    const first = page.locator('strong', { hasText: /^Đắk Nông \(dữ liệu mẫu\)$/ });
    await page.getByTestId('project-row').filter({ has: first }).getByRole('button', { name: 'Mở' }).click();
    await page.waitForFunction(() => /\(dữ liệu mẫu\)$/.test(document.querySelector('[data-testid="projects"]')?.textContent ?? ''), undefined, { timeout: 90_000 });
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 90_000 });
    const marks = await page.evaluate(() => (window as unknown as { __marks: string[] }).__marks);
    const gone = marks.indexOf('none busy');
    const back = marks.findIndex((m, i) => i > gone && m === 'coverage busy kept');
    assert.ok(gone >= 0 && back > gone, `marks: ${marks.join(', ')}`);
    assert.equal(await page.getByTestId('commune-table').innerText(), table);
    assert.equal(await page.getByTestId('scenario-summary').innerText(), summary);
    assert.deepEqual(errors, []);
  });
});
