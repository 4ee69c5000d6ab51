import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openFresh, startHarness, waitForMapIdle, type Harness } from './harness';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

const count = async (page: Page, testId: string): Promise<number> => Number(await page.getByTestId(testId).getAttribute('data-count'));

describe('rules in Chromium: underserved villages, proposer accepted as a scenario, undergrounding, dashboard', () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];

  before(async () => {
    h = await startHarness();
    ({ page, errors } = await openFresh(h, { width: 1500, height: 1000 }, 90_000));
    await waitForMapIdle(page);
  });
  after(async () => {
    await h?.close();
  });

  it('lists underserved villages with reasons once indoor is on, proposes 3 sites and the accepted scenario covers exactly the promise', async () => {
    await page.getByTestId('tab-underserved').click();
    await page.getByTestId('underserved').waitFor();
    // The count is 0 until the first answer arrives: read the outdoor count only once the list is answered.
    await page.waitForSelector('[data-testid="us-count"][data-ready="true"]', { timeout: 60_000 });
    await page.locator('[data-testid="us-rules"] > summary').click();
    const outdoor = await count(page, 'us-count');
    await page.getByTestId('us-indoor').check();
    // The list is recomputed after the coverage: wait for its count to change, not only for rows and a ready status.
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="us-count"]')?.getAttribute('data-count')) !== n, outdoor, { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="us-row"]').length > 0, null, { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.getAttribute('data-state') === 'ready');
    const listed = await count(page, 'us-count');
    assert.ok(listed > 20, `villages listed with indoor on: ${listed}`);
    const reasons = await page.getByTestId('us-reasons').allInnerTexts();
    assert.ok(reasons.length > 0 && reasons.every((r) => r.trim().length > 5), 'every row gives a reason');
    assert.match(reasons[0] ?? '', /không có 4G|4G chỉ ở mức cơ bản|cáp quang/);
    await page.getByTestId('us-row').first().click();
    assert.match((await page.getByTestId('us-row').first().getAttribute('class')) ?? '', /selected/);

    // The CSV export holds the rows listed, each with its reasons.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('us-export-csv').click()]);
    assert.equal(file.suggestedFilename(), 'thon-lom-song.csv');
    const csv = readFileSync(await file.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], 'rank,village_id,village,unit_code,unit,population,score,gap,remoteness_km,road_distance_m,reasons');
    assert.equal(lines.length - 1, listed, 'one CSV line per listed village');
    assert.match(lines[1] ?? '', /^1,.*(không có 4G|4G chỉ ở mức cơ bản|cáp quang)/);

    // A stricter village rule lists more villages; back to the default, the list is as before.
    await page.getByTestId('us-share').fill('90');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="us-count"]')?.getAttribute('data-count')) > n, listed, { timeout: 60_000 });
    const strict = await count(page, 'us-count');
    await page.getByTestId('us-rules').screenshot({ path: `${OUT}/rules-form.png` });
    await page.getByTestId('us-share').fill('50');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="us-count"]')?.getAttribute('data-count')) === n, listed, { timeout: 60_000 });
    assert.ok(strict > listed, `share 90 %: ${strict} villages, 50 %: ${listed}`);
    await page.locator('[data-testid="us-rules"] > summary').click();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUT}/rules-underserved.png` });

    assert.ok((await count(page, 'prop-targets')) > 0, 'the proposer targets the listed villages lacking 4G');
    // A long search cancelled once it shows progress: the worker stops it, and the next run starts afresh.
    await page.getByTestId('prop-max').fill('20');
    await page.getByTestId('prop-run').click();
    await page.waitForFunction(() => (document.querySelector<HTMLProgressElement>('[data-testid="prop-progress"] progress')?.value ?? 0) > 0, null, { timeout: 60_000 });
    await page.getByTestId('prop-cancel').click();
    await page.getByTestId('prop-progress').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('prop-promise').count(), 0, 'a cancelled search promises nothing');
    await page.getByTestId('prop-max').fill('3');
    await page.getByTestId('prop-run').click();
    await page.getByTestId('prop-promise').waitFor({ timeout: 120_000 });
    const promised = Number(await page.getByTestId('prop-promise').getAttribute('data-promised'));
    const coveredBefore = Number(await page.getByTestId('prop-promise').getAttribute('data-before'));
    const sites = await page.getByTestId('prop-row').count();
    assert.ok(sites >= 1 && sites <= 3, `sites proposed: ${sites}`);
    assert.ok(promised > coveredBefore, `the proposal covers more villages: ${coveredBefore} → ${promised}`);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUT}/rules-proposer.png` });

    await page.getByTestId('prop-accept').click();
    await page.waitForFunction(() => (document.querySelector('[data-testid="prop-check"]')?.getAttribute('data-actual') ?? '') !== '', null, { timeout: 60_000 });
    const actual = Number(await page.getByTestId('prop-check').getAttribute('data-actual'));
    assert.equal(actual - coveredBefore, promised - coveredBefore, 'covered villages rise by exactly the promise');
    const selected = await page.getByTestId('scenario-select').locator('option:checked').innerText();
    assert.equal(selected, `Đề xuất tự động (${sites} trạm)`);
    assert.match(await page.getByTestId('scenario-summary').innerText(), new RegExp(`${sites} trạm đề xuất`));
    // The delta panel compares with the baseline (the first scenario had no edits).
    await page.waitForFunction((gain) => (document.querySelector('[data-testid="delta-summary"]')?.textContent ?? '').startsWith(`+${gain} thôn`), promised - coveredBefore, { timeout: 30_000 });
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUT}/rules-accepted.png` });
    await page.getByTestId('prop-check').scrollIntoViewIfNeeded();
    await page.getByTestId('proposer').screenshot({ path: `${OUT}/rules-proposer-check.png` });
  });

  it('lists undergrounding packages with reasons, and the dashboard shows baseline and scenario side by side', async () => {
    await page.getByTestId('tab-undergrounding').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ug-row"]').length > 0, null, { timeout: 30_000 });
    assert.ok((await count(page, 'ug-count')) > 0);
    const reasons = await page.getByTestId('ug-reason').allInnerTexts();
    assert.ok(reasons.every((r) => /cáp treo/.test(r)), 'every package gives its reason');
    await page.getByTestId('ug-row').first().click();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUT}/rules-undergrounding.png` });

    await page.getByTestId('tab-dashboard').click();
    await page.getByTestId('dash-table').waitFor();
    assert.equal(await page.getByTestId('dash-col-baseline').innerText(), 'Hiện trạng');
    assert.equal(await page.getByTestId('dash-col-scenario').innerText(), 'Kịch bản');
    const row = page.getByTestId('dash-villages4g');
    const base = await row.getByTestId('dash-baseline').innerText();
    const scen = await row.getByTestId('dash-scenario').innerText();
    assert.notEqual(base, scen, `villages with 4G differ: ${base} vs ${scen}`);
    // The proposer's sites are shown under a translated label.
    assert.match(await page.getByTestId('dash-bts-Proposed-4G').innerText(), /Trạm Đề xuất 4G/);

    // Per commune: baseline and scenario columns, sortable; the scenario's gain shows in some commune.
    const units = await page.getByTestId('unit-row').count();
    assert.ok(units > 5, `communes listed: ${units}`);
    await page.getByTestId('unit-sort-villages4g-scenario').click();
    const sorted = await page.locator('[data-testid="unit-row"] [data-col="villages4g-scenario"]').allInnerTexts();
    const values = sorted.map((x) => Number(x.split(' %')[0]?.replace(',', '.')));
    assert.deepEqual(values, [...values].sort((a, b) => b - a), 'sorted by scenario % villages 4G, largest first');
    assert.ok(await page.locator('[data-testid="unit-row"] td.changed').count() > 0, 'some commune gains in the scenario');
    await page.getByTestId('unit-group-bts').click();
    assert.ok(await page.locator('[data-testid="unit-row"] [data-col="bts-Proposed-scenario"]').count() === units);
    await page.getByTestId('dash-units').screenshot({ path: `${OUT}/rules-dashboard-units.png` });

    await page.getByTestId('dash-carriers-load').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="dash-carrier-row"]').length > 0, null, { timeout: 60_000 });
    const carriers = await page.getByTestId('dash-carrier-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-carrier')));
    assert.deepEqual(carriers, ['MobiFone', 'VNPT', 'Viettel'], 'the proposer is no carrier');
    const combined = page.getByTestId('dash-carrier-combined');
    assert.notEqual(await combined.getByTestId('dash-carrier-baseline').first().innerText(), await combined.getByTestId('dash-carrier-scenario').first().innerText());
    await page.getByTestId('coloc-find').click();
    await page.getByTestId('coloc-count').waitFor();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${OUT}/rules-dashboard.png` });
    await page.getByTestId('dash-carriers').screenshot({ path: `${OUT}/rules-dashboard-carriers.png` });
    assert.deepEqual(errors, []);
  });
});
