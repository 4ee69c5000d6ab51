/**
 * A page reporting on one boundary set says where its figures differ on the other set of the same territory: by
 * how much and why. The demo with the real 2025 file of Đắk Nông: the 4G area differs (the 2025 units' edges hold
 * other grid cells than the demo's); the line is in the map page's footer and under the table, in the page's
 * language. The demo's own 2025 units are unions of its 2024 ones: nothing differs, nothing is said.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { NO_EDITS } from '../../src/domain/scenario/scenario-edits';
import { differenceLines } from '../../src/app/print-boundary-differences';
import { communeTableSpec, mapPageSpec, pageLayout, type PrintContext } from '../../src/app/print-page';
import { pdfTextMeasure, writePdf } from '../../src/io/pdf';
import { engineState } from '../../src/worker/engine-state';
import { printApi } from '../../src/worker/print-api';
import { generateDemoDataset } from '../../src/domain/demo';
import { deriveLayers } from '../../src/worker/derived-layers';
import { demoPrintContext, pdfToText, testFonts } from '../helpers/print-context';

const fonts = testFonts();
const settings = { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G' as const, '5G' as const] };

const REAL_2025 = '/work/shared/data/daknong/communes-2025.geojson';

function altOfDemo(file: string | null) {
  const demo = generateDemoDataset();
  engineState.setBaseline(demo);
  if (file) printApi.loadBoundarySet(readFileSync(file, 'utf8'), 'communes-2025.geojson');
  else printApi.useDemo2025Units();
  const alt = printApi.altFigures(settings, NO_EDITS, 'Ranh giới 2025');
  const current = new CoverageModel(demo, settings).figures();
  printApi.clearBoundarySet();
  return { alt, current };
}

describe('print: the demo\'s own 2025 units', () => {
  it('agree with the 2024 ones on every printed figure: no line', () => {
    const { alt, current } = altOfDemo(null);
    const lines = differenceLines('vi', { figures: alt.figures, boundary: { name: '2025', date: '' } }, { figures: current, boundary: { name: '2024', date: '' } }, '4G');
    expect(lines).toEqual([]);
  });
});

describe.skipIf(!existsSync(REAL_2025))('print: figures that differ on the two boundary sets (real 2025 file)', () => {
  const { alt, current } = altOfDemo(REAL_2025);
  const on2024 = { figures: current, boundary: { name: 'Ranh giới 2024', date: '' } };
  const on2025 = { figures: alt.figures, boundary: { name: 'Ranh giới 2025', date: '' } };

  it('says the 4G area differs, by how much, and that the sets cover different ground; and the sites outside every unit', () => {
    const vi = differenceLines('vi', on2025, on2024, '4G');
    const a = alt.figures.totals.pctAreaCovered['4G'];
    const b = current.totals.pctAreaCovered['4G'];
    expect(Math.round(a * 10)).not.toBe(Math.round(b * 10));
    expect(vi.length).toBeGreaterThanOrEqual(1);
    const comma = (v: number): string => v.toFixed(1).replace('.', ',');
    expect(vi[0]).toContain(`Vùng phủ 4G theo diện tích: ${comma(a)} % trên “Ranh giới 2025”, ${comma(b)} % trên “Ranh giới 2024”`);
    expect(vi[0]).toContain(`(chênh ${comma(Math.abs(Math.round(a * 10) - Math.round(b * 10)) / 10)} điểm %)`);
    expect(vi[0]).toMatch(/hai bộ ranh giới không phủ cùng một vùng đất \(\d[\d.]*,\d km² và \d[\d.]*,\d km²\)$/u);
    const outside = alt.figures.totals.sitesOutsideUnits.length;
    expect(outside).toBeGreaterThan(0);
    expect(vi).toContain(`Trạm BTS trong các đơn vị: ${(alt.figures.totals.sites - outside).toLocaleString('vi-VN')} trên “Ranh giới 2025”, ${current.totals.sites.toLocaleString('vi-VN')} trên “Ranh giới 2024” (chênh ${outside} trạm): số trạm nằm ngoài mọi đơn vị khác nhau (${outside} và 0)`);
    const en = differenceLines('en', on2025, on2024, '4G');
    expect(en[0]).toMatch(/^4G area \d+\.\d % on “Ranh giới 2025” vs \d+\.\d % on “Ranh giới 2024” \(\d+\.\d percentage points\): the two sets do not cover the same ground/);
  });

  it('says nothing when the figures agree', () => {
    expect(differenceLines('vi', on2024, on2024, '4G')).toEqual([]);
  });

  it('prints the line in the map page footer and under the commune table', () => {
    const base = demoPrintContext('vi');
    const ctx: PrintContext = {
      ...base, measure: pdfTextMeasure(fonts),
      report: { dataset: alt.dataset, derived: deriveLayers(alt.dataset), figures: alt.figures, boundary: on2025.boundary, other: { figures: base.report.figures, boundary: on2024.boundary } },
    };
    const spec = mapPageSpec(ctx, pageLayout(ctx), null);
    const text = pdfToText(writePdf([spec, communeTableSpec(ctx)], { fonts })).replace(/\s+/g, ' ');
    expect(text.split('Vùng phủ 4G theo diện tích:').length - 1).toBeGreaterThanOrEqual(2);
    expect(text).toContain('trên “Ranh giới 2025”');
  });
});
