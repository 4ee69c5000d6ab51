/**
 * With the real 2025 boundary file loaded beside the demo's 2024 units, the printed page says where the figures of
 * the two sets differ, by how much and why, without the 2025 set having been reported on first: its figures are
 * computed in the worker when the set is loaded.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { startHarness, waitForMapIdle, type Harness } from './harness';

const OUT = 'test-results';
const REAL_2025 = '/work/shared/data/daknong/communes-2025.geojson';
mkdirSync(OUT, { recursive: true });

describe('print: two boundary sets', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('prints the difference text on the 2024 page without reporting on the 2025 set first', { skip: existsSync(REAL_2025) ? false : `${REAL_2025} not present` }, async () => {
    const context = await h.browser.newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(h.baseUrl);
      await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 120_000 });
      await waitForMapIdle(page);
      await page.getByTestId('print-open').click();
      await page.getByTestId('print-view').waitFor();
      await page.getByTestId('print-tab-boundaries').click();
      await page.getByTestId('boundary-file').setInputFiles(REAL_2025);
      await page.waitForSelector('[data-testid="crosswalk-source"][data-source="lists"]', { timeout: 90_000 });
      assert.equal(await page.getByTestId('report-on-current').isChecked(), true, 'still reporting on the 2024 units');
      await page.waitForSelector('[data-testid="print-boundaries"][data-alt-figures="ready"]', { timeout: 120_000 });
      await page.getByTestId('print-tab-page').click();
      await page.waitForSelector('[data-testid="print-preview"][data-ready="true"]', { timeout: 90_000 });
      const pdf = `${OUT}/print-differences.pdf`;
      const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.getByTestId('print-pdf').click()]);
      await dl.saveAs(pdf);
      const text = execFileSync('/usr/bin/pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
      assert.match(text, /Vùng phủ 4G theo diện tích: [\d,]+ % trên “[^”]+”, [\d,]+ % trên “communes-2025” \(chênh [\d,]+ điểm %\)/u);
      assert.match(text, /Trạm BTS trong các đơn vị: [\d.]+ trên “[^”]+”, [\d.]+ trên “communes-2025” \(chênh \d+ trạm\): số trạm nằm ngoài mọi đơn vị/u);
      assert.match(text, /hai bộ ranh giới không phủ cùng một vùng đất/u);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
