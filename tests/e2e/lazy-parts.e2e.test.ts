/**
 * The parts split out of the start-up download (issue 16): the print view, the import dialogs and the side tabs are
 * not fetched at start, are fetched when first opened, and a failed fetch shows why and offers a reload, not a blank.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startHarness, waitForMapIdle, type Harness } from './harness';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

/** The build's script files the page requested so far, by name without their hash. */
function scriptsOf(urls: readonly string[]): string[] {
  return urls.filter((u) => /\/assets\/[^/]+\.js$/.test(u)).map((u) => (u.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, ''));
}

async function openDemo(h: Harness): Promise<{ page: Page; requested: string[]; close: () => Promise<void> }> {
  const context = await h.browser.newContext({ viewport: { width: 1500, height: 900 } });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(h.baseUrl);
  await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 300_000 });
  return { page, requested, close: () => context.close() };
}

describe('parts loaded on first use', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('the print view, import dialogs and side tabs are fetched when opened, not at start', async () => {
    const { page, requested, close } = await openDemo(h);
    try {
      const atStart = scriptsOf(requested);
      for (const part of ['PrintView', 'ImportDialogs', 'UnderservedPanel', 'DashboardPanel', 'MeasureStatsPanel', 'pdf']) {
        assert.ok(!atStart.includes(part), `${part} is not fetched at start (fetched: ${atStart.join(', ')})`);
      }
      await page.getByTestId('print-open').click();
      await page.getByTestId('print-view').waitFor();
      assert.ok(scriptsOf(requested).includes('PrintView'), 'opening the print view fetched its chunk');
      await page.getByTestId('print-close').click();
      await page.getByTestId('tab-dashboard').click();
      await page.locator('.sidebar.right [data-testid="lazy-part-loading"]').waitFor({ state: 'detached' });
      assert.ok(scriptsOf(requested).includes('DashboardPanel'), 'the dashboard tab fetched its chunk');
      assert.equal(await page.getByTestId('lazy-part-failed').count(), 0);
    } finally {
      await close();
    }
  });

  it('a part whose fetch fails says so, and after a reload it opens', async () => {
    const { page, close } = await openDemo(h);
    try {
      await waitForMapIdle(page);
      const chunk = /\/assets\/PrintView-[\w-]+\.js$/;
      await page.route(chunk, (route) => route.abort('internetdisconnected'));
      await page.getByTestId('print-open').click();
      const failed = page.getByTestId('lazy-part-failed');
      await failed.waitFor();
      assert.equal(await failed.getAttribute('role'), 'alert');
      assert.match(await failed.innerText(), /Không tải được phần này của ứng dụng \(in bản đồ\)/u);
      await page.screenshot({ path: `${OUT}/lazy-part-failed.png` });
      assert.equal(await page.getByTestId('print-view').count(), 0);
      await page.unroute(chunk);
      await page.getByTestId('lazy-part-reload').click();
      await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 300_000 });
      assert.equal(await failed.count(), 0, 'the reloaded page shows no error');
      await page.getByTestId('print-open').click();
      await page.getByTestId('print-view').waitFor();
    } finally {
      await close();
    }
  });
});
