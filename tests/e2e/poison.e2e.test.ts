/**
 * Data that would break the project for good, in Chromium: the 241-byte world polygon (and a commune far from the
 * others) is refused with a message and the open project, its communes and coverage, are left as they were; a stored
 * project poisoned with a ring of two positions opens ready with the reason, an export and a way to remove the bad
 * commune, after which it computes and is stored repaired.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openFresh, startHarness, type Harness } from './harness';
import { editFirstStoredProject } from './stored-projects';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });
const VIEWPORT = { width: 1500, height: 900 };
const WORLD = join(import.meta.dirname, '../fixtures/malformed/world-polygon-unit.geojson');

const communeRows = (page: Page) => page.locator('[data-testid="commune-table"] tbody tr').count();
const communes = (page: Page) => page.getByTestId('commune-table').innerText();
const errorNotices = (page: Page) => page.locator('.notice-error');

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="status"][data-state="ready"], [data-testid="status"][data-state="failed"]', { state: 'attached', timeout: 120_000 });
  assert.equal(await page.getByTestId('status').getAttribute('data-state'), 'ready', 'the app is ready');
}

async function waitForSave(page: Page, prev: string): Promise<void> {
  await page.waitForFunction(
    (p) => (document.querySelector('[data-testid="saved-state"]')?.getAttribute('data-saved-at') ?? '') > p,
    prev,
    { timeout: 30_000 },
  );
}

const savedAt = async (page: Page): Promise<string> => (await page.getByTestId('saved-state').getAttribute('data-saved-at')) ?? '';

describe('data that would break the project', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h.close();
  });

  it('the world polygon and a far commune are refused with a message; communes and coverage are unchanged, also after a reload', async () => {
    const { context, page, errors } = await openFresh(h, VIEWPORT);
    if ((await savedAt(page)) === '') await waitForSave(page, '');
    const rows = await communeRows(page);
    const before = await communes(page);
    assert.ok(rows > 60, `${rows} communes`);

    await page.getByTestId('import-input').setInputFiles(WORLD);
    const world = errorNotices(page).filter({ hasText: 'world-polygon-unit.geojson' });
    await world.waitFor({ timeout: 30_000 });
    assert.match(await world.innerText(), /Không đọc được world-polygon-unit\.geojson: đối tượng 0: bị loại: trải rộng [\d,]+ km²; lưới tính vùng phủ chứa tối đa 1,000,000 km² \(ô 100 m\)/);

    const far = JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { code: 'A1', name: 'Gần' }, geometry: { type: 'Polygon', coordinates: [[[107.6, 12], [107.7, 12], [107.7, 12.1], [107.6, 12.1], [107.6, 12]]] } },
      { type: 'Feature', properties: { code: 'A2', name: 'Xa tít' }, geometry: { type: 'Polygon', coordinates: [[[10, 5], [10.1, 5], [10.1, 5.1], [10, 5.1], [10, 5]]] } },
    ] });
    await page.getByTestId('import-input').setInputFiles({ name: 'xa-xa.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(far) });
    const farNotice = errorNotices(page).filter({ hasText: 'xa-xa.geojson' });
    await farNotice.waitFor({ timeout: 30_000 });
    assert.match(await farNotice.innerText(), /^Không nhập xa-xa\.geojson: xã "A2" \(Xa tít\) làm vùng tính phủ sóng rộng [\d.]+ km² .*Dữ liệu đang mở không thay đổi\./);
    await page.screenshot({ path: `${OUT}/poison-world-refused.png` });

    await ready(page);
    assert.equal(await communeRows(page), rows);
    assert.equal(await communes(page), before);
    await page.reload();
    await ready(page);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="commune-table"] tbody tr').length === n, rows, { timeout: 60_000 });
    assert.equal(await communes(page), before);
    assert.equal(await errorNotices(page).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a stored project with a 2-point ring opens ready with the reason, export and removal; removing repairs it for good', async () => {
    const { context, page, errors } = await openFresh(h, VIEWPORT);
    if ((await savedAt(page)) === '') await waitForSave(page, '');
    const rows = await communeRows(page);
    // As a project stored by a build that let it through: the first commune's ring cut to two positions.
    const poisoned = await editFirstStoredProject(page, (project: { baseline: { units: { code: string; name: string; geometry: unknown }[] } }) => {
      const first = project.baseline.units[0];
      if (!first) throw new Error('no unit');
      first.geometry = { type: 'Polygon', coordinates: [[[107.7, 12], [107.8, 12.1]]] };
      return { code: first.code, name: first.name };
    });
    await page.reload();
    await ready(page);
    const notice = errorNotices(page).filter({ hasText: 'không tính được vùng phủ' });
    await notice.waitFor({ timeout: 60_000 });
    const text = await notice.innerText();
    assert.ok(text.includes(`xã "${poisoned.code}" (${poisoned.name}): có vòng chỉ gồm 2 vị trí; một vòng cần ít nhất 4`), text);
    const buttons = notice.getByTestId('notice-action');
    assert.deepEqual(await buttons.allInnerTexts(), ['Xuất dự án ra tệp', 'Xóa 1 đối tượng lỗi']);
    await page.screenshot({ path: `${OUT}/poison-stored-safe-state.png` });

    const download = page.waitForEvent('download');
    await buttons.nth(0).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { project: { baseline: { units: { code: string }[] } } };
    assert.equal(exported.project.baseline.units.length, rows, 'the export holds every commune, the bad one included');

    const saved = await savedAt(page);
    await buttons.nth(1).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="commune-table"] tbody tr').length === n - 1, rows, { timeout: 60_000 });
    await ready(page);
    assert.equal(await errorNotices(page).count(), 0);
    assert.ok(!(await communes(page)).includes(poisoned.name), 'the bad commune is gone from the table');
    await waitForSave(page, saved);
    await page.reload();
    await ready(page);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="commune-table"] tbody tr').length === n - 1, rows, { timeout: 60_000 });
    assert.equal(await errorNotices(page).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
