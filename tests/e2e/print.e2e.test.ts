import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, waitForMapIdle, type Harness } from './harness';
import { decodePng, type Rgba } from './pixels';

const OUT = 'test-results';
const REAL_2025 = '/work/shared/data/daknong/communes-2025.geojson';
mkdirSync(OUT, { recursive: true });
const MM_TO_PT = 72 / 25.4;

async function openPrint(h: Harness, viewport = { width: 1500, height: 950 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await h.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.baseUrl);
  await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 120_000 });
  await waitForMapIdle(page);
  await page.getByTestId('print-open').click();
  await page.getByTestId('print-view').waitFor();
  return { context, page, errors };
}

async function previewReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="print-preview"][data-ready="true"]', { timeout: 90_000 });
}

async function download(page: Page, testId: string, path: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.getByTestId(testId).click()]);
  await dl.saveAs(path);
  return path;
}

function pdfPages(path: string): number {
  const info = execFileSync('/usr/bin/pdfinfo', [path]).toString();
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

function mediaBox(path: string): [number, number] {
  const m = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(readFileSync(path, 'latin1'));
  assert.ok(m, 'MediaBox in the PDF');
  return [Number(m[1]), Number(m[2])];
}

/** pdftoppm -r 60 -png; returns the page PNGs in order. */
function toPngs(pdf: string, stem: string): string[] {
  for (const f of readdirSync(OUT)) if (f.startsWith(`${stem}-`) && f.endsWith('.png')) rmSync(`${OUT}/${f}`);
  execFileSync('/usr/bin/pdftoppm', ['-r', '60', '-png', pdf, `${OUT}/${stem}`]);
  return readdirSync(OUT).filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png')).sort().map((f) => `${OUT}/${f}`);
}

/** Share of non-white pixels in a box given as fractions of the image. */
function inkShare(img: Rgba, fx0: number, fy0: number, fx1: number, fy1: number): number {
  let ink = 0;
  let n = 0;
  for (let y = Math.floor(img.height * fy0); y < img.height * fy1; y++) {
    for (let x = Math.floor(img.width * fx0); x < img.width * fx1; x++) {
      const i = (y * img.width + x) * 4;
      n++;
      if ((img.data[i] ?? 255) < 235 || (img.data[i + 1] ?? 255) < 235 || (img.data[i + 2] ?? 255) < 235) ink++;
    }
  }
  return ink / Math.max(1, n);
}

/** Distinct colours in a box: a real map has many, a blank or a flat fill few. */
function colourCount(img: Rgba, fx0: number, fy0: number, fx1: number, fy1: number): number {
  const seen = new Set<number>();
  for (let y = Math.floor(img.height * fy0); y < img.height * fy1; y += 2) {
    for (let x = Math.floor(img.width * fx0); x < img.width * fx1; x += 2) {
      const i = (y * img.width + x) * 4;
      seen.add(((img.data[i] ?? 0) >> 3) * 1024 + ((img.data[i + 1] ?? 0) >> 3) * 32 + ((img.data[i + 2] ?? 0) >> 3));
    }
  }
  return seen.size;
}

describe('print view: PDF/PNG export, atlas, scale bar, 2025 boundaries', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  for (const [paper, orientation] of [['A4', 'landscape'], ['A3', 'portrait']] as const) {
    it(`exports a ${paper} ${orientation} PDF with the map page and the commune table`, async () => {
      const { context, page, errors } = await openPrint(h);
      try {
        await page.getByTestId('print-paper').selectOption(paper);
        await page.getByTestId('print-orientation').selectOption(orientation);
        await page.getByTestId('print-official-body').fill('Sở Thử nghiệm');
        await page.waitForTimeout(600);
        await previewReady(page);
        await page.screenshot({ path: `${OUT}/print-view-${paper}-${orientation}.png` });
        const stem = `print-${paper}-${orientation}`;
        const pdf = await download(page, 'print-pdf', `${OUT}/${stem}.pdf`);
        const [w, h2] = mediaBox(pdf);
        const expected = paper === 'A4' ? [210, 297] : [297, 420];
        const [ew, eh] = orientation === 'portrait' ? expected : [expected[1] ?? 0, expected[0] ?? 0];
        assert.ok(Math.abs(w - (ew ?? 0) * MM_TO_PT) < 1 && Math.abs(h2 - (eh ?? 0) * MM_TO_PT) < 1, `MediaBox ${w}×${h2} pt for ${paper} ${orientation}`);
        assert.ok(pdfPages(pdf) >= 2, 'map page plus at least one table page');
        const pngs = toPngs(pdf, stem);
        assert.ok(pngs.length >= 2);
        const first = decodePng(readFileSync(pngs[0] ?? ''));
        assert.ok(Math.abs(first.width / first.height - (ew ?? 1) / (eh ?? 1)) < 0.01, `page image ${first.width}×${first.height}`);
        // The map box: left part in landscape, upper part in portrait. It must be drawn, not blank.
        const box: [number, number, number, number] = orientation === 'landscape' ? [0.06, 0.15, 0.7, 0.85] : [0.06, 0.1, 0.94, 0.7];
        assert.ok(inkShare(first, ...box) > 0.5, `map area inked: ${inkShare(first, ...box)}`);
        assert.ok(colourCount(first, ...box) > 40, `map area has many colours: ${colourCount(first, ...box)}`);
        const text = execFileSync('/usr/bin/pdftotext', [pdf, '-']).toString();
        assert.equal(text.split('Sở Thử nghiệm').length - 1, pdfPages(pdf), 'the issuing body once a page: the map page\'s header, each table page\'s footer');
        assert.match(text, /Phường Nghĩa/, 'commune names in the table');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  it('wraps a long title onto centred lines on A4 portrait (nothing cut) and exports a PNG that carries its dpi', async () => {
    const { context, page, errors } = await openPrint(h, { width: 1280, height: 800 });
    try {
      const title = 'BẢN ĐỒ HIỆN TRẠNG PHỦ SÓNG 4G CÁC XÃ, PHƯỜNG TỈNH LÂM ĐỒNG SAU SẮP XẾP ĐƠN VỊ HÀNH CHÍNH NĂM 2025 (KÈM THEO BÁO CÁO SỐ 123/BC-SKHCN)';
      await page.getByTestId('print-paper').selectOption('A4');
      await page.getByTestId('print-orientation').selectOption('portrait');
      await page.getByTestId('print-title').fill(title);
      await page.waitForTimeout(600);
      await previewReady(page);
      await page.screenshot({ path: `${OUT}/print-view-long-title-1280.png` });
      const pdf = await download(page, 'print-pdf', `${OUT}/print-long-title.pdf`);
      const words = execFileSync('/usr/bin/pdftotext', ['-f', '1', '-l', '1', pdf, '-']).toString().split(/\s+/);
      let at = 0;
      for (const w of title.split(' ')) {
        const i = words.indexOf(w, at);
        assert.ok(i >= 0, `title word "${w}" printed whole`);
        at = i + 1;
      }
      assert.ok(!words.some((w) => /.…$/u.test(w)), 'no word cut with "…"');
      const first = decodePng(readFileSync(toPngs(pdf, 'print-long-title')[0] ?? ''));
      assert.ok(Math.abs(first.width / first.height - 210 / 297) < 0.01);
      const png = readFileSync(await download(page, 'print-png', `${OUT}/print-long-title.png`));
      const phys = png.indexOf('pHYs');
      assert.ok(phys > 0 && phys < 64, 'pHYs chunk right after IHDR');
      const dpi = (png.readUInt32BE(phys + 4) * 0.0254);
      assert.equal(png[phys + 12], 1, 'pHYs unit is the metre');
      assert.ok(Math.abs(dpi - 150) < 0.5, `PNG says ${dpi} dpi`);
      const size = decodePng(png);
      assert.ok(Math.abs((size.width / dpi) * 25.4 - 210) < 1, `PNG is ${(size.width / dpi) * 25.4} mm wide at its dpi`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('draws a true scale bar: label length over drawn width matches the print map measured from its bounds', async () => {
    const { context, page } = await openPrint(h);
    try {
      await previewReady(page);
      const a = await page.getByTestId('print-preview').evaluate((el) => ({ ...(el as HTMLElement).dataset }));
      const [west, south, east, north] = (a.mapBounds ?? '').split(',').map(Number) as [number, number, number, number];
      const lat = (((south + north) / 2) * Math.PI) / 180;
      // Ground length of the map's width along its middle parallel (spherical earth, WGS84 equatorial radius).
      const groundM = 6378137 * Math.cos(lat) * (((east - west) * Math.PI) / 180);
      const metresPerMm = groundM / Number(a.mapWidthMm);
      const lengthM = Number(a.scaleLengthM);
      const widthMm = Number(a.scaleWidthMm);
      const label = a.scaleLabel ?? '';
      const parsed = /([\d.]+)\s*(km|m)/.exec(label);
      assert.ok(parsed, `label ${label}`);
      assert.equal(Number(parsed[1]) * (parsed[2] === 'km' ? 1000 : 1), lengthM);
      assert.ok(widthMm > 5 && widthMm < 60, `bar width ${widthMm} mm`);
      const expectedMm = lengthM / metresPerMm;
      assert.ok(Math.abs(widthMm - expectedMm) / expectedMm < 0.01, `bar ${widthMm.toFixed(2)} mm vs ${expectedMm.toFixed(2)} mm measured`);
      assert.ok(Number(a.mapWidthPx) > 1000 && Number(a.mapWidthPx) <= 3000, `map rendered at ${a.mapWidthPx} px`);
    } finally {
      await context.close();
    }
  });

  it('prints the whole province padded, one commune, or the main map view as the map extent', async () => {
    const { context, page, errors } = await openPrint(h);
    try {
      const boundsNow = async (): Promise<number[]> => {
        await previewReady(page);
        return (await page.getByTestId('print-preview').getAttribute('data-map-bounds') ?? '').split(',').map(Number);
      };
      const province = await boundsNow();
      await page.getByTestId('print-extent').selectOption('unit');
      await page.getByTestId('print-extent-unit').selectOption({ index: 5 });
      await page.waitForFunction((b) => document.querySelector('[data-testid="print-preview"]')?.getAttribute('data-map-bounds') !== b, province.join(','), { timeout: 90_000 });
      const unit = await boundsNow();
      await page.screenshot({ path: `${OUT}/print-extent-unit.png` });
      const [pw, ps, pe, pn] = province as [number, number, number, number];
      const [uw, us, ue, un] = unit as [number, number, number, number];
      const [cx, cy] = [(uw + ue) / 2, (us + un) / 2];
      assert.ok(cx > pw && cx < pe && cy > ps && cy < pn, `commune extent ${unit.join(',')} centred inside the province's ${province.join(',')}`);
      assert.ok((ue - uw) < 0.5 * (pe - pw), 'commune extent much narrower than the province');
      const viewOption = page.locator('[data-testid="print-extent"] option[value="view"]');
      if (!(await viewOption.isDisabled())) {
        await page.getByTestId('print-extent').selectOption('view');
        await page.waitForFunction((b) => document.querySelector('[data-testid="print-preview"]')?.getAttribute('data-map-bounds') !== b, unit.join(','), { timeout: 90_000 });
        const view = await boundsNow();
        assert.ok(view.every(Number.isFinite), `view extent ${view.join(',')}`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('makes an atlas of 3 communes as a 3-page PDF', async () => {
    const { context, page } = await openPrint(h);
    try {
      await page.getByTestId('print-tab-atlas').click();
      const boxes = page.locator('[data-testid="atlas-list"] input[type="checkbox"]');
      for (const i of [0, 10, 20]) await boxes.nth(i).check();
      const firstCode = ((await boxes.nth(0).getAttribute('data-testid')) ?? '').replace('atlas-unit-', '');
      const pdf = await download(page, 'atlas-export', `${OUT}/print-atlas-3.pdf`);
      assert.equal(pdfPages(pdf), 3);
      const pngs = toPngs(pdf, 'print-atlas-3');
      const img = decodePng(readFileSync(pngs[1] ?? ''));
      assert.ok(colourCount(img, 0.06, 0.15, 0.7, 0.85) > 30, 'atlas page has a map');
      // Each page carries its commune's figures table; the first one's population is the reports table's.
      const pagesText = execFileSync('/usr/bin/pdftotext', [pdf, '-']).toString().split('\f');
      for (const text of pagesText.slice(0, 3)) assert.match(text, /Số liệu của đơn vị[\s\S]*Dân số[\s\S]*4G % dân số/);
      await page.getByTestId('print-tab-reports').click();
      const population = Number(await page.locator(`[data-testid="report-communes"] tr[data-code="${firstCode}"]`).getAttribute('data-population'));
      assert.ok(population > 0, `population of ${firstCode}`);
      assert.ok((pagesText[0] ?? '').includes(population.toLocaleString('vi-VN')), `page 1 shows population ${population.toLocaleString('vi-VN')}`);
    } finally {
      await context.close();
    }
  });

  it('reports on the demo 2025 units: population, villages and 4G coverage equal the sums of their 2024 parts', async () => {
    const { context, page, errors } = await openPrint(h);
    try {
      await page.getByTestId('print-tab-reports').click();
      const readCommunes = () =>
        page.$$eval('[data-testid="report-communes"] tbody tr', (rows) =>
          rows.map((r) => ({
            code: r.getAttribute('data-code') ?? '', population: Number(r.getAttribute('data-population')), villages: Number(r.getAttribute('data-villages')),
            popCovered: Number(r.getAttribute('data-pop-covered-4g')), km2Covered: Number(r.getAttribute('data-km2-covered-4g')),
            villagesCovered: Number(r.getAttribute('data-villages-covered-4g')),
          })),
        );
      const old = await readCommunes();
      assert.equal(old.length, 71);
      // Sort by population, largest first; filter by name without diacritics; the CSV holds the rows shown.
      await page.getByTestId('commune-sort-population').click();
      await page.getByTestId('commune-sort-population').click();
      const sorted = (await readCommunes()).map((u) => u.population);
      assert.deepEqual(sorted, [...sorted].sort((a, b) => b - a), 'population descending');
      await page.getByTestId('commune-filter-text').fill('nghia');
      const names = await page.$$eval('[data-testid="report-communes"] tbody tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent ?? ''));
      assert.ok(names.length > 0 && names.length < 71, `${names.length} communes match "nghia"`);
      for (const n of names) assert.match(n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(), /nghia/);
      const csv = readFileSync(await download(page, 'commune-csv', `${OUT}/print-communes-nghia.csv`), 'utf8');
      assert.ok(csv.startsWith('\uFEFF'), 'CSV has a BOM');
      assert.equal(csv.trim().split(/\r?\n/).length, names.length + 1, 'CSV rows = rows shown + header');
      await page.getByTestId('commune-filter-text').fill('');
      await page.getByTestId('print-tab-boundaries').click();
      await page.getByTestId('use-demo-2025').click();
      await page.getByTestId('crosswalk').waitFor({ timeout: 60_000 });
      const links = await page.$$eval('[data-testid="crosswalk"] tbody tr', (rows) =>
        rows.map((r) => ({ old: r.getAttribute('data-old') ?? '', new: r.getAttribute('data-new') ?? '', share: Number(r.getAttribute('data-share')) })),
      );
      // A code table (old;new) in place of the overlap: the good rows become the links, the bad one is reported by line.
      const nesting = links.filter((l) => l.share > 0.99);
      const table = ['ma_cu;ma_moi', ...nesting.map((l) => `${l.old};${l.new}`), 'KHONG-CO;' + (nesting[0]?.new ?? '')].join('\n');
      await page.getByTestId('crosswalk-table-file').setInputFiles({ name: 'bang-ma.csv', mimeType: 'text/csv', buffer: Buffer.from(table, 'utf8') });
      await page.waitForSelector('[data-testid="crosswalk-source"][data-source="table"]', { timeout: 60_000 });
      const issue = page.locator('[data-testid="code-table-issues"] li');
      assert.equal(await issue.count(), 1);
      assert.equal(await issue.first().getAttribute('data-line'), String(nesting.length + 2));
      assert.match((await issue.first().textContent()) ?? '', /KHONG-CO/);
      assert.equal(await page.locator('[data-testid="crosswalk"] tbody tr').count(), nesting.length);
      await page.screenshot({ path: `${OUT}/print-code-table.png` });
      await page.getByTestId('report-on-alt').check();
      await page.getByTestId('print-tab-reports').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="report-communes"] tbody tr').length === 28, undefined, { timeout: 90_000 });
      await page.screenshot({ path: `${OUT}/print-reports-2025.png` });
      const units = await readCommunes();
      const byOld = new Map(old.map((u) => [u.code, u]));
      for (const u of units) {
        const parts = links.filter((l) => l.new === u.code && l.share > 0.99).map((l) => byOld.get(l.old));
        assert.ok(parts.length > 0, `${u.code} has parts`);
        assert.equal(u.population, parts.reduce((s, p) => s + (p?.population ?? 0), 0), `population of ${u.code}`);
        assert.equal(u.villages, parts.reduce((s, p) => s + (p?.villages ?? 0), 0), `villages of ${u.code}`);
        // Covered figures: each part rounds to a person / 0.01 km², so the sums may differ by that much per part.
        const popSum = parts.reduce((s, p) => s + (p?.popCovered ?? 0), 0);
        assert.ok(Math.abs(u.popCovered - popSum) <= parts.length + 0.002 * u.population, `4G population covered of ${u.code}: ${u.popCovered} vs ${popSum}`);
        const km2Sum = parts.reduce((s, p) => s + (p?.km2Covered ?? 0), 0);
        assert.ok(Math.abs(u.km2Covered - km2Sum) <= 0.01 * parts.length + 0.05, `4G km² covered of ${u.code}: ${u.km2Covered} vs ${km2Sum}`);
        assert.equal(u.villagesCovered, parts.reduce((s, p) => s + (p?.villagesCovered ?? 0), 0), `4G villages covered of ${u.code}`);
      }
      assert.equal(units.reduce((s, u) => s + u.villages, 0), old.reduce((s, u) => s + u.villages, 0));
      // The print footer carries the set's name and date.
      await page.getByTestId('print-tab-page').click();
      await previewReady(page);
      const pdf = await download(page, 'print-pdf', `${OUT}/print-2025.pdf`);
      const text = execFileSync('/usr/bin/pdftotext', [pdf, '-']).toString();
      assert.match(text, /01\/07\/2025/);
      assert.match(text, /sau sắp xếp/);
      toPngs(pdf, 'print-2025');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('loads the real 2025 boundary file: the crosswalk from its merged_from_codes, its names with Xã/Phường, no "communes-2025" codes', { skip: existsSync(REAL_2025) ? false : `${REAL_2025} not present` }, async () => {
    const { context, page, errors } = await openPrint(h);
    try {
      await page.getByTestId('print-tab-boundaries').click();
      await page.getByTestId('boundary-file').setInputFiles(REAL_2025);
      await page.waitForSelector('[data-testid="crosswalk-source"][data-source="lists"]', { timeout: 90_000 });
      assert.match((await page.getByTestId('crosswalk-source').textContent()) ?? '', /71\/71/);
      assert.match((await page.getByTestId('crosswalk-summary').textContent()) ?? '', /28 đơn vị mới · 71 liên kết · 28 đơn vị gộp nguyên xã cũ/);
      await page.screenshot({ path: `${OUT}/print-real-2025-crosswalk.png` });
      await page.getByTestId('report-on-alt').check();
      await page.getByTestId('print-tab-reports').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="report-communes"] tbody tr').length === 28, undefined, { timeout: 90_000 });
      const rows = await page.$$eval('[data-testid="report-communes"] tbody tr', (trs) => trs.map((r) => [r.getAttribute('data-code') ?? '', r.querySelector('td:nth-child(2)')?.textContent ?? '']));
      for (const [code, name] of rows) {
        assert.doesNotMatch(code ?? '', /^communes-2025/, `code ${code}`);
        assert.match(name ?? '', /^(Xã|Phường) /u, `name ${name}`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

