import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { startHarness, waitForMapIdle, type Harness } from './harness';

/** The district's type as a title template writes it before the name. */
const TYPE = 'huyện|thành phố|thị xã';
const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

async function download(page: Page, path: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.getByTestId('atlas-export').click()]);
  await dl.saveAs(path);
  return path;
}

describe('print: atlas choices', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('five communes by code under a title template after an index page; then one file per page in a zip', async () => {
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
      await page.getByTestId('print-tab-atlas').click();
      const boxes = page.locator('[data-testid="atlas-list"] input[type="checkbox"]');
      const codes: string[] = [];
      for (const i of [0, 7, 14, 21, 28]) {
        await boxes.nth(i).check();
        codes.push(((await boxes.nth(i).getAttribute('data-testid')) ?? '').replace('atlas-unit-', ''));
      }
      codes.sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
      await page.getByTestId('atlas-sort').selectOption('code');
      await page.getByTestId('atlas-title-template').fill('{ten} ({ma}), huyện {huyen}');
      await page.getByTestId('atlas-cover').check();
      const pdf = await download(page, `${OUT}/print-atlas-choices.pdf`);
      const pages = execFileSync('/usr/bin/pdftotext', [pdf, '-']).toString().split('\f').map((p) => p.replace(/\s+/g, ' '));
      assert.match(pages[0] ?? '', /Mục lục/);
      for (const [i, code] of codes.entries()) {
        const map = pages[i + 1] ?? '';
        // "huyện {huyen}": a district named with its own type (Thành phố Gia Nghĩa) keeps it, not "huyện" twice.
        const district = `(?:${TYPE})`;
        assert.ok(new RegExp(`\\(${code}\\), ${district} `, 'u').test(map), `page ${i + 2} is ${code} under the template: ${map.slice(0, 120)}`);
        assert.ok(!/huyện (Huyện|Thành phố|Thị xã)/u.test(map), `page ${i + 2} doubles the district type: ${map.slice(0, 120)}`);
        const title = new RegExp(`(\\S+(?: \\S+)*? \\(\\d+\\), ${district} [^·]+?) (?:Ủy|UBND|Kịch|Vùng|$)`, 'u').exec(map)?.[1] ?? `(${code})`;
        assert.ok((pages[0] ?? '').includes(`(${code})`), `the index lists ${code}`);
        assert.ok(new RegExp(`\\(${code}\\), ${district} .*? ${i + 2}( |$)`, 'u').test(pages[0] ?? ''), `the index gives ${code} page ${i + 2} (${title})`);
      }
      await page.getByTestId('atlas-per-page').check();
      const zipPath = `${OUT}/print-atlas-choices.zip`;
      await download(page, zipPath);
      const files = Object.keys(unzipSync(readFileSync(zipPath))).sort();
      assert.equal(files.length, 6, `index and five pages: ${files.join(', ')}`);
      assert.match(files[0] ?? '', /^00-muc-luc\.pdf$/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
