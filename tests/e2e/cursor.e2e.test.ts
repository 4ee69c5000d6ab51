/**
 * Signal at the cursor (issue 20) in Chromium on the demo: hovering shows a reading with a serving site, a click pins
 * it, the language switch re-renders it, the pin button works from the keyboard; the main-thread cost of a pointer
 * move is measured (Chrome's TaskDuration over a burst of moves) and the layout is shot at two sizes in both languages.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { openFresh, startHarness, waitForMapIdle, type Harness } from './harness';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

const readout = (page: Page) => page.getByTestId('signal-readout');

async function mapBox(page: Page) {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map box');
  return box;
}

/** Moves the pointer over the map until the readout names a serving site; returns where. */
async function hoverUntilServed(page: Page): Promise<{ x: number; y: number }> {
  const box = await mapBox(page);
  for (const [fx, fy] of [[0.5, 0.5], [0.4, 0.45], [0.6, 0.55], [0.35, 0.6], [0.55, 0.35], [0.45, 0.7], [0.65, 0.4], [0.3, 0.3], [0.7, 0.7]] as const) {
    const x = box.x + box.width * fx;
    const y = box.y + box.height * fy;
    await page.mouse.move(x, y, { steps: 4 });
    const served = await page
      .waitForFunction(() => document.querySelector('[data-testid="signal-serving"]') !== null, null, { timeout: 1500 })
      .then(() => true, () => false);
    if (served) return { x, y };
  }
  throw new Error(`no serving site under the pointer: ${await readout(page).innerText()}`);
}

describe('signal at the cursor in Chromium', { timeout: 600_000 }, () => {
  let h: Harness;
  let page: Page;
  let errors: string[] = [];

  before(async () => {
    h = await startHarness();
    ({ page, errors } = await openFresh(h, { width: 1280, height: 800 }, 120_000));
    await waitForMapIdle(page);
  });
  after(async () => {
    await h?.close();
  });

  it('hovering shows the level, the verdict and a serving site; a click pins it; the language switch re-renders it', async () => {
    await page.waitForSelector('[data-testid="signal-readout"]');
    assert.match(await readout(page).innerText(), /Di chuột trên bản đồ/);
    const at = await hoverUntilServed(page);
    const hovered = await readout(page).innerText();
    assert.equal(await readout(page).getAttribute('data-state'), 'hover');
    assert.match(hovered, /TÍN HIỆU TẠI ĐIỂM · 4G/i);
    assert.match(hovered, /Trạm phục vụ/);
    assert.match(hovered, /-?\d+,\d dBm/);
    assert.match(hovered, /(đạt|dưới) ngưỡng -\d+ dBm/);
    assert.match(hovered, /mô hình (Đô thị|Ngoại ô|Nông thôn)/);
    await page.screenshot({ path: `${OUT}/cursor-hover-1280-vi.png` });

    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('[data-testid="signal-readout"][data-state="pinned"]');
    const pinnedText = await readout(page).innerText();
    assert.match(pinnedText, /đã ghim/i);
    const serving = await page.getByTestId('signal-serving').innerText();
    // Moving away leaves the pinned reading as it was.
    await page.mouse.move(at.x + 120, at.y + 80, { steps: 5 });
    await page.waitForTimeout(400);
    assert.equal(await page.getByTestId('signal-serving').innerText(), serving);

    await page.getByTestId('lang').selectOption('en');
    await page.waitForFunction(() => /Pinned signal/i.test(document.querySelector('[data-testid="signal-readout"]')?.textContent ?? ''));
    const en = await readout(page).innerText();
    assert.match(en, /Serving site/);
    assert.match(en, /(meets|below) the -\d+ dBm threshold/);
    assert.match(en, /(Urban|Suburban|Rural.*) model/);
    assert.doesNotMatch(en, /Trạm phục vụ|ngưỡng/);
    await page.mouse.move(10, 10);
    await page.screenshot({ path: `${OUT}/cursor-pinned-1280-en.png` });
    await page.getByTestId('signal-unpin').click();
    await page.waitForSelector('[data-testid="signal-readout"]:not([data-state="pinned"])');
  });

  it('keyboard: the pin button pins the reading at the map centre', async () => {
    await page.mouse.move(5, 5);
    await page.waitForSelector('[data-testid="signal-readout"][data-state="empty"]');
    await page.getByTestId('signal-pin').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="signal-readout"][data-state="pinned"]');
    assert.match(await readout(page).innerText(), /°N/);
    await page.getByTestId('signal-unpin').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="signal-readout"][data-state="empty"]');
  });

  // Report only: under SwiftShader the frame work after a move (deck's hover picking, its redraw) dwarfs and blurs
  // the readout's own share, so the figures are logged for issue 16 rather than asserted.
  it("measures a pointer move's main-thread cost; hovering reads no pixels back from the GPU", async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    const box = await mapBox(page);
    const metric = async (name: string) => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === name)?.value ?? 0;
    };
    const moves = 20;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.waitForTimeout(1500);
    // Every WebGL readPixels call (deck.gl's picking reads the picked pixel back) is counted over the moves.
    await page.evaluate(() => {
      const w = window as unknown as { __readPixels: number };
      w.__readPixels = 0;
      for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
        const original = proto.readPixels as (...args: unknown[]) => void;
        proto.readPixels = function (this: unknown, ...args: unknown[]) {
          w.__readPixels++;
          original.apply(this, args);
        } as typeof proto.readPixels;
      }
    });
    const task0 = await metric('TaskDuration');
    await cdp.send('Profiler.start');
    for (let i = 0; i < moves; i++) {
      await page.mouse.move(box.x + box.width * (0.3 + (0.4 * i) / moves), box.y + box.height * (0.5 + 0.1 * Math.sin(i / 3)));
      await page.waitForTimeout(8);
    }
    await page.waitForTimeout(400);
    const { profile } = await cdp.send('Profiler.stop');
    const taskMs = ((await metric('TaskDuration')) - task0) * 1000;
    const readPixels = await page.evaluate(() => (window as unknown as { __readPixels: number }).__readPixels);
    const load = loadavg()[0]?.toFixed(2);
    // Samples under deck.gl's hover picking (Deck._pickAndCallback: a picking pass and readPixels each frame after a
    // move, there before this feature; issue 16) are counted apart from everything else the moves cost.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const name = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
    const idle = new Set(['(idle)', '(program)', '(garbage collector)']);
    const underPicking = (id: number): boolean => {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (name.get(at) === '_pickAndCallback') return true;
      return false;
    };
    let pickingMs = 0;
    let otherMs = 0;
    const top = new Map<string, number>();
    (profile.samples ?? []).forEach((id, i) => {
      const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
      if (underPicking(id)) pickingMs += ms;
      else if (!idle.has(name.get(id) ?? '')) {
        otherMs += ms;
        const key = name.get(id) || '(anonymous)';
        top.set(key, (top.get(key) ?? 0) + ms);
      }
    });
    const heaviest = [...top].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)} ms`);
    console.log(`[cursor] heaviest other script over ${moves} moves: ${heaviest.join(', ')}`);
    console.log(`[cursor] ${moves} moves at load ${load}: ${readPixels} readPixels calls; main-thread tasks ${(taskMs / moves).toFixed(1)} ms a move; deck.gl hover picking ${(pickingMs / moves).toFixed(1)} ms a move; all other script ${(otherMs / moves).toFixed(2)} ms a move`);
    assert.ok(pickingMs + otherMs > 0, 'the profile caught the moves');
    assert.equal(readPixels, 0, 'hover is hit-tested on the CPU, never by GPU picking');
    await cdp.detach();
  });

  it('layout at 1920×1080 in both languages', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await waitForMapIdle(page);
    await hoverUntilServed(page);
    await page.screenshot({ path: `${OUT}/cursor-hover-1920-en.png` });
    await page.getByTestId('lang').selectOption('vi');
    await page.waitForFunction(() => /Trạm phục vụ/.test(document.querySelector('[data-testid="signal-readout"]')?.textContent ?? ''));
    await page.screenshot({ path: `${OUT}/cursor-hover-1920-vi.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForTimeout(300);
    await page.getByTestId('lang').selectOption('en');
    await hoverUntilServed(page);
    await page.screenshot({ path: `${OUT}/cursor-hover-1280-en.png` });
    await page.getByTestId('lang').selectOption('vi');
    assert.deepEqual(errors, []);
  });
});
