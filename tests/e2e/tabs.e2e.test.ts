/**
 * One project open in two tabs of one browser (two pages of one context share IndexedDB). Tab A renames a
 * scenario and saves; tab B, opened on the same project, writes a note. A's rename must never be lost silently:
 * with tab coordination B opens read-only, follows A and can take over; without it (no Web Locks, no
 * BroadcastChannel) B's stale save is refused, B is told and can keep both.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { storedProjects } from './stored-projects';

const RENAME = 'Phủ lõm 2027';
const NOTE = 'Ghi chú của thẻ B';

async function openTab(context: BrowserContext, baseUrl: string, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseUrl);
  await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 120_000 });
  return page;
}

/** Waits until the header says a save that started at or after `since` has landed. */
async function savedSince(page: Page, since: string): Promise<void> {
  await page.waitForFunction(
    (t) => {
      const el = document.querySelector('[data-testid="saved-state"]');
      return el?.getAttribute('data-state') === 'saved' && (el.getAttribute('data-saved-at') ?? '') >= t;
    },
    since,
    { timeout: 30_000 },
  );
}

const now = (page: Page) => page.evaluate(() => new Date().toISOString());

async function rename(page: Page): Promise<void> {
  const at = await now(page);
  await page.getByTestId('scenario-name').fill(RENAME);
  await page.getByTestId('scenario-name').blur();
  await savedSince(page, at);
}

interface StoredScenario {
  project: string;
  name: string;
  note: string;
}

/** Every scenario of every project in the browser's storage, read straight from IndexedDB. */
async function stored(page: Page): Promise<StoredScenario[]> {
  const projects = await storedProjects<{ name: string; scenarios: { name: string; note: string }[] }>(page);
  const rows = projects.flatMap((p) => p.scenarios.map((s) => ({ project: p.name, name: s.name, note: s.note })));
  return rows.sort((a, b) => a.project.localeCompare(b.project));
}

/** A browser without Web Locks and BroadcastChannel: only the store's revision check protects the project. */
async function uncoordinatedContext(h: Harness): Promise<BrowserContext> {
  const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(() => {
    Reflect.deleteProperty(Navigator.prototype, 'locks');
    Reflect.deleteProperty(globalThis, 'BroadcastChannel');
  });
  return context;
}

/** Tabs A and B open on one project; A renames the scenario and saves, then B writes a note and tries to save. */
async function renameThenNote(context: BrowserContext, baseUrl: string, errors: string[]): Promise<{ a: Page; b: Page }> {
  const a = await openTab(context, baseUrl, errors);
  await savedSince(a, '');
  const b = await openTab(context, baseUrl, errors);
  assert.equal(await b.getByTestId('tab-read-only').count(), 0, 'without coordination both tabs edit');
  await rename(a);
  assert.match(await a.getByTestId('saved-state').innerText(), /^Đã lưu /);
  await b.getByTestId('scenario-note').fill(NOTE);
  await b.getByTestId('scenario-note').blur();
  // B's save has been tried once the header leaves "unsaved" (refused: 'conflict'; before the fix it said 'saved').
  await b.waitForFunction(() => ['conflict', 'saved'].includes(document.querySelector('[data-testid="saved-state"]')?.getAttribute('data-state') ?? ''), null, {
    timeout: 30_000,
  });
  return { a, b };
}

describe('two tabs on one project in Chromium', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('without tab coordination, a stale save is refused: A\'s rename stays, B is told and keeps both', async () => {
    const errors: string[] = [];
    const context = await uncoordinatedContext(h);
    const { b } = await renameThenNote(context, h.baseUrl, errors);

    // Reopening shows A's rename: B's save did not overwrite it.
    const reopened = await openTab(context, h.baseUrl, errors);
    assert.equal(await reopened.getByTestId('scenario-name').inputValue(), RENAME);
    assert.equal(await reopened.getByTestId('scenario-note').inputValue(), '');
    await reopened.close();

    // B is told, and its work stays on screen.
    const banner = b.getByTestId('tab-conflict');
    assert.match(await banner.innerText(), /đã được lưu ở một thẻ hoặc cửa sổ khác/);
    assert.equal(await b.getByTestId('saved-state').getAttribute('data-state'), 'conflict');
    assert.doesNotMatch(await b.getByTestId('saved-state').innerText(), /Đã lưu/);
    assert.equal(await b.getByTestId('scenario-note').inputValue(), NOTE);

    const keptAt = await now(b);
    await b.getByTestId('tab-keep-both').click();
    await savedSince(b, keptAt);
    assert.equal(await b.getByTestId('tab-conflict').count(), 0);
    assert.match(await b.getByTestId('projects').innerText(), /\(bản sao\)$/);
    const rows = await stored(b);
    assert.equal(rows.length, 2, JSON.stringify(rows));
    const [original, copy] = rows;
    assert.deepEqual([original?.name, original?.note], [RENAME, '']);
    assert.match(copy?.project ?? '', /\(bản sao\)$/);
    assert.equal(copy?.note, NOTE);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('without tab coordination, the refused tab can reload the stored version and goes on saving on top of it', async () => {
    const errors: string[] = [];
    const context = await uncoordinatedContext(h);
    const { b } = await renameThenNote(context, h.baseUrl, errors);
    await b.getByTestId('tab-conflict').waitFor({ timeout: 10_000 });
    await b.getByTestId('tab-reload').click();
    await b.getByTestId('tab-conflict').waitFor({ state: 'detached', timeout: 30_000 });
    assert.equal(await b.getByTestId('scenario-name').inputValue(), RENAME);
    assert.equal(await b.getByTestId('scenario-note').inputValue(), '', 'the reload drops B\'s unsaved note, as its button says');
    assert.equal(await b.getByTestId('saved-state').getAttribute('data-state'), 'saved');
    await b.getByText(`Đã tải lại "Đắk Nông (dữ liệu mẫu)"`).first().waitFor({ timeout: 10_000 });

    const notedAt = await now(b);
    await b.getByTestId('scenario-note').fill('Ghi chú sau khi tải lại');
    await b.getByTestId('scenario-note').blur();
    await savedSince(b, notedAt);
    const rows = await stored(b);
    assert.deepEqual(rows.map((r) => [r.name, r.note]), [[RENAME, 'Ghi chú sau khi tải lại']]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('with tab coordination, the second tab opens read-only, follows the first and can take over editing', async () => {
    const errors: string[] = [];
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const a = await openTab(context, h.baseUrl, errors);
    await savedSince(a, '');
    const b = await openTab(context, h.baseUrl, errors);
    const readOnly = b.getByTestId('tab-read-only');
    await readOnly.waitFor({ timeout: 10_000 });
    assert.match(await readOnly.innerText(), /đang được sửa ở một thẻ khác/);
    assert.equal(await b.getByTestId('saved-state').getAttribute('data-state'), 'read-only');
    assert.equal(await a.getByTestId('tab-read-only').count(), 0);

    await rename(a);
    await b.waitForFunction((want) => (document.querySelector('[data-testid="scenario-name"]') as HTMLInputElement | null)?.value === want, RENAME, {
      timeout: 30_000,
    });

    await b.getByTestId('tab-take-over').click();
    await readOnly.waitFor({ state: 'detached', timeout: 30_000 });
    await a.getByTestId('tab-read-only').waitFor({ timeout: 30_000 });

    const notedAt = await now(b);
    await b.getByTestId('scenario-note').fill(NOTE);
    await b.getByTestId('scenario-note').blur();
    await savedSince(b, notedAt);
    await a.waitForFunction((want) => (document.querySelector('[data-testid="scenario-note"]') as HTMLTextAreaElement | null)?.value === want, NOTE, {
      timeout: 30_000,
    });

    const rows = await stored(b);
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.deepEqual([rows[0]?.name, rows[0]?.note], [RENAME, NOTE], 'both tabs\' work is stored');

    // When the editing tab closes, the read-only one edits again.
    await b.close();
    await a.getByTestId('tab-read-only').waitFor({ state: 'detached', timeout: 30_000 });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
