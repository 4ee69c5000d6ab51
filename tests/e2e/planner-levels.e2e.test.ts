import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openFresh, startHarness, waitForMapIdle, type Harness } from './harness';
import { decodePng, findPatches } from './pixels';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });
/** The "excellent" class over the commune fill, as the screen blends it (coverage at 85 % opacity). */
const EXCELLENT: [number, number, number] = [91, 156, 122];

/** A point inside strongly covered land that is not on a site symbol (a press there would select the site). */
async function coveredSpot(page: Page): Promise<{ x: number; y: number }> {
  const map = page.getByTestId('map');
  const img = decodePng(await map.screenshot());
  const box = await map.boundingBox();
  assert.ok(box);
  for (const p of findPatches(img, EXCELLENT, { radius: 14, separation: 40, count: 12, tolerance: 14, margin: 160 })) {
    for (const [dx, dy] of [[0, 0], [10, 0], [-10, 0], [0, 10], [0, -10]] as const) {
      await page.mouse.move(box.x + p.x + dx, box.y + p.y + dy);
      if ((await map.getAttribute('data-hover')) === '') return { x: p.x + dx, y: p.y + dy };
    }
  }
  throw new Error('no strongly covered spot off the site symbols');
}

describe('planner in Chromium: a site that changes no covered area says what it does change', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('a weak proposed site inside covered land: the delta panel gives the stronger area, the overlap and the mean gain, in both languages', async () => {
    const { context, page, errors } = await openFresh(h, { width: 1500, height: 900 });
    try {
      for (const id of ['sectors', 'fibre', 'labels', 'villages', 'roads']) await page.getByTestId(`layer-${id}`).uncheck();
      await waitForMapIdle(page);
      const spot = await coveredSpot(page);
      await page.getByTestId('tool-propose').click();
      await page.getByTestId('map').click({ position: spot });
      await page.getByTestId('site-editor').waitFor();
      // A low mast at −20 dB: its footprint above the threshold stays inside the land already covered.
      await page.getByTestId('site-power').fill('-20');
      await page.getByTestId('site-height').fill('6');
      await page.getByTestId('site-height').blur();
      await page.getByTestId('delta-levels-stronger').waitFor({ timeout: 60_000 });
      const text = await page.getByTestId('delta-levels').innerText();
      await page.getByTestId('delta').screenshot({ path: `${OUT}/planner-levels-vi.png` });
      assert.match(text, /Diện tích có sóng và các thôn có sóng không đổi/);
      assert.match(text, /Mức thu mạnh hơn ít nhất 1 dB trên [\d,]+ km² \(trung bình \+[\d,]+ dB\)/);
      assert.match(text, /[\d,]+ km² trong số đó đã có sóng: ở đó trạm mới hoặc trạm đã sửa của kịch bản trở thành trạm phục vụ tốt nhất/);
      assert.equal(await page.getByTestId('delta-summary').count(), 0);
      await page.getByTestId('lang').selectOption('en');
      const en = await page.getByTestId('delta-levels').innerText();
      assert.match(en, /The level is at least 1 dB stronger over [\d.]+ km² \(mean \+[\d.]+ dB\)/);
      assert.match(en, /already covered: there a new or edited site of the scenario becomes the best server \(overlap\)/);
      await page.getByTestId('delta').screenshot({ path: `${OUT}/planner-levels-en.png` });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
