/** Every count in the printed total row is the sum of the rows above it; sites inside no unit get a row and are listed. */
import { describe, expect, it } from 'vitest';
import { communeTable, outsideSitesNote, siteCount } from '../../src/app/print-tables';
import { communeTableSpec } from '../../src/app/print-page';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS, type CoverageFigures } from '../../src/domain/coverage';
import { generateDemoDataset } from '../../src/domain/demo';
import { writePdf } from '../../src/io/pdf';
import { pdfToText, printContextOn, testFonts } from '../helpers/print-context';

const settings = { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G' as const, '5G' as const] };
const demo = generateDemoDataset();
const full = new CoverageModel(demo, settings).figures();
// A unit in the middle of the province left out of the boundary set: its villages and sites are in no unit.
const byName = [...full.units].sort((a, b) => b.siteCount - a.siteCount);
const gone = byName.find((u) => u.name.startsWith('Xã') && u.villages > 0) ?? byName[0];
if (!gone) throw new Error('no unit');
const holed = { ...demo, units: demo.units.filter((u) => u.code !== gone.code) };
const partial = new CoverageModel(holed, settings).figures();

/** "12.345" (vi) → 12345. */
const count = (cell: string | undefined): number => Number((cell ?? '').replace(/\./g, '')) || 0;

function expectTotalsAreSums(figures: CoverageFigures): string[][] {
  const rows = communeTable('vi', figures).rows;
  const body = rows.slice(0, -1);
  const total = rows.at(-1) ?? [];
  for (const col of [3, 4, 10]) expect(count(total[col]), `column ${col}`).toBe(body.reduce((s, r) => s + count(r[col]), 0));
  expect(count(total[10])).toBe(figures.totals.sites);
  expect(count(total[4])).toBe(figures.totals.villages);
  expect(count(total[3])).toBe(figures.totals.population);
  return body;
}

describe('commune table totals', () => {
  it('every unit inside the set: no extra row, totals are the sums of the unit rows', () => {
    const body = expectTotalsAreSums(full);
    expect(body).toHaveLength(full.units.length);
    expect(outsideSitesNote('vi', full)).toBeNull();
    // A site with several technologies counts once.
    expect(full.units.reduce((s, u) => s + siteCount(u), 0)).toBe(full.totals.sites);
  });

  it('a unit missing from the set: its villages and sites get an "outside" row, and the note lists those sites', () => {
    expect(partial.totals.sitesOutsideUnits).toHaveLength(gone.siteCount);
    const body = expectTotalsAreSums(partial);
    const outside = body.at(-1) ?? [];
    expect(outside[2]).toBe('Ngoài các đơn vị hành chính');
    expect(count(outside[4])).toBe(gone.villages);
    expect(count(outside[10])).toBe(gone.siteCount);
    const ctx = printContextOn('vi', holed, partial, { paper: 'A4', orientation: 'portrait' });
    const text = pdfToText(writePdf([communeTableSpec(ctx)], { fonts: testFonts() })).replace(/\s+/g, ' ');
    expect(text).toContain(`Tổng toàn tỉnh gồm ${gone.siteCount} trạm nằm ngoài mọi đơn vị hành chính`);
    for (const s of partial.totals.sitesOutsideUnits) expect(text.replace(/\s/g, '')).toContain(`(${s.id})`);
    expect(text).toContain('Ngoài các đơn vị hành chính');
  });
});
