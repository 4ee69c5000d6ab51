/**
 * The whole-province atlas on A4 (71 pages on the demo): the map images are JPEGs, so the file stays under 30 MB.
 * The size and the time taken are printed (a figure for the README, not asserted: the machine's load varies).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { startHarness, waitForMapIdle, type Harness } from './harness';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

describe('print: the province atlas\'s size', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('writes every unit\'s A4 page in under 30 MB', async (t) => {
    const context = await h.browser.newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.goto(h.baseUrl);
      await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 120_000 });
      await waitForMapIdle(page);
      await page.getByTestId('print-open').click();
      await page.getByTestId('print-view').waitFor();
      await page.getByTestId('print-tab-atlas').click();
      await page.getByTestId('atlas-all').click();
      const units = await page.locator('[data-testid="atlas-list"] input[type="checkbox"]').count();
      const started = performance.now();
      const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByTestId('atlas-export').click()]);
      const pdf = `${OUT}/print-atlas-all.pdf`;
      await dl.saveAs(pdf);
      const seconds = (performance.now() - started) / 1000;
      const mb = statSync(pdf).size / 1e6;
      const load = execFileSync('cat', ['/proc/loadavg']).toString().split(' ')[0];
      t.diagnostic(`atlas of ${units} A4 pages: ${mb.toFixed(1)} MB in ${seconds.toFixed(1)} s (load ${load})`);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [pdf]).toString())?.[1] ?? 0);
      assert.equal(pages, units);
      assert.ok(mb < 30, `${mb.toFixed(1)} MB`);
      const images = execFileSync('/usr/bin/pdfimages', ['-list', pdf]).toString().split('\n').slice(2).filter((l) => l.trim());
      assert.equal(images.length, units, 'one image a page, the map');
      for (const line of images) assert.match(line, / jpeg /, 'the map image is a JPEG');
    } finally {
      await context.close();
    }
  });
});
