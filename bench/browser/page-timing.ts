/** Opening the app with the probe, and reading from the probe when the map has drawn and settled. */
import type { BrowserContext, Page } from 'playwright-core';
import type { Harness } from '../../tests/e2e/harness';
import { PROBE_SCRIPT, type BenchWindow } from './probe';

export const VIEWPORT = { width: 1500, height: 900 };

/** A fresh context (empty cache and IndexedDB) whose pages carry the probe. */
export async function probedContext(h: Harness): Promise<BrowserContext> {
  const context = await h.browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: PROBE_SCRIPT });
  return context;
}

/**
 * Since navigation (the document's time origin): the first deck.gl frame after the map was given a coverage image
 * (the engine's first build, or the coverage kept with a stored project), and when the header first said ready
 * (the engine's own build done: the planner's edits answer from then on).
 */
export async function firstCoverage(page: Page, timeoutMs = 300_000): Promise<{ readyMs: number; drawnMs: number }> {
  const handle = await page.waitForFunction(() => {
    const b = (window as unknown as BenchWindow).__bench;
    const ready = b?.after('status', 0, 'ready');
    const given = b?.after('coverage', 0);
    const drawn = given ? b.firstAfter(b.deckDraws, given.t) : null;
    return ready && drawn !== null ? { readyMs: ready.t, drawnMs: drawn } : null;
  }, undefined, { timeout: timeoutMs, polling: 100 });
  return (await handle.jsonValue()) as { readyMs: number; drawnMs: number };
}

/** Page time now (ms since the document's time origin). */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * Waits until the map was idle after `t0` (page time) and nothing drew for `quietMs`; returns ms from t0 to the
 * later of the idle mark and the last draw.
 */
export async function settleAfter(page: Page, t0: number, quietMs = 500, timeoutMs = 300_000): Promise<number> {
  const handle = await page.waitForFunction(
    ([from, quiet]) => (window as unknown as BenchWindow).__bench.settled(from ?? 0, quiet ?? 500),
    [t0, quietMs],
    { timeout: timeoutMs, polling: 100 },
  );
  const s = (await handle.jsonValue()) as { settled: number };
  return s.settled - t0;
}

/** The page time of the last input event of a type, as the page saw it. */
export const lastInput = (page: Page, type: 'mousedown' | 'mousemove' | 'mouseup' | 'wheel'): Promise<number | null> =>
  page.evaluate((t) => (window as unknown as BenchWindow).__bench.lastInput(t), type);

export async function mapBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map has no box');
  return box;
}

/** Waits for the header's ready state, a map idle mark, and 500 ms without drawing. */
export async function readyAndSettled(page: Page, timeoutMs = 300_000): Promise<void> {
  await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: timeoutMs });
  await settleAfter(page, 0, 500, timeoutMs);
}
