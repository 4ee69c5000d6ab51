import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Harness {
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Where the build under test is: dist/, or PHUSONG_DIST (so parallel runs need not share one build). */
export const DIST = process.env.PHUSONG_DIST ?? 'dist';

/**
 * Serves the production build in `dist` and launches Debian's Chromium (never a downloaded browser); the browser
 * bench (bench/browser/) starts its own build the same way.
 */
export async function startHarness(dist = DIST): Promise<Harness> {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`vite build\` first (npm run test:e2e does)`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium`);
  const server: PreviewServer = await preview({ build: { outDir: dist }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = withActionHangGuard(await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }));
  return {
    baseUrl: `http://127.0.0.1:${address.port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Playwright gives a click or a fill 30 s; on a loaded CI machine software GL can hold the page's main thread longer
 * than that (a print map rendered at 150 dpi), and a test would fail on a click the page takes later. Every context
 * gets a generous hang guard instead; an explicit timeout in a test still wins.
 */
export const ACTION_HANG_GUARD_MS = 180_000;

function withActionHangGuard(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>): Promise<BrowserContext> => {
    const context = await newContext(...args);
    context.setDefaultTimeout(ACTION_HANG_GUARD_MS);
    return context;
  };
  browser.newPage = async (...args: Parameters<Browser['newPage']>): Promise<Page> => {
    const page = await newPage(...args);
    page.setDefaultTimeout(ACTION_HANG_GUARD_MS);
    return page;
  };
  return browser;
}

/** Opens the app and waits until the demo is loaded, coverage computed and the map idle. */
export async function openApp(h: Harness, viewport = { width: 1500, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const page = await h.browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(h.baseUrl);
  await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 60_000 });
  await waitForMapIdle(page);
  return { page, errors };
}

export async function waitForMapIdle(page: Page): Promise<void> {
  const before = await page.getAttribute('[data-testid="map"]', 'data-map-idle');
  await page.waitForTimeout(300);
  await page
    .waitForFunction((prev) => {
      const v = document.querySelector('[data-testid="map"]')?.getAttribute('data-map-idle');
      return v !== null && v !== undefined && v !== prev;
    }, before, { timeout: 3000 })
    .catch(() => undefined);
  await page.waitForTimeout(400);
}

/** A page in a fresh browser context (empty IndexedDB, so the demo loads), open on the app until it is ready. */
export async function openFresh(
  h: Harness, viewport: { width: number; height: number }, readyTimeoutMs = 90_000,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await h.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(h.baseUrl);
  await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: readyTimeoutMs });
  return { context, page, errors };
}

/**
 * Waits until the CSV import dialog has read its file and shows the column mapping. A read that fails (the dialog's
 * alert) or a dialog still busy at the hang guard fails the test with what the dialog shows, not a bare timeout.
 */
export async function waitForCsvRead(page: Page, timeoutMs: number): Promise<void> {
  const read = '[data-testid="import-csv-dialog"][data-busy="false"] [data-testid="import-mapping"]';
  const failed = '[data-testid="import-csv-dialog"] [role="alert"]';
  const outcome = await page
    .waitForSelector(`${read}, ${failed}`, { timeout: timeoutMs })
    .then(() => page.locator(read).count())
    .catch(() => -1);
  if (outcome > 0) return;
  const shown = await page.getByTestId('import-csv-dialog').innerText({ timeout: 5000 }).catch(() => '(no import dialog)');
  throw new Error(`${outcome < 0 ? `the CSV was not read within ${timeoutMs / 1000} s` : 'the CSV read failed'}; the dialog shows: ${shown.slice(0, 600)}`);
}
