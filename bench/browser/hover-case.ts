/**
 * Main-thread work per pointer move while only hovering over the map: Chromium's task and script time (CDP
 * Performance.getMetrics) over N moves, less the same span with no moves (what the page does on its own).
 */
import type { Page } from 'playwright-core';
import { mapBox } from './page-timing';
import type { Report } from './report';

const MOVES = 50;
const GAP_MS = 40;
const TAIL_MS = 1500;

export async function hoverCase(page: Page, report: Report): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const sample = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { task: get('TaskDuration'), script: get('ScriptDuration') };
  };
  const box = await mapBox(page);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(2, 2);

  const idle0 = await sample();
  await page.waitForTimeout(MOVES * GAP_MS + TAIL_MS);
  const idle1 = await sample();

  const t0 = Date.now();
  const m0 = await sample();
  for (let i = 0; i < MOVES; i++) {
    const a = (i / MOVES) * 2 * Math.PI;
    await page.mouse.move(cx + Math.cos(a) * box.width * 0.3, cy + Math.sin(2 * a) * box.height * 0.25);
    await page.waitForTimeout(GAP_MS);
  }
  await page.waitForTimeout(TAIL_MS);
  const m1 = await sample();
  const spanMs = Date.now() - t0;
  const idleSpan = MOVES * GAP_MS + TAIL_MS;
  // The idle rate scaled to the span the moves took (slow moves make the span longer).
  const idleTask = ((idle1.task - idle0.task) / idleSpan) * spanMs;
  const per = (x: number) => Number((x / MOVES).toFixed(2));
  report('hover-per-move', {
    ms: per(m1.task - m0.task - idleTask),
    task_ms_per_move: per(m1.task - m0.task),
    script_ms_per_move: per(m1.script - m0.script),
    idle_task_ms_per_move: per(idleTask),
    moves: MOVES,
    span_ms: spanMs,
  });
  await page.mouse.move(2, 2);
  await cdp.detach();
}
