/**
 * Zoom and pan settle: from a wheel zoom, or from the press that starts a drag pan (the drag's moves wait on the
 * page, so a slow page makes the gesture itself long), until the map is idle and drawing has stopped.
 */
import type { Page } from 'playwright-core';
import { percentile } from '../timing';
import { lastInput, mapBox, settleAfter } from './page-timing';
import type { Report } from './report';

const RUNS = 3;

async function wheelZoom(page: Page, deltaY: number): Promise<number> {
  await page.mouse.wheel(0, deltaY);
  const t0 = await lastInput(page, 'wheel');
  if (t0 === null) throw new Error('the page saw no wheel event');
  return settleAfter(page, t0);
}

async function dragPan(page: Page, dx: number): Promise<{ settle: number; afterRelease: number; gesture: number }> {
  const box = await mapBox(page);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y + (dx * i) / 40);
  await page.mouse.up();
  const down = await lastInput(page, 'mousedown');
  const up = await lastInput(page, 'mouseup');
  if (down === null || up === null) throw new Error('the page saw no drag');
  const afterRelease = await settleAfter(page, up);
  return { settle: up - down + afterRelease, afterRelease, gesture: up - down };
}

const summary = (values: number[]) => ({
  ms: Math.round(percentile(values, 50)),
  max_ms: Math.round(Math.max(...values)),
  runs: values.length,
});

/** `suffix` names the data set in the case name ('' for the demo). */
export async function settleCases(page: Page, report: Report, suffix = ''): Promise<void> {
  const box = await mapBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const zooms: number[] = [];
  for (let i = 0; i < RUNS; i++) zooms.push(await wheelZoom(page, i % 2 === 0 ? -300 : 300));
  report(`zoom-settle${suffix}`, summary(zooms));
  const pans: number[] = [];
  const afterRelease: number[] = [];
  const gestures: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await dragPan(page, i % 2 === 0 ? 200 : -200);
    pans.push(run.settle);
    afterRelease.push(run.afterRelease);
    gestures.push(run.gesture);
  }
  const median = (values: number[]) => Math.round(percentile(values, 50));
  report(`pan-settle${suffix}`, { ...summary(pans), gesture_ms: median(gestures), after_release_ms: median(afterRelease) });
}
