/**
 * Persistence under faults, in Chromium: the page killed while an autosave is in flight, IndexedDB missing or
 * refusing to open, a full disk, and a project file from a newer PhuSong.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { importProjectFile } from '../../src/io/store/project-file';
import { startHarness, waitForMapIdle, type Harness, waitForCsvRead } from './harness';
import { editFirstStoredProject } from './stored-projects';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });
const VIEWPORT = { width: 1500, height: 900 };

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="status"][data-state="ready"], [data-testid="status"][data-state="failed"]', { timeout: 120_000 });
  assert.equal(await page.getByTestId('status').getAttribute('data-state'), 'ready', 'the app boots to ready');
}

async function savedAt(page: Page): Promise<string> {
  return (await page.getByTestId('saved-state').getAttribute('data-saved-at')) ?? '';
}

/** Waits until the autosave stamps a save newer than `prev`. */
async function waitForSave(page: Page, prev: string): Promise<void> {
  await page.waitForFunction(
    (p) => (document.querySelector('[data-testid="saved-state"]')?.getAttribute('data-saved-at') ?? '') > p,
    prev,
    { timeout: 30_000 },
  );
}

const errorNotices = (page: Page) => page.locator('.notice-error').allInnerTexts();

/** Test-side instrumentation only: reports each project save (a readwrite transaction over "payload") on the console. */
function reportSaves(): void {
  const open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
    const tx = open.call(this, names, mode, options);
    const list = typeof names === 'string' ? [names] : [...names];
    if (mode === 'readwrite' && list.includes('payload')) {
      const t0 = performance.now();
      console.debug('phusong-save start');
      tx.addEventListener('complete', () => console.debug(`phusong-save complete ${Math.round(performance.now() - t0)}`));
      tx.addEventListener('abort', () => console.debug('phusong-save abort'));
    }
    return tx;
  } as typeof open;
}

interface SaveLog {
  started: number;
  completed: number;
  durations: number[];
  startWaiters: (() => void)[];
}

function watchSaves(page: Page): SaveLog {
  const log: SaveLog = { started: 0, completed: 0, durations: [], startWaiters: [] };
  page.on('console', (m) => {
    const text = m.text();
    if (text === 'phusong-save start') {
      log.started += 1;
      for (const w of log.startWaiters.splice(0)) w();
    } else if (text.startsWith('phusong-save complete')) {
      log.completed += 1;
      log.durations.push(Number(text.split(' ')[2]));
    }
  });
  return log;
}

function nextSaveStart(log: SaveLog): Promise<void> {
  return new Promise((resolve) => log.startWaiters.push(resolve));
}

/** Communes covering one block of the province: `n` vertical strips of 107.5–107.9° E, 12.0–12.2° N. */
function stripsGeoJson(n: number): string {
  const w = 0.4 / n;
  const features = Array.from({ length: n }, (_, i) => {
    const x0 = Number((107.5 + i * w).toFixed(6));
    const x1 = Number((107.5 + (i + 1) * w).toFixed(6));
    return {
      type: 'Feature',
      properties: { code: `K${n}-${i}`, name: `Xã Dải ${n}-${i}`, type: 'Xã', population: 1000 + i },
      geometry: { type: 'Polygon', coordinates: [[[x0, 12.0], [x1, 12.0], [x1, 12.2], [x0, 12.2], [x0, 12.0]]] },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** Three new sites inside the strips, with ids of their own. */
const threeSitesCsv = (tag: string) =>
  ['site_id,lat,lon,height_m,tech,band_mhz', ...[0, 1, 2].map((k) => `${tag}-${k},12.1,${(107.6 + k * 0.1).toFixed(2)},30,4G,1800`)].join('\n');

/** What a reopened project is, in terms an import changes: its communes and the sites inside them. */
interface LayerState {
  units: number;
  sites: number;
}

async function layerState(page: Page): Promise<LayerState> {
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="commune-table"] tbody tr').length > 0, null, { timeout: 60_000 });
  const units = await page.locator('[data-testid="commune-table"] tbody tr').count();
  const sites = Number((await page.locator('[data-testid="commune-table"] tfoot td').last().innerText()).replace(/\D/g, ''));
  return { units, sites };
}

async function kill(context: BrowserContext, page: Page, how: 'crash' | 'close'): Promise<void> {
  if (how === 'crash') {
    const cdp = await context.newCDPSession(page);
    // Page.crash never answers: the renderer is gone.
    void cdp.send('Page.crash').catch(() => undefined);
    await page.waitForEvent('crash', { timeout: 10_000 }).catch(() => undefined);
  }
  await page.close({ runBeforeUnload: false }).catch(() => undefined);
}

describe('persistence under faults', () => {
  let h: Harness;

  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('a page killed during an autosave reopens on the old or the new project, never a broken one', async () => {
    const context = await h.browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(reportSaves);
    const pageErrors: string[] = [];
    const open = async (): Promise<{ page: Page; log: SaveLog }> => {
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(e.message));
      const log = watchSaves(page);
      await page.goto(h.baseUrl);
      await ready(page);
      return { page, log };
    };

    // First run: the demo is saved once; time a save to place the kills.
    let { page, log } = await open();
    if ((await savedAt(page)) === '') await waitForSave(page, '');
    const t0 = await savedAt(page);
    await page.getByTestId('scenario-name').fill('Calibration');
    await waitForSave(page, t0);
    const saveMs = log.durations.at(-1) ?? 0;
    let previous = 'Calibration';

    // [when, ms]: 'change' counts from the edit (the autosave waits 500 ms, so short delays kill before the save),
    // 'save' counts from the moment the save's transaction opened.
    const plan: ['change' | 'save', number][] = [
      ['change', 0], ['change', 100],
      ['save', 0], ['save', 10], ['save', 35], ['save', 75],
      ['save', Math.round(saveMs * 0.9)], ['save', Math.round(saveMs * 1.5)],
    ];
    const outcomes = { old: 0, new: 0, midSave: 0, midSaveOld: 0, midSaveNew: 0 };
    const killAt = async (i: number, when: 'change' | 'save', ms: number): Promise<void> => {
      const name = `Kill ${i} ${when}+${ms}`;
      const startedBefore = log.started;
      const completedBefore = log.completed;
      const saveStarts = nextSaveStart(log);
      await page.getByTestId('scenario-name').fill(name);
      if (when === 'save') await saveStarts;
      if (ms > 0) await new Promise((r) => setTimeout(r, ms));
      const midSave = log.started > startedBefore && log.completed === completedBefore;
      await kill(context, page, i % 2 === 0 ? 'crash' : 'close');

      ({ page, log } = await open());
      const found = await page.getByTestId('scenario-name').inputValue();
      assert.ok(found === previous || found === name, `after kill ${i} (${when}+${ms} ms) the scenario is "${found}", expected "${previous}" or "${name}"`);
      assert.equal(await page.getByTestId('scenario-select').locator('option').count(), 1, 'one scenario, intact');
      assert.deepEqual(await errorNotices(page), [], `no error notice after kill ${i}`);
      const kept = found === name ? 'new' : 'old';
      outcomes[kept] += 1;
      if (midSave) {
        outcomes.midSave += 1;
        outcomes[kept === 'new' ? 'midSaveNew' : 'midSaveOld'] += 1;
      }
      previous = found;
    };
    for (const [i, [when, ms]] of plan.entries()) await killAt(i, when, ms);
    // Where a save is over before the planned delays (a fast or a busy machine), more kills right at a save's start
    // make sure the mid-save case is met at least three times.
    let kills = plan.length;
    while (outcomes.midSave < 3 && kills < plan.length + 6) await killAt(kills++, 'save', 0);
    await page.getByTestId('projects').click();
    await page.getByTestId('project-row').first().waitFor();
    assert.equal(await page.getByTestId('project-row').count(), 1, 'still exactly one stored project');
    await page.screenshot({ path: `${OUT}/faults-after-kills.png` });
    console.log(`mid-save kill: one save of the demo takes ~${saveMs} ms; ${kills} kills → ${JSON.stringify(outcomes)}`);
    assert.ok(outcomes.midSave >= 3, `at least 3 kills landed while a save was in flight (${outcomes.midSave})`);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  it('a page killed while an import is committed and autosaved reopens on the old or the new layers, never a mix or empty', async () => {
    const context = await h.browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(reportSaves);
    const pageErrors: string[] = [];
    const open = async (): Promise<{ page: Page; log: SaveLog }> => {
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(e.message));
      const log = watchSaves(page);
      await page.goto(h.baseUrl);
      await ready(page);
      return { page, log };
    };

    // First run: the demo's communes replaced by two strips, saved; the block the later imports work on.
    let { page, log } = await open();
    if ((await savedAt(page)) === '') await waitForSave(page, '');
    const demoSaved = await savedAt(page);
    await page.getByTestId('import-input').setInputFiles({ name: 'dai-2.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(stripsGeoJson(2)) });
    await waitForSave(page, demoSaved);
    await page.reload();
    await ready(page);
    let previous: LayerState = await layerState(page);
    assert.equal(previous.units, 2);

    // Each kill: an import (strips swapped 2 ↔ 3, or three sites added from a CSV), killed `ms` after the commit
    // ('commit') or after the autosave's transaction opened ('save').
    const plan: ['commit' | 'save', number][] = [
      ['commit', 0], ['commit', 0], ['commit', 150], ['commit', 150], ['commit', 400], ['commit', 400],
      ['save', 0], ['save', 0], ['save', 10], ['save', 10], ['save', 40], ['save', 40],
    ];
    const outcomes = { old: 0, new: 0, beforeSave: 0, midSave: 0, midSaveOld: 0, midSaveNew: 0 };
    for (const [i, [when, ms]] of plan.entries()) {
      const csv = i % 2 === 1;
      const expected: LayerState = csv ? { units: previous.units, sites: previous.sites + 3 } : { units: previous.units === 2 ? 3 : 2, sites: previous.sites };
      if (csv) {
        await page.getByTestId('import-input').setInputFiles({ name: `tram-${i}.csv`, mimeType: 'text/csv', buffer: Buffer.from(threeSitesCsv(`KILL${i}`)) });
        await waitForCsvRead(page, 60_000);
        await page.getByTestId('import-next').click();
        await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
        await page.getByTestId('import-mode-add').check();
      }
      const startedBefore = log.started;
      const completedBefore = log.completed;
      const saveStarts = nextSaveStart(log);
      if (csv) await page.getByTestId('import-commit').click();
      else {
        const geojson = stripsGeoJson(expected.units);
        await page.getByTestId('import-input').setInputFiles({ name: `dai-${expected.units}.geojson`, mimeType: 'application/geo+json', buffer: Buffer.from(geojson) });
        // The strips imported before are real data: replacing them is asked for, and the commit is this click.
        await page.getByTestId('import-commit').click();
      }
      if (when === 'save') await saveStarts;
      if (ms > 0) await new Promise((r) => setTimeout(r, ms));
      const saving = log.started > startedBefore && log.completed === completedBefore;
      const unsaved = log.completed === completedBefore;
      await kill(context, page, i % 4 < 2 ? 'crash' : 'close');

      ({ page, log } = await open());
      const found = await layerState(page);
      const label = `after kill ${i} (${csv ? 'CSV' : 'GeoJSON'} import, ${when}+${ms} ms)`;
      const kept: 'old' | 'new' = found.units === expected.units && found.sites === expected.sites ? 'new' : 'old';
      assert.deepEqual(found, kept === 'new' ? expected : previous, `${label}: ${JSON.stringify(found)}, expected ${JSON.stringify(previous)} or ${JSON.stringify(expected)}`);
      assert.deepEqual(await errorNotices(page), [], `no error notice ${label}`);
      outcomes[kept] += 1;
      if (saving) {
        outcomes.midSave += 1;
        outcomes[kept === 'new' ? 'midSaveNew' : 'midSaveOld'] += 1;
      } else if (unsaved) outcomes.beforeSave += 1;
      previous = found;
    }
    await page.getByTestId('projects').click();
    await page.getByTestId('project-row').first().waitFor();
    assert.equal(await page.getByTestId('project-row').count(), 1, 'still exactly one stored project');
    await page.screenshot({ path: `${OUT}/faults-after-import-kills.png` });
    console.log(`import-commit kill: ${plan.length} kills → ${JSON.stringify(outcomes)}`);
    assert.ok(outcomes.midSave + outcomes.beforeSave >= 6, `at least 6 kills landed before the import's save completed (${JSON.stringify(outcomes)})`);
    assert.ok(outcomes.midSave >= 2, `at least 2 kills landed while the import's save was in flight (${outcomes.midSave})`);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  for (const [label, init] of [
    ['window.indexedDB is missing', () => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })],
    [
      'indexedDB.open() throws',
      () => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        };
      },
    ],
  ] as const) {
    it(`works in memory with a message and an export offer when ${label}`, async () => {
      const context = await h.browser.newContext({ viewport: VIEWPORT });
      await context.addInitScript(init);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(h.baseUrl);
      await ready(page);
      const warning = page.locator('.notice-warning', { hasText: 'Không lưu được dự án trong trình duyệt này' });
      await warning.waitFor({ timeout: 10_000 });
      assert.match(await warning.innerText(), /trình duyệt không cho lưu \(cửa sổ ẩn danh hoặc dữ liệu trang bị chặn\)/, 'the reason is in Vietnamese');
      assert.match(await page.getByTestId('saved-state').innerText(), /Không lưu \(bộ nhớ tạm\)/);

      // Editing still works: rename the scenario, add a second one.
      await page.getByTestId('scenario-name').fill('Làm trong bộ nhớ');
      await page.getByTestId('scenario-new').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="scenario-select"] option').length === 2);
      await waitForMapIdle(page);
      await page.screenshot({ path: `${OUT}/faults-no-idb-${label.startsWith('window') ? 'missing' : 'open-throws'}.png` });

      const download = page.waitForEvent('download');
      await warning.getByTestId('notice-action').click();
      const file = await download;
      assert.match(file.suggestedFilename(), /\.phusong\.json$/);
      const read = importProjectFile(readFileSync(await file.path(), 'utf8'), file.suggestedFilename());
      assert.ok('project' in read, `the export is a valid project file: ${'errors' in read ? read.errors.join('; ') : ''}`);
      assert.deepEqual(read.project.scenarios.map((s) => s.name).sort(), ['Kịch bản 2', 'Làm trong bộ nhớ'].sort());
      assert.deepEqual(await errorNotices(page), []);
      assert.deepEqual(pageErrors, []);
      await context.close();
    });
  }

  it('a full disk: the failed save says so, offers export, keeps the stored copy, and saving resumes once there is room', async () => {
    const context = await h.browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { __diskFull?: boolean }).__diskFull && this.name === 'parts') {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return put.apply(this, args);
      };
    });
    const page = await context.newPage();
    await page.goto(h.baseUrl);
    await ready(page);
    if ((await savedAt(page)) === '') await waitForSave(page, '');
    let stamp = await savedAt(page);
    await page.getByTestId('scenario-name').fill('Đã lưu');
    await waitForSave(page, stamp);
    stamp = await savedAt(page);

    await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true));
    await page.getByTestId('scenario-name').fill('Chưa lưu được');
    const failure = page.locator('.notice-error');
    await failure.waitFor({ timeout: 10_000 });
    assert.match(await failure.innerText(), /Không lưu được dự án: bộ nhớ của trình duyệt dành cho trang này đã đầy/);
    await page.getByTestId('scenario-name').fill('Chưa lưu được 2');
    await page.waitForTimeout(1200);
    assert.equal(await failure.count(), 1, 'one notice, not one per keystroke');
    await page.screenshot({ path: `${OUT}/faults-quota.png` });

    const download = page.waitForEvent('download');
    await failure.getByTestId('notice-action').click();
    const read = importProjectFile(readFileSync(await (await download).path(), 'utf8'), 'export.json');
    assert.ok('project' in read);
    assert.equal(read.project.scenarios[0]?.name, 'Chưa lưu được 2');

    // The stored copy is the last good save.
    const other = await context.newPage();
    await other.goto(h.baseUrl);
    await ready(other);
    assert.equal(await other.getByTestId('scenario-name').inputValue(), 'Đã lưu');
    await other.close();

    await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = false));
    await page.getByTestId('scenario-name').fill('Lưu lại được');
    await waitForSave(page, stamp);
    await page.reload();
    await ready(page);
    assert.equal(await page.getByTestId('scenario-name').inputValue(), 'Lưu lại được');
    await context.close();
  });

  it('refuses a project file from a newer PhuSong and leaves the stored projects alone', async () => {
    const context = await h.browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(h.baseUrl);
    await ready(page);
    if ((await savedAt(page)) === '') await waitForSave(page, '');
    await page.getByTestId('projects').click();
    await page.getByTestId('projects-dialog').waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('project-export').click();
    const current = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { project: Record<string, unknown> };
    const future = { format: 'phusong-project', project: { ...current.project, name: 'Bản 2030', schemaVersion: 99 } };
    await page.getByTestId('project-import-input').setInputFiles({
      name: 'ban-2030.phusong.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(future)),
    });
    const notice = page.locator('.notice-error', { hasText: 'ban-2030.phusong.json' });
    await notice.waitFor({ timeout: 10_000 });
    assert.match(await notice.innerText(), /Không mở được ban-2030\.phusong\.json: tệp được lưu bởi một phiên bản PhuSong mới hơn \(lược đồ 99; phiên bản này đọc đến lược đồ 1\)/);
    await page.screenshot({ path: `${OUT}/faults-newer-schema.png` });
    assert.equal(await page.getByTestId('project-row').count(), 1);
    assert.doesNotMatch(await page.getByTestId('projects-dialog').innerText(), /Bản 2030/);
    await page.reload();
    await ready(page);
    assert.equal(await page.getByTestId('scenario-select').locator('option').count(), 1);
    assert.deepEqual(await errorNotices(page), []);
    await context.close();
  });

  it('refuses a project file with a 100,000-deep unknown field or a bad schema version in one short Vietnamese message', async () => {
    const context = await h.browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(h.baseUrl);
    await ready(page);
    if ((await savedAt(page)) === '') await waitForSave(page, '');
    await page.getByTestId('projects').click();
    await page.getByTestId('projects-dialog').waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('project-export').click();
    const text = readFileSync(await (await download).path(), 'utf8');
    const current = JSON.parse(text) as { project: Record<string, unknown> };
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const files: [string, string, RegExp][] = [
      ['sau.phusong.json', `${text.slice(0, -2)},"extra":${deep}}}`, /^Không mở được sau\.phusong\.json: dữ liệu lồng nhau sâu hơn 100 cấp/],
      ['chuoi.phusong.json', JSON.stringify({ format: 'phusong-project', project: { ...current.project, schemaVersion: '1' } }), /^Không mở được chuoi\.phusong\.json: Dự án “.+” không mở được: phiên bản lược đồ "1" không phải là số$/],
      ['le.phusong.json', JSON.stringify({ format: 'phusong-project', project: { ...current.project, schemaVersion: 1.5 } }), /^Không mở được le\.phusong\.json: Dự án “.+” không mở được: phiên bản lược đồ 1\.5 không phải là số nguyên$/],
      ['am.phusong.json', JSON.stringify({ format: 'phusong-project', project: { ...current.project, schemaVersion: -1 } }), /^Không mở được am\.phusong\.json: Dự án “.+” không mở được: phiên bản lược đồ -1 nhỏ hơn 0$/],
    ];
    for (const [name, body, expected] of files) {
      await page.getByTestId('project-import-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      const notice = page.locator('.notice-error', { hasText: name });
      await notice.waitFor({ timeout: 30_000 });
      const shown = await notice.locator('.notice-head > span').innerText();
      assert.match(shown, expected);
      assert.ok(shown.length < 300, `a short message for ${name}: ${shown.length} characters`);
    }
    await page.screenshot({ path: `${OUT}/faults-bad-project-files.png` });
    assert.equal(await page.getByTestId('project-row').count(), 1, 'nothing was stored');
    await page.reload();
    await ready(page);
    assert.deepEqual(await errorNotices(page), []);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  it('a stored site the engine cannot compute is announced, naming the site and the field, not silently dropped', async () => {
    const context = await h.browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(h.baseUrl);
    await ready(page);
    if ((await savedAt(page)) === '') await waitForSave(page, '');
    // As a project stored by a build with looser checks: the first site's mast set to 0 m, straight in IndexedDB.
    const siteId = await editFirstStoredProject(page, (project: { baseline: { sites: { id: string; heightM: number }[] } }) => {
      const site = project.baseline.sites[0];
      if (!site) throw new Error('no site');
      site.heightM = 0;
      return site.id;
    });
    await page.reload();
    await ready(page);
    const notice = page.locator('.notice-warning', { hasText: 'Tính vùng phủ: 1 trạm không được tính' });
    await notice.waitFor({ timeout: 30_000 });
    await notice.locator('summary').click();
    assert.ok(
      (await notice.innerText()).includes(`Trạm ${siteId} không được tính: chiều cao anten (heightM): 0 phải lớn hơn 0`),
      await notice.innerText(),
    );
    await page.screenshot({ path: `${OUT}/faults-engine-refusal.png` });
    assert.deepEqual(pageErrors, []);
    await context.close();
  });
});
