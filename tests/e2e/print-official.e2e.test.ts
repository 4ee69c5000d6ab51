/**
 * The official document block, the ratio scale and the greyscale palette in the built app: the fields typed in
 * the print view come out in the PDF (header, annex line, data date, place and date in the administrative form,
 * signature), the ratio printed beside the bar is the preview's own page scale, the greyscale map has no
 * saturated colour left, and the block is still there after a reload (saved with the project).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { startHarness, waitForMapIdle, type Harness } from './harness';
import { decodePng } from './pixels';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

const FIELDS = {
  parentBody: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG',
  body: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  reportRef: '125/BC-SKHCN ngày 28/11/2026',
  dataDate: '2026-11-30',
  place: 'Lâm Đồng',
  signTitle: 'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
  signName: 'Nguyễn Thị Thanh Hương',
} as const;

describe('print view: the official block, the ratio scale, the greyscale palette', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('prints the typed block and the ratio on A3 landscape in grey, and keeps the block across a reload', async () => {
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
      await page.getByTestId('print-paper').selectOption('A3');
      await page.getByTestId('print-orientation').selectOption('landscape');
      await page.getByTestId('print-palette').selectOption('greyscale');
      await page.getByTestId('print-date').fill('2026-12-03');
      for (const [key, value] of Object.entries(FIELDS)) await page.getByTestId(`print-official-${key}`).fill(value);
      await page.waitForTimeout(600);
      await page.waitForSelector('[data-testid="print-preview"][data-ready="true"]', { timeout: 90_000 });
      const preview = page.getByTestId('print-preview');
      const lengthM = Number(await preview.getAttribute('data-scale-length-m'));
      const widthMm = Number(await preview.getAttribute('data-scale-width-mm'));
      const ratio = (await preview.getAttribute('data-ratio-scale')) ?? '';
      const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.getByTestId('print-pdf').click()]);
      const pdf = `${OUT}/print-official-A3.pdf`;
      await dl.saveAs(pdf);
      const text = execFileSync('/usr/bin/pdftotext', ['-f', '1', '-l', '1', pdf, '-']).toString().replace(/\s+/g, ' ');
      for (const value of [FIELDS.parentBody, FIELDS.body, FIELDS.signTitle, FIELDS.signName]) assert.ok(text.includes(value), `"${value}" on the page`);
      assert.ok(text.includes('Lâm Đồng, ngày 03 tháng 12 năm 2026'), 'place and date in the administrative form');
      assert.ok(text.includes('(Kèm theo Báo cáo số 125/BC-SKHCN ngày 28/11/2026)'), 'the annex line');
      assert.ok(text.includes('Số liệu đến ngày 30 tháng 11 năm 2026'), 'the data date');
      // The ratio: "Tỷ lệ 1:NNN NNN", the bar's metres per mm × 1000 to 3 significant digits.
      const m = /Tỷ lệ 1:(\d{1,3}(?: \d{3})+)/u.exec(text);
      assert.ok(m?.[1], `a ratio scale on the page: ${text.slice(0, 400)}`);
      assert.equal(`Tỷ lệ 1:${m[1]}`, ratio, 'the preview and the PDF print the same ratio');
      const denominator = Number(m[1].replace(/ /g, ''));
      const fromBar = (lengthM / widthMm) * 1000;
      assert.ok(Math.abs(denominator / fromBar - 1) < 0.005, `1:${denominator} against the bar's ${fromBar.toFixed(0)}`);
      // Greyscale: the coverage is on the blue ramp, none of the screen's greens left in the map area.
      execFileSync('/usr/bin/pdftoppm', ['-r', '60', '-png', '-singlefile', pdf, `${OUT}/print-official-A3`]);
      const img = decodePng(readFileSync(`${OUT}/print-official-A3.png`));
      let green = 0;
      let blue = 0;
      let n = 0;
      for (let y = Math.floor(img.height * 0.3); y < img.height * 0.8; y += 2) {
        for (let x = Math.floor(img.width * 0.05); x < img.width * 0.6; x += 2) {
          const i = (y * img.width + x) * 4;
          const [r, g, b] = [img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0];
          n++;
          if (g - Math.max(r, b) > 30) green++;
          if (b - Math.max(r, g) > 20) blue++;
        }
      }
      assert.ok(green / n < 0.01, `green share of the map ${(green / n).toFixed(3)}`);
      assert.ok(blue / n > 0.05, `coverage on the blue ramp: ${(blue / n).toFixed(3)}`);
      await page.waitForSelector('[data-testid="saved-state"][data-state="saved"]', { timeout: 30_000 });
      await page.reload();
      await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 120_000 });
      await page.getByTestId('print-open').click();
      await page.getByTestId('print-view').waitFor();
      for (const [key, value] of Object.entries(FIELDS)) assert.equal(await page.getByTestId(`print-official-${key}`).inputValue(), value, `${key} kept`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
