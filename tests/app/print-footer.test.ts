import { describe, expect, it } from 'vitest';
import { footerLines, printedDate } from '../../src/app/print-footer';
import { tidySpaces } from '../../src/domain/text/tidy-spaces';
import { communeTableSpec, mapPageSpec, pageLayout } from '../../src/app/print-page';
import { DEMO_SOURCES } from '../../src/domain/demo/notice';
import { writePdf } from '../../src/io/pdf';
import { demoPrintContext, pdfToText, testFonts } from '../helpers/print-context';

const info = {
  date: '2025-07-01', sources: ['GSO  2019', 'OSM'], issuingBody: 'Sở KH&CN',
  boundarySet: { name: 'Đơn vị hành chính 2025', date: '2025-07-01' }, scenario: '', synthetic: false,
};

describe('print footer', () => {
  it('names the issuing body, date, boundary set and sources in the page\'s language only, skipping empty ones', () => {
    const vi = footerLines({ ...info, lang: 'vi' });
    expect(vi).toEqual(['Sở KH&CN · Ngày in: 01/07/2025', 'Ranh giới: Đơn vị hành chính 2025, 01/07/2025', 'Nguồn: GSO 2019; OSM']);
    const en = footerLines({ ...info, lang: 'en', scenario: 'Scenario 1', synthetic: true });
    expect(en).toEqual([
      'Sở KH&CN · Printed: 1 July 2025', 'Boundaries: Đơn vị hành chính 2025, 1 July 2025 · Scenario: Scenario 1', 'Sources: GSO 2019; OSM',
      'Sample data (generated, illustrative only)',
    ]);
    expect(footerLines({ ...info, lang: 'vi', sources: [...DEMO_SOURCES] }).at(-1)).toMatch(/^Nguồn: .*không phải đo đạc.*Tổng điều tra dân số 2019$/);
  });

  it('says the calibration after the sources, in the page\'s language', () => {
    const calibration = { samples: 4321, heldOutRmseDb: 6.04 };
    expect(footerLines({ ...info, lang: 'vi', calibration }).at(-1)).toBe('Nguồn: GSO 2019; OSM; hiệu chỉnh với 4.321 mẫu đo, RMSE 6,0 dB');
    expect(footerLines({ ...info, lang: 'en', sources: [], calibration }).at(-1)).toBe('Sources: calibrated with 4,321 samples, RMSE 6.0 dB');
    expect(footerLines({ ...info, lang: 'en', calibration: null }).at(-1)).toBe('Sources: GSO 2019; OSM');
  });

  it('prints a sources list of any length whole (no placeholder cap)', () => {
    const sources = Array.from({ length: 40 }, (_, i) => `Nguồn dữ liệu số ${i + 1} của Sở`);
    const last = footerLines({ ...info, lang: 'vi', sources }).at(-1) ?? '';
    expect(last.length).toBeGreaterThan(700);
    expect(last).toBe(`Nguồn: ${sources.join('; ')}`);
  });

  it('prints dates in the page\'s form and runs of spaces as one', () => {
    expect(printedDate('vi', '2026-12-03')).toBe('03/12/2026');
    expect(printedDate('en', '2026-12-03')).toBe('3 December 2026');
    expect(tidySpaces(' Xã  Quảng\u00a0 Khê ')).toBe('Xã Quảng Khê');
  });

  it('an English page of the demo project is English: footer, legend, title, subtitle and table', () => {
    const ctx = demoPrintContext('en');
    const pdf = writePdf([mapPageSpec(ctx, pageLayout(ctx), null), communeTableSpec(ctx)], { fonts: testFonts() });
    const text = pdfToText(pdf).replace(/\s+/g, ' ');
    for (const s of ['Printed: 3 December 2026', 'Scenario: Scenario 1', 'Sources: Geometry', 'Sample data (generated', 'Villages with 4G', 'Villages without 4G', 'Đắk Nông (sample data)']) {
      expect(text).toContain(s);
    }
    for (const s of ['Ngày in', 'Nguồn', 'Ranh giới', 'Kịch bản', 'dữ liệu mẫu', 'Dữ liệu mẫu', 'Villages: 4G']) expect(text).not.toContain(s);
  });

  it('a Vietnamese page of the demo project is Vietnamese', () => {
    const ctx = demoPrintContext('vi');
    const text = pdfToText(writePdf([mapPageSpec(ctx, pageLayout(ctx), null)], { fonts: testFonts() })).replace(/\s+/g, ' ');
    for (const s of ['Ngày in: 03/12/2026', 'Kịch bản: Kịch bản 1', 'Nguồn: Ranh giới, thôn', 'Dữ liệu mẫu', 'Thôn có sóng 4G', 'Đắk Nông (dữ liệu mẫu)']) expect(text).toContain(s);
    for (const s of ['Printed', 'Sources', 'Scenario', 'Villages', 'Sample data']) expect(text).not.toContain(s);
  });
});
