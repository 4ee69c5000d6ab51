import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIFF_STEPS, MEASUREMENT_OUTLINE } from '../../src/domain/display/measurement-image';
import { DEFAULT_DRIVE_TEST } from '../../src/domain/measure/generated-drive-test';
import { openFresh, startHarness, waitForMapIdle, type Harness } from './harness';
import { countColour, decodePng } from './pixels';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });
const TMP = mkdtempSync(join(tmpdir(), 'measurements-e2e-'));
const DRIVE = join(TMP, 'drive-test.csv');

const ready = (page: Page) => page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 90_000 });
const notices = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.notice')].map((n) => n.textContent ?? '').join(' | '));

/** Imports `file` through the header's import input and waits for the measurement dialog's read to end. */
async function importFile(page: Page, file: string): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(file);
  await page.waitForSelector('[data-testid="measure-dialog"][data-busy="false"]', { timeout: 90_000 });
}

describe('measurements in Chromium: a generated drive test over the demo, and bad files', () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];
  let dataRows = 0;

  before(async () => {
    // the repo's own generator: the demo's 4G prediction along its roads, known offsets, 6 dB shadowing (generated)
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-drive-test.ts', '--out', DRIVE], { stdio: 'pipe' });
    dataRows = readFileSync(DRIVE, 'utf8').trim().split('\n').length - 1;
    h = await startHarness();
    ({ page, errors } = await openFresh(h, { width: 1280, height: 800 }, 120_000));
    await waitForMapIdle(page);
    await ready(page);
  });
  after(async () => {
    await h?.close();
  });

  it('the drive test is recognised by its rsrp column, read with its columns and counts, and kept', async () => {
    await importFile(page, DRIVE);
    const summary = page.getByTestId('measure-summary');
    assert.equal(Number(await summary.getAttribute('data-rows')), dataRows);
    const samples = Number(await summary.getAttribute('data-samples'));
    assert.equal(samples + Number(await summary.getAttribute('data-rejected')), dataRows);
    assert.ok(samples > dataRows * 0.99, `${samples} of ${dataRows}`);
    for (const field of ['lat', 'lon', 'tech', 'carrier', 'site', 'route']) assert.equal(await page.getByTestId(`measure-field-${field}`).inputValue(), field);
    assert.equal(await page.getByTestId('measure-field-level').inputValue(), 'rsrp');
    assert.equal(await page.getByTestId('measure-crs').inputValue(), 'wgs84');
    await page.screenshot({ path: `${OUT}/measurements-dialog-vi-1280.png` });
    // another level column reads the file again in the worker: latitudes are no dBm, so nothing is kept, and the mapping stays editable
    await page.getByTestId('measure-field-level').selectOption('lat');
    await page.waitForSelector('[data-testid="measure-refused"][data-code="m-no-samples"]', { timeout: 90_000 });
    assert.equal(await page.getByTestId('measure-commit').count(), 0);
    await page.getByTestId('measure-field-level').selectOption('rsrp');
    await page.waitForSelector('[data-testid="measure-summary"]', { timeout: 90_000 });
    assert.equal(Number(await summary.getAttribute('data-samples')), samples);
    await page.getByTestId('measure-commit').click();
    await page.waitForFunction(() => /Đã nhập .* mẫu đo từ drive-test\.csv/.test(document.body.textContent ?? ''), null, { timeout: 30_000 });
    assert.equal(await page.getByTestId('measure-dialog').count(), 0);
    assert.deepEqual(errors, []);
  });

  it('the measurement layer draws the samples binned to the grid, and the difference view on its diverging palette', async () => {
    const layer = page.getByTestId('measure-layer');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="measure-layer"]')?.getAttribute('data-cells') ?? 0) > 0, null, { timeout: 60_000 });
    const cells = Number(await layer.getAttribute('data-cells'));
    assert.ok(cells > 1000, `${cells} cells`);
    const map = page.getByTestId('map');
    const diffPixels = async () => {
      await waitForMapIdle(page);
      const img = decodePng(await map.screenshot());
      return DIFF_STEPS.filter((s) => s.minDb !== -3).reduce((n, s) => n + countColour(img, [s.rgba[0], s.rgba[1], s.rgba[2]], 4), 0);
    };
    await page.getByTestId('layer-coverage').uncheck();
    await page.getByTestId('layer-measurements').uncheck();
    const off = await diffPixels();
    await page.getByTestId('layer-measurements').check();
    await page.getByTestId('measure-view').selectOption('difference');
    const on = await diffPixels();
    await page.screenshot({ path: `${OUT}/measurements-difference-vi-1280.png` });
    assert.ok(on > off + 500, `diverging pixels ${off} without the layer, ${on} with it`);
    assert.match(await page.getByTestId('measure-legend').innerText(), /Đo − dự báo, dB \(4G\)/);
    await page.getByTestId('lang').selectOption('en');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await waitForMapIdle(page);
    assert.match(await page.getByTestId('measure-legend').innerText(), /Measured − predicted, dB \(4G\)/);
    await page.screenshot({ path: `${OUT}/measurements-difference-en-1920.png` });
    await page.getByTestId('measure-view').selectOption('level');
    await page.getByTestId('layer-coverage').check();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUT}/measurements-level-en-1920.png` });
    // over the coverage, whose colours the level dots share, the dots read by their dark outline
    const outlinePixels = async () => {
      await waitForMapIdle(page);
      return countColour(decodePng(await map.screenshot()), [MEASUREMENT_OUTLINE[0], MEASUREMENT_OUTLINE[1], MEASUREMENT_OUTLINE[2]], 10);
    };
    const withDots = await outlinePixels();
    await page.getByTestId('layer-measurements').uncheck();
    const withoutDots = await outlinePixels();
    await page.getByTestId('layer-measurements').check();
    assert.ok(withDots > withoutDots + 2000, `outline pixels ${withoutDots} without the layer, ${withDots} with it`);
    await page.getByTestId('lang').selectOption('vi');
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.deepEqual(errors, []);
  });

  it('the statistics panel shows the errors against the prediction, the verdict agreement, the charts and the communes', async () => {
    await page.getByTestId('tab-measurements').click();
    const stats = page.getByTestId('measure-stats');
    await stats.waitFor({ timeout: 60_000 });
    const count = Number(await stats.getAttribute('data-count'));
    const samples = dataRows;
    assert.ok(count > samples * 0.9 && count <= samples, `${count} compared of ${samples}`);
    const dbOf = async (id: string) => Number((await page.getByTestId(id).innerText()).replace('−', '-').replace(',', '.').replace(/[^\d.-]/g, ''));
    // 6 dB shadowing on known per-class offsets of up to 4 dB: the RMSE lies between them and their sum
    const rmse = await dbOf('measure-stat-rmse');
    assert.ok(rmse > 5.5 && rmse < 10, `RMSE ${rmse}`);
    assert.ok(Math.abs(await dbOf('measure-stat-mean')) < 4);
    const agree = await dbOf('measure-stat-agree');
    assert.ok(agree > 60 && agree <= 100, `agreement ${agree} %`);
    assert.ok(Number(await page.getByTestId('measure-histogram').getAttribute('data-bars')) > 8);
    assert.equal(Number(await page.getByTestId('measure-scatter').getAttribute('data-points')), Math.min(3000, count));
    assert.ok((await page.getByTestId('measure-by-class').locator('tbody tr').count()) >= 3);
    assert.ok((await page.getByTestId('measure-by-site').locator('tbody tr').count()) > 5);
    assert.ok((await page.getByTestId('measure-communes').locator('tbody tr').count()) > 10);
    // indoor samples stay out of the fit unless asked for
    assert.equal(await page.getByTestId('measure-fit-indoor').isChecked(), false);
    assert.match(await page.getByTestId('measure-fit').innerText(), /Khớp cả các mẫu đo trong nhà/);
    // the fit, reviewed: the offsets the generator added come back (classes with enough samples), checked on held-out samples
    await page.getByTestId('measure-fit-run').click();
    const fitted = page.getByTestId('measure-fit-summary');
    await fitted.waitFor({ timeout: 60_000 });
    const rows = await page.getByTestId('measure-fit-offsets').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      code: Number(tr.getAttribute('data-code')), offset: Number(tr.getAttribute('data-offset')), samples: Number((tr.children[1]?.textContent ?? '').replace(/\D/g, '')),
    })));
    const checked = rows.filter((r) => r.samples >= 500);
    assert.ok(checked.length >= 3, JSON.stringify(rows));
    for (const r of checked) assert.ok(Math.abs(r.offset - (DEFAULT_DRIVE_TEST.offsetsDb[r.code] ?? 0)) < 1, `class ${r.code}: ${r.offset} dB`);
    const after = Number(await fitted.getAttribute('data-after'));
    assert.ok(after < Number(await fitted.getAttribute('data-before')) && Math.abs(after - DEFAULT_DRIVE_TEST.shadowSigmaDb) < 0.7, `held-out RMSE after ${after}`);
    await page.screenshot({ path: `${OUT}/measurements-stats-vi-1280.png` });
    await page.getByTestId('measure-fit').screenshot({ path: `${OUT}/measurements-fit-vi-1280.png` });
    await page.getByTestId('lang').selectOption('en');
    await page.setViewportSize({ width: 1920, height: 1080 });
    assert.match(await stats.innerText(), /Measured against predicted \(4G\)/i);
    await page.screenshot({ path: `${OUT}/measurements-stats-en-1920.png` });
    await page.getByTestId('lang').selectOption('vi');
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.deepEqual(errors, []);
  });

  it('the reviewed fit is applied as one undoable step: the 4G area changes, undo restores it, redo applies it again', async () => {
    const area = async () => Number(await page.getByTestId('commune-total-area').getAttribute('data-pct'));
    const areaNot = (pct: number) => page.waitForFunction((p) => {
      const v = Number(document.querySelector('[data-testid="commune-total-area"]')?.getAttribute('data-pct'));
      return v !== p && document.querySelector('[data-testid="status"]')?.getAttribute('data-state') === 'ready';
    }, pct, { timeout: 90_000 });
    await page.getByTestId('tab-figures').click();
    const uncalibrated = await area();
    await page.getByTestId('tab-measurements').click();
    await page.getByTestId('measure-fit-run').click();
    await page.getByTestId('measure-fit-summary').waitFor({ timeout: 60_000 });
    await page.getByTestId('measure-fit-apply').click();
    await page.getByTestId('tab-figures').click();
    await areaNot(uncalibrated);
    const calibrated = await area();
    assert.match(await page.getByTestId('indicators-calibrated').innerText(), /^hiệu chỉnh với [\d.]+ mẫu đo, RMSE \d+,\d dB$/);
    assert.match(await page.getByTestId('commune-table-calibrated').innerText(), /hiệu chỉnh với/);
    assert.match(await page.getByTestId('calibration-applied').first().textContent() ?? '', /drive-test\.csv/);
    await page.getByTestId('undo').click();
    await areaNot(calibrated);
    assert.equal(await area(), uncalibrated, 'undo restores the uncalibrated figure');
    assert.equal(await page.getByTestId('indicators-calibrated').count(), 0);
    await page.getByTestId('redo').click();
    await areaNot(uncalibrated);
    assert.equal(await area(), calibrated, 'redo applies it again');
    assert.deepEqual(errors, []);
  });

  it('a level column of text, samples all outside the province and one 50 MB line are refused by file name; nothing is kept', async () => {
    const cases: [string, string, string][] = [
      ['text-level.csv', 'lat,lon,rsrp\n12.1,107.5,good\n12.2,107.5,bad\n', 'm-no-samples'],
      ['hanoi.csv', 'lat,lon,rsrp\n21.0,105.8,-90\n21.1,105.9,-91\n', 'm-none-inside'],
      ['one-line.csv', `lat,lon,rsrp,${'x'.repeat(50 * 1024 * 1024)}`, 'm-line-too-long'],
    ];
    for (const [name, text, code] of cases) {
      const file = join(TMP, name);
      writeFileSync(file, text);
      await importFile(page, file);
      const refused = page.getByTestId('measure-refused');
      assert.equal(await refused.getAttribute('data-code'), code);
      assert.match(await refused.innerText(), new RegExp(`Không nhập được mẫu đo từ ${name.replace('.', '\\.')}; dự án giữ nguyên\\.`));
      assert.equal(await page.getByTestId('measure-commit').count(), 0);
      await page.getByTestId('measure-cancel').click();
    }
    assert.doesNotMatch(await notices(page), /Đã nhập .* mẫu đo từ (text-level|hanoi|one-line)/);
    assert.deepEqual(errors, []);
  });

  it('the measurements survive a reload: stored with the project in the browser, drawn and compared again', async () => {
    await page.reload();
    await ready(page);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="measure-layer"]')?.getAttribute('data-cells') ?? 0) > 1000, null, { timeout: 90_000 });
    assert.match(await page.getByTestId('measure-layer').innerText(), /drive-test\.csv/);
    await page.getByTestId('tab-measurements').click();
    const count = Number(await page.getByTestId('measure-stats').getAttribute('data-count'));
    assert.ok(count > dataRows * 0.9, `${count} compared after the reload`);
    await page.getByTestId('tab-figures').click();
    await page.getByTestId('indicators-calibrated').waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId('calibration-applied').first().textContent() ?? '', /drive-test\.csv/, 'the calibration and its source are kept');
  });

  it('the printed page says the calibration with its samples and RMSE', async () => {
    await waitForMapIdle(page);
    await page.getByTestId('print-open').click();
    await page.getByTestId('print-view').waitFor();
    await page.waitForSelector('[data-testid="print-preview"][data-ready="true"]', { timeout: 90_000 });
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.getByTestId('print-pdf').click()]);
    const pdf = `${OUT}/measurements-calibrated.pdf`;
    await dl.saveAs(pdf);
    const text = execFileSync('/usr/bin/pdftotext', ['-f', '1', '-l', '1', pdf, '-']).toString().replace(/\s+/g, ' ');
    assert.match(text, /hiệu chỉnh với [\d.]+ mẫu đo, RMSE \d+,\d dB/, text.slice(-600));
    assert.deepEqual(errors, []);
  });
});
