/**
 * A proposed site dragged with 50 pointer moves, the next move sent once the last one's result is on screen: per
 * move, the time to the first deck.gl frame (the site follows the pointer), to the updated delta panel and header
 * (the worker's result; they change in one render) and to the first deck.gl frame after it (the new coverage).
 */
import type { Page } from 'playwright-core';
import { decodePng, findPatches } from '../../tests/e2e/pixels';
import { percentile } from '../timing';
import type { BenchWindow } from './probe';
import { lastInput, mapBox, readyAndSettled } from './page-timing';
import type { Report } from './report';

const MOVES = 50;
const LAND: [number, number, number] = [247, 245, 238];
const LAYERS_HIDDEN_TO_FIND_LAND = ['sectors', 'fibre', 'labels'];

interface MoveTiming {
  site: number | null;
  result: number | null;
  repaint: number | null;
}

/** After page time t: the first deck frame, the first change of the delta panel or the header, and the deck frame after that. */
async function waitForMove(page: Page, t: number, timeoutMs: number): Promise<MoveTiming> {
  const handle = await page.waitForFunction((from) => {
    const b = (window as unknown as BenchWindow).__bench;
    const delta = b.after('delta', from);
    const status = b.after('status', from);
    const result = delta && status ? Math.min(delta.t, status.t) : (delta ?? status)?.t ?? null;
    const repaint = result === null ? null : b.firstAfter(b.deckDraws, result);
    return repaint === null ? null : { site: b.firstAfter(b.deckDraws, from), result, repaint };
  }, t, { timeout: timeoutMs, polling: 20 }).catch(() => null);
  if (!handle) return { site: null, result: null, repaint: null };
  return (await handle.jsonValue()) as MoveTiming;
}

export async function dragCase(page: Page, report: Report): Promise<void> {
  for (const id of LAYERS_HIDDEN_TO_FIND_LAND) await page.getByTestId(`layer-${id}`).uncheck();
  await readyAndSettled(page);
  const map = page.getByTestId('map');
  const box = await mapBox(page);
  const spots = findPatches(decodePng(await map.screenshot()), LAND, { radius: 12, separation: 120, count: 2, margin: 150 });
  const [a, b] = spots;
  if (!a || !b) throw new Error('no two uncovered patches to drag between');
  for (const id of LAYERS_HIDDEN_TO_FIND_LAND) await page.getByTestId(`layer-${id}`).check();

  await page.getByTestId('tool-propose').click();
  await map.click({ position: { x: a.x, y: a.y } });
  await page.getByTestId('delta-summary').waitFor({ timeout: 120_000 });
  await page.keyboard.press('Escape');
  await readyAndSettled(page);

  await page.mouse.move(box.x + a.x, box.y + a.y);
  await page.mouse.down();
  const timings: MoveTiming[] = [];
  for (let i = 1; i <= MOVES; i++) {
    await page.mouse.move(box.x + a.x + ((b.x - a.x) * i) / MOVES, box.y + a.y + ((b.y - a.y) * i) / MOVES);
    const t = await lastInput(page, 'mousemove');
    if (t === null) throw new Error('the page saw no move');
    const m = await waitForMove(page, t, 30_000);
    timings.push({ site: m.site === null ? null : m.site - t, result: m.result === null ? null : m.result - t, repaint: m.repaint === null ? null : m.repaint - t });
  }
  await page.mouse.up();
  const of = (k: keyof MoveTiming) => timings.map((x) => x[k]).filter((x): x is number => x !== null);
  const p = (values: number[], q: number) => Math.round(percentile(values, q));
  const repaint = of('repaint');
  const result = of('result');
  const site = of('site');
  report('drag-move', {
    ms: p(repaint, 95),
    repaint_p50_ms: p(repaint, 50), repaint_p95_ms: p(repaint, 95),
    delta_p50_ms: p(result, 50), delta_p95_ms: p(result, 95),
    site_frame_p50_ms: p(site, 50), site_frame_p95_ms: p(site, 95),
    moves: MOVES, moves_without_result: MOVES - repaint.length,
    step_px: Number((Math.hypot(b.x - a.x, b.y - a.y) / MOVES).toFixed(1)),
  });
}
