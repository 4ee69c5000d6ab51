import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startHarness, waitForMapIdle, type Harness } from './harness';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

type Label = [text: string, sizePt: number, x: number, y: number, w: number, h: number];

async function labelsOf(page: Page): Promise<Label[]> {
  await page.waitForSelector('[data-testid="print-preview"][data-ready="true"]', { timeout: 90_000 });
  return JSON.parse((await page.getByTestId('print-preview').getAttribute('data-labels')) ?? '[]') as Label[];
}

const overlap = (a: Label, b: Label): boolean => a[2] < b[2] + b[4] && b[2] < a[2] + a[4] && a[3] < b[3] + b[5] && b[3] < a[3] + a[5];

describe('print: names on the map as placed vector text', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('places names without overlaps, larger on A3, as text in the PDF; village names on request', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(h.baseUrl);
      await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 120_000 });
      await waitForMapIdle(page);
      await page.getByTestId('print-open').click();
      await page.getByTestId('print-view').waitFor();
      const sizes: Record<string, number> = {};
      for (const paper of ['A4', 'A3'] as const) {
        await page.getByTestId('print-paper').selectOption(paper);
        await page.waitForTimeout(900);
        const labels = await labelsOf(page);
        assert.ok(labels.length >= 10, `${paper}: ${labels.length} names placed`);
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) assert.ok(!overlap(labels[i] as Label, labels[j] as Label), `${paper}: ${labels[i]?.[0]} and ${labels[j]?.[0]} overlap`);
        }
        sizes[paper] = Math.min(...labels.map((l) => l[1]));
        const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.getByTestId('print-pdf').click()]);
        const pdf = `${OUT}/print-labels-${paper}.pdf`;
        await dl.saveAs(pdf);
        const text = execFileSync('/usr/bin/pdftotext', ['-f', '1', '-l', '1', pdf, '-']).toString().replace(/\s+/g, ' ');
        for (const [name] of labels) assert.ok(text.includes(name), `${paper}: "${name}" is text on the map page`);
        execFileSync('/usr/bin/pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, `${OUT}/print-labels-${paper}`]);
      }
      assert.ok(Math.abs((sizes.A3 ?? 0) / (sizes.A4 ?? 1) - Math.SQRT2) < 0.01, `A3 names √2 larger: ${sizes.A3} / ${sizes.A4}`);
      await page.getByTestId('print-paper').selectOption('A4');
      await page.getByTestId('print-layer-villages').check();
      await page.getByTestId('print-village-names').check();
      await page.waitForTimeout(900);
      const withVillages = await labelsOf(page);
      const villages = withVillages.filter((l) => l[1] < (sizes.A4 ?? 0));
      assert.ok(villages.length > 0, `village names placed: ${villages.length}`);
      for (let i = 0; i < withVillages.length; i++) {
        for (let j = i + 1; j < withVillages.length; j++) assert.ok(!overlap(withVillages[i] as Label, withVillages[j] as Label), 'no overlaps with village names');
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
