/**
 * Browser bench: `npm run bench:browser [-- --only <case>[,<case>…]] [-- --dist <built app>]`. Builds the app into a temporary
 * directory (unless --dist names a build), serves it with vite preview and drives Debian's Chromium with the e2e
 * tests' software-GL flags (tests/e2e/harness.ts). Prints one JSON line per case, failures included.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { startHarness, type Harness } from '../../tests/e2e/harness';
import { BIG_SITES, importBigCarrier } from './big-import';
import { dragCase } from './drag-case';
import { hoverCase } from './hover-case';
import { importMemoryCase } from './import-memory';
import { reopened } from './start-cases';
import { firstCoverage, probedContext, readyAndSettled } from './page-timing';
import { reporter, type Report } from './report';
import { settleCases } from './settle-cases';
import { startCases } from './start-cases';
import { CASE_NAMES } from './targets';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const only = option('--only')?.split(',').filter((name) => name !== '');
if (args.includes('--only') && (!only || only.length === 0 || only.some((name) => !CASE_NAMES.includes(name)))) {
  process.stderr.write(`--only needs one or more (comma-separated) of: ${CASE_NAMES.join(', ')}\n`);
  process.exit(2);
}
const selected = new Set(only ?? CASE_NAMES);

interface Session {
  cases: string[];
  run(h: Harness, dist: string, report: Report): Promise<void>;
}

/** A fresh context on the demo, ready and settled, for the cases that need one page. */
async function onDemo(h: Harness, body: (page: import('playwright-core').Page) => Promise<void>): Promise<void> {
  const context = await probedContext(h);
  try {
    const page = await context.newPage();
    await page.goto(h.baseUrl);
    await firstCoverage(page);
    await readyAndSettled(page);
    await body(page);
  } finally {
    await context.close();
  }
}

const SESSIONS: Session[] = [
  { cases: ['first-coverage-cold', 'start-heap', 'start-bytes', 'first-coverage-warm', 'first-coverage-warm-recomputed'], run: (h, dist, report) => startCases(h, dist, report) },
  { cases: ['hover-per-move', 'zoom-settle', 'pan-settle'], run: (h, _dist, report) => onDemo(h, async (page) => {
    await hoverCase(page, report);
    await settleCases(page, report);
  }) },
  { cases: ['drag-move'], run: (h, _dist, report) => onDemo(h, (page) => dragCase(page, report)) },
  { cases: ['import-200k-memory'], run: (h, _dist, report) => onDemo(h, (page) => importMemoryCase(page, h.browser, report)) },
  { cases: [`zoom-settle-${BIG_SITES}`, `pan-settle-${BIG_SITES}`, `first-coverage-warm-${BIG_SITES}`], run: (h, _dist, report) => onDemo(h, async (page) => {
    const big = await importBigCarrier(page);
    const extra = { sites: big.sites, import_ms: big.importMs, commit_to_settled_ms: big.computeMs };
    await settleCases(page, (name, result) => report(name, { ...result, ...extra }), `-${BIG_SITES}`);
    const warm = await reopened(page);
    report(`first-coverage-warm-${BIG_SITES}`, { ms: Math.round(warm.drawnMs), ready_ms: Math.round(warm.readyMs), sites: big.sites });
  }) },
];

const ownBuild = option('--dist') === undefined;
const dist = option('--dist') ?? mkdtempSync(join(tmpdir(), 'phusong-bench-'));
let failed = 0;
try {
  if (ownBuild) await build({ build: { outDir: dist, emptyOutDir: true }, logLevel: 'warn' });
  const h = await startHarness(dist);
  const printed = new Set<string>();
  const report = reporter(selected, printed);
  try {
    for (const session of SESSIONS) {
      if (!session.cases.some((c) => selected.has(c))) continue;
      try {
        await session.run(h, dist, report);
      } catch (e) {
        const reason = (e instanceof Error ? e.message : String(e)).split('\n').slice(0, 3).join(' | ');
        const missing = session.cases.filter((c) => selected.has(c) && !printed.has(c));
        failed += missing.length;
        for (const c of missing) report(c, { error: reason });
      }
    }
  } finally {
    await h.close();
  }
} finally {
  if (ownBuild) rmSync(dist, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);
