/**
 * Imported text never runs: names, properties and file names that are XSS payloads, dropped on the map or imported
 * as a project, are shown as text; and the built page carries a Content Security Policy that forbids inline and
 * eval'd script.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, openFresh, startHarness, waitForMapIdle, type Harness, waitForCsvRead } from './harness';
import { decodePng } from './pixels';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
const SVG = '<svg onload="window.__xss=3">';
const flag = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
const injected = (page: Page) => page.locator('img[src="x"], svg[onload], script:not([src]):not([type]), iframe[src^="javascript:"]').count();

function square(lon: number, lat: number): number[][][] {
  return [[[lon, lat], [lon + 0.05, lat], [lon + 0.05, lat + 0.05], [lon, lat + 0.05], [lon, lat]]];
}

const UNITS_GEOJSON = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: 'S1', name: IMG, type: SVG, district: SCRIPT, population: 1200 }, geometry: { type: 'Polygon', coordinates: square(107.6, 12.0) } },
    { type: 'Feature', properties: { code: 'S2', name: `Xã ${SVG}`, type: 'Xã', district: 'javascript:window.__xss=4', population: 800 }, geometry: { type: 'Polygon', coordinates: square(107.7, 12.0) } },
  ],
});

/** Two commune polygons: payloads in the placemark names (escaped in XML), a CDATA description and ExtendedData. */
const KML_NAME = '<img src=x onerror="window.__xss=5">';
const KML_DISTRICT = '<svg onload="window.__xss=8">';
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const placemark = (code: string, name: string, lon: number) => `<Placemark><name>${xml(name)}</name>
<description><![CDATA[<script>window.__xss=6</script><img src=x onerror="window.__xss=7">]]></description>
<ExtendedData><Data name="code"><value>${code}</value></Data><Data name="type"><value>Xã</value></Data>
<Data name="district"><value>${xml(KML_DISTRICT)}</value></Data><Data name="population"><value>900</value></Data></ExtendedData>
<Polygon><outerBoundaryIs><LinearRing><coordinates>${square(lon, 12.0)[0]?.map((p) => p.join(',')).join(' ') ?? ''}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`;
const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>${xml(KML_NAME)}</name>
${placemark('K1', KML_NAME, 107.6)}
${placemark('K2', `Xã ${SCRIPT}`, 107.7)}
</Document></kml>`;

const CSV = `site_id,name,carrier,lat,lon,height_m,tech,band_mhz,azimuth,beamwidth,tilt\r
X1,"${IMG.replace(/"/g, '""')}","${SVG.replace(/"/g, '""')}",12.0,107.65,30,4G,1800,0,65,4\r
X2,${SCRIPT},Viettel,12.02,107.66,30,4G,1800,120,65,4\r`;

/** Two adjacent communes, west and east, named with the payloads that break out of an attribute or a tag. */
const ATTR_IMG = '<img src=x onerror=window.__xss=1>';
const BREAKOUT = '"><script>window.__xss=1</script>';
const WEST_EAST = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: 'W1', name: ATTR_IMG, type: 'Xã', district: BREAKOUT, population: 1500 }, geometry: { type: 'Polygon', coordinates: [[[107.5, 12.0], [107.7, 12.0], [107.7, 12.2], [107.5, 12.2], [107.5, 12.0]]] } },
    { type: 'Feature', properties: { code: 'E1', name: BREAKOUT, type: 'Xã', district: ATTR_IMG, population: 900 }, geometry: { type: 'Polygon', coordinates: [[[107.7, 12.0], [107.9, 12.0], [107.9, 12.2], [107.7, 12.2], [107.7, 12.0]]] } },
  ],
});
/** The communes' land fill with coverage, sites and fibre hidden (as in app.e2e). */
const LAND: readonly [number, number, number] = [247, 245, 238];
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Drops a file on the map as a user would (the drop zone reads `dataTransfer.files`). */
async function drop(page: Page, name: string, content: string, type: string): Promise<void> {
  await page.evaluate(([n, c, t]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([c ?? ''], n ?? '', { type: t ?? '' }));
    const target = document.querySelector('.dropzone');
    target?.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [name, content, type] as const);
}

const VIEW = { width: 1500, height: 900 };

/** Nothing ran and no element was made from the payloads. */
async function inert(page: Page): Promise<void> {
  assert.equal(await flag(page), undefined, 'no payload ran');
  assert.equal(await injected(page), 0, 'no element was made from a payload');
}

describe('security in Chromium', () => {
  let h: Harness;
  const errors: string[] = [];

  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  /** Each test on its own fresh page (empty storage, no dialog left over from another test). */
  async function fresh(): Promise<{ context: BrowserContext; page: Page }> {
    const opened = await openFresh(h, VIEW, 120_000);
    opened.page.on('pageerror', (e) => errors.push(e.message));
    return opened;
  }

  it('a dropped GeoJSON whose names, properties and file name are payloads is shown as text', async () => {
    const { context, page } = await fresh();
    const fileName = `${IMG}.geojson`;
    await drop(page, fileName, UNITS_GEOJSON, 'application/geo+json');
    const notice = page.locator('.notice', { hasText: fileName });
    await notice.waitFor({ timeout: 30_000 });
    assert.doesNotMatch((await notice.getAttribute('class')) ?? '', /notice-error/);
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="commune-table"] tbody tr').length === 2, null, { timeout: 30_000 });
    const rows = page.locator('[data-testid="commune-table"] tbody tr');
    const table = await page.getByTestId('commune-table').innerText();
    assert.ok(table.includes(IMG), `table shows the name literally: ${table.slice(0, 200)}`);
    assert.ok(table.includes(`Xã ${SVG}`));
    await rows.filter({ hasText: IMG }).click();
    const details = await page.getByTestId('details').innerText();
    assert.ok(details.includes(IMG), `details show the name as text: ${details.slice(0, 200)}`);
    assert.ok(details.includes(SCRIPT), `details show the district as text: ${details.slice(0, 200)}`);
    assert.ok((await notice.innerText()).includes(fileName), 'the file name is shown literally');
    await page.screenshot({ path: `${OUT}/security-geojson.png` });
    await inert(page);
    await context.close();
  });

  it('a dropped KML with payloads in names, ExtendedData and a CDATA description is imported as text', async () => {
    const { context, page } = await fresh();
    await drop(page, 'xss.kml', KML, 'application/vnd.google-earth.kml+xml');
    const dialog = page.getByTestId('import-layer-dialog');
    await page.waitForSelector('[data-testid="import-layer-dialog"][data-busy="false"]', { timeout: 30_000 });
    const summary = page.getByTestId('import-layer-summary');
    if ((await summary.count()) === 0) {
      await page.getByTestId('import-kind-units').click({ timeout: 30_000 });
    }
    await summary.waitFor({ timeout: 30_000 });
    assert.equal(await summary.getAttribute('data-kind'), 'units');
    assert.equal(await summary.getAttribute('data-count'), '2');
    await inert(page);
    await page.getByTestId('import-commit').click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="commune-table"] tbody tr').length === 2, null, { timeout: 60_000 });
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    const table = await page.getByTestId('commune-table').innerText();
    assert.ok(table.includes(KML_NAME), `table shows the placemark name literally: ${table.slice(0, 200)}`);
    assert.ok(table.includes(`Xã ${SCRIPT}`), `table shows the second name literally: ${table.slice(0, 200)}`);
    await page.locator('[data-testid="commune-table"] tbody tr', { hasText: KML_NAME }).click();
    const details = await page.getByTestId('details').innerText();
    assert.ok(details.includes(KML_NAME), `details show the name as text: ${details.slice(0, 200)}`);
    assert.ok(details.includes(KML_DISTRICT), `details show the ExtendedData district as text: ${details.slice(0, 200)}`);
    await page.screenshot({ path: `${OUT}/security-kml.png` });
    await inert(page);
    await context.close();
  });

  it('a dropped site CSV with payloads in names and carriers is previewed, imported and edited as text', async () => {
    const { context, page } = await fresh();
    await drop(page, 'sites-xss.csv', CSV, 'text/csv');
    await waitForCsvRead(page, 60_000);
    const preview = await page.getByTestId('import-preview').innerText();
    assert.ok(preview.includes(IMG) && preview.includes(SCRIPT), `the preview shows the payloads as text: ${preview.slice(0, 300)}`);
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-report').waitFor();
    const report = await page.getByTestId('import-sites').innerText();
    assert.ok(report.includes(IMG) && report.includes(SVG), `the report lists the payloads as text: ${report.slice(0, 300)}`);
    await inert(page);
    await page.getByTestId('import-mode-add').check();
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-csv-dialog').waitFor({ state: 'detached' });
    const done = page.locator('.notice', { hasText: 'sites-xss.csv' });
    await done.waitFor({ timeout: 30_000 });
    assert.ok((await done.innerText()).includes(SVG), 'the notice names the payload carrier as text');
    await done.getByTestId('notice-action').click();
    const editor = page.getByTestId('site-editor');
    await editor.waitFor();
    assert.ok((await editor.locator('h3').innerText()).includes(IMG), 'the editor heading shows the name as text');
    assert.equal(await page.getByTestId('site-name').inputValue(), IMG);
    assert.equal(await page.getByTestId('site-carrier').inputValue(), SVG);
    await page.screenshot({ path: `${OUT}/security-csv.png` });
    await inert(page);
    await context.close();
  });

  it('a project file named with a payload is listed as text in the projects dialog', async () => {
    const { context, page } = await fresh();
    await page.getByTestId('projects').click();
    await page.getByTestId('projects-dialog').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('project-export').click()]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { project: Record<string, unknown> };
    const evil = { ...file, project: { ...file.project, id: 'evil', name: IMG, scenarios: [], activeScenarioId: null } };
    await page.getByTestId('project-import-input').setInputFiles({ name: 'evil.phusong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(evil)) });
    await page.locator('.notice', { hasText: 'evil.phusong.json' }).waitFor({ timeout: 30_000 });
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    if (!(await page.getByTestId('projects-dialog').isVisible())) await page.getByTestId('projects').click();
    await page.getByTestId('project-row').nth(1).waitFor();
    assert.ok((await page.getByTestId('projects-dialog').innerText()).includes(IMG));
    await page.screenshot({ path: `${OUT}/security-project.png` });
    await inert(page);
    await context.close();
  });

  it('payload names stay text in the map\'s feature panel and in a printed PDF, and nothing runs', async () => {
    const { context, page } = await fresh();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await drop(page, 'payload-communes.geojson', WEST_EAST, 'application/geo+json');
    await page.locator('.notice', { hasText: 'payload-communes.geojson' }).waitFor({ timeout: 30_000 });
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="commune-table"] tbody tr').length === 2, null, { timeout: 30_000 });

    // The map has no hover tooltips: a click on a commune opens its feature panel.
    for (const id of ['sites', 'sectors', 'fibre', 'coverage']) {
      const box = page.getByTestId(`layer-${id}`);
      if (await box.isChecked()) await box.click();
    }
    await waitForMapIdle(page);
    const map = page.getByTestId('map');
    const img = decodePng(await map.screenshot({ path: `${OUT}/security-map-land.png` }));
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        const i = (y * img.width + x) * 4;
        if (Math.abs((img.data[i] ?? 0) - LAND[0]) <= 4 && Math.abs((img.data[i + 1] ?? 0) - LAND[1]) <= 4 && Math.abs((img.data[i + 2] ?? 0) - LAND[2]) <= 4) {
          x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
        }
      }
    }
    assert.ok(x1 - x0 > 40 && y1 - y0 > 20, `both communes drawn on the map (${x0}..${x1} × ${y0}..${y1})`);
    const box = await map.boundingBox();
    assert.ok(box);
    const scale = box.width / img.width;
    const details = page.getByTestId('details');
    for (const [fx, name, district] of [[0.25, ATTR_IMG, BREAKOUT], [0.75, BREAKOUT, ATTR_IMG]] as const) {
      // A user clicks again when a click on a busy machine is missed; three clicks are the hang guard.
      for (let attempt = 1; ; attempt++) {
        await page.mouse.click(box.x + (x0 + (x1 - x0) * fx) * scale, box.y + ((y0 + y1) / 2) * scale);
        const opened = await page
          .waitForFunction((n) => document.querySelector('[data-testid="details"] h3')?.textContent?.includes(n) ?? false, name, { timeout: 20_000 })
          .then(() => true, () => false);
        if (opened) break;
        const shown = await details.innerText().catch(() => '(no feature panel)');
        assert.ok(attempt < 3, `a click on the commune at ${fx} of the land opens its feature panel; it shows: ${shown.slice(0, 300)}`);
        await waitForMapIdle(page);
      }
      const text = await details.innerText();
      assert.ok(text.includes(name) && text.includes(district), `the feature panel shows the payloads as text: ${text.slice(0, 200)}`);
      await inert(page);
    }
    await page.screenshot({ path: `${OUT}/security-map-panel.png` });

    await page.getByTestId('print-open').click();
    await page.getByTestId('print-view').waitFor();
    const title = '<svg onload=window.__xss=1>';
    const issuer = '<iframe src=javascript:window.__xss=1>';
    await page.getByTestId('print-title').fill(title);
    await page.getByTestId('print-official-body').fill(issuer);
    await page.waitForSelector('[data-testid="print-preview"][data-ready="true"]', { timeout: 180_000 });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.getByTestId('print-pdf').click()]);
    const pdf = `${OUT}/security-print.pdf`;
    await download.saveAs(pdf);
    const text = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8');
    // The commune names (table and labels) and the typed title and issuer.
    for (const payload of [ATTR_IMG, BREAKOUT, title, issuer]) {
      assert.ok(squeeze(text).includes(squeeze(payload)), `the PDF holds ${payload} as literal text: ${text.slice(0, 400)}`);
    }
    await page.screenshot({ path: `${OUT}/security-print.png` });
    await inert(page);
    assert.deepEqual(dialogs, [], 'no alert, confirm or prompt was opened');
    await context.close();
  });

  it('the built page has a CSP without unsafe-eval or inline script, and the browser enforces it', async () => {
    const { context, page } = await fresh();
    const html = readFileSync(`${DIST}/index.html`, 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    assert.ok(meta, 'index.html carries the CSP meta');
    const csp = (meta[1] ?? '').replace(/&#39;?/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    assert.equal(csp, await page.locator('meta[http-equiv="Content-Security-Policy"]').first().getAttribute('content'), 'the page runs under that policy');
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
    assert.match(directive('default-src'), /^default-src 'self'$/);
    assert.match(directive('script-src'), /^script-src 'self'$/);
    assert.match(directive('worker-src'), /^worker-src 'self'$/);
    assert.doesNotMatch(directive('img-src'), /https:|\*/, 'no image from other origins');
    assert.doesNotMatch(directive('connect-src'), /http:|\*/, 'only https, narrowed below to the basemap the user entered');
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('csp-basemap.js'), 'the narrowing script comes after the static policy');
    assert.ok(html.indexOf('csp-basemap.js') < html.indexOf('<script type="module"'), 'and before the app');
    const narrowed = await page.locator('meta[http-equiv="Content-Security-Policy"][data-basemap-origin]').getAttribute('content');
    assert.equal(narrowed, "connect-src 'self' data: blob:", 'with no basemap entered the page may reach no other host');
    assert.match(directive('object-src'), /'none'/);
    assert.doesNotMatch(csp, /unsafe-eval/);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'the policy comes before any script');

    // Run as the page's own code (a timer callback), not as DevTools evaluation, which may bypass the policy.
    const blocked = await page.evaluate(
      () =>
        new Promise<{ inline: number | null; handler: number | null; evalRan: boolean }>((resolve) => {
          setTimeout(() => {
            const w = window as unknown as { __inline?: number; __handler?: number };
            const s = document.createElement('script');
            s.textContent = 'window.__inline = 1';
            document.head.append(s);
            s.remove();
            const b = document.createElement('button');
            b.setAttribute('onclick', 'window.__handler = 1');
            document.body.append(b);
            b.click();
            b.remove();
            let evalRan: boolean;
            try {
              evalRan = (0, eval)('true') === true;
            } catch {
              evalRan = false;
            }
            resolve({ inline: w.__inline ?? null, handler: w.__handler ?? null, evalRan });
          }, 0);
        }),
    );
    assert.deepEqual(blocked, { inline: null, handler: null, evalRan: false });
    await context.close();
  });

  it('raised no page errors', () => {
    assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
  });
});
