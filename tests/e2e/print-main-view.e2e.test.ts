/**
 * Ctrl+P of the main view: one landscape page with the map (coverage colours), its legend and a scale bar drawn into
 * the map image; the side panels and tools are not printed. The print view's own sheet is tested in print.e2e.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startHarness, waitForMapIdle, type Harness } from './harness';
import { countWhere, decodePng } from './pixels';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

describe('browser print of the main view', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('prints the map with its legend on one page, without the panels', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1500, height: 900 } });
    await page.goto(h.baseUrl);
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 300_000 });
    await waitForMapIdle(page);
    const pdf = `${OUT}/main-view-print.pdf`;
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.close();
    const info = execFileSync('/usr/bin/pdfinfo', [pdf]).toString();
    assert.match(info, /Pages:\s+1\n/);
    const [w, hgt] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
    assert.ok((w ?? 0) > (hgt ?? 0), `landscape page: ${info}`);
    const text = execFileSync('/usr/bin/pdftotext', [pdf, '-']).toString();
    assert.match(text, /CHÚ GIẢI|Chú giải/u, 'the legend is printed');
    assert.match(text, /dữ liệu mẫu/u, 'the generated-data notice is printed');
    assert.doesNotMatch(text, /Chỉ tiêu toàn tỉnh/u, 'the right-hand panels are not printed');
    assert.doesNotMatch(text, /Kịch bản mới/u, 'the scenario panel is not printed');
    execFileSync('/usr/bin/pdftoppm', ['-r', '60', '-png', '-singlefile', pdf, `${OUT}/main-view-print`]);
    const img = decodePng(readFileSync(`${OUT}/main-view-print.png`));
    const green = countWhere(img, (r, g, b) => g > r + 25 && g > b + 15);
    assert.ok(green > (img.width * img.height) / 50, `coverage colours on the page: ${green} green pixels of ${img.width * img.height}`);
  });
});
