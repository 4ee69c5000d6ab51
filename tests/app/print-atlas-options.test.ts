/**
 * Atlas choices outside the browser: the titles from a template, the index table's page count (it numbers the map
 * pages after itself) equal to the pages the PDF writer draws, and the zip of one file per page.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { atlasFileStem, atlasTitles } from '../../src/app/print-export';
import { pdfTextMeasure, tablePageCount, writePdf, type PdfTableSpec } from '../../src/io/pdf';
import { zipFiles } from '../../src/io/zip/write-zip';
import { bboxPages, demoPrintContext, testFonts } from '../helpers/print-context';

const fonts = testFonts();

describe('atlas choices', () => {
  it('titles each page from the template, or "name — province" without one', () => {
    const ctx = demoPrintContext('vi');
    const units = ctx.report.dataset.units.slice(0, 3);
    const templated = atlasTitles(ctx, units, '{name}, huyện {district}');
    // A district named with its own type ("Thành phố Gia Nghĩa") keeps that type, in the template's case, instead of "huyện" twice.
    const district = (d: string) => (/^(Huyện|Thị xã|Thành phố) /u.test(d) ? d.charAt(0).toLowerCase() + d.slice(1) : `huyện ${d}`);
    for (const u of units) expect(templated.get(u.code)).toBe(`${u.name.replace(/\s+/g, ' ').trim()}, ${district(u.district)}`);
    const plain = atlasTitles(ctx, units, '  ');
    expect(plain.get(units[0]?.code ?? '')).toMatch(/ — /);
  });

  it('counts the index table\'s pages as the writer draws them', () => {
    for (const rows of [5, 40, 71, 150]) {
      const spec: PdfTableSpec = {
        kind: 'table', paper: 'A4', orientation: 'landscape', title: 'Mục lục', header: ['STT', 'Trang bản đồ', 'Huyện', 'Trang'],
        rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `Xã Thử ${i}`, 'Đắk Glong', String(i + 2)]), footer: ['Ngày in: 05/12/2026'],
      };
      expect(tablePageCount(spec, pdfTextMeasure(fonts))).toBe(bboxPages(writePdf([spec], { fonts })).length);
    }
  });

  it('zips one file per page, names kept unique', () => {
    const zip = zipFiles([{ name: '01-a.pdf', bytes: new Uint8Array([1, 2]) }, { name: '01-a.pdf', bytes: new Uint8Array([3]) }, { name: '02-b.pdf', bytes: new Uint8Array([4]) }]);
    const out = unzipSync(zip);
    expect(Object.keys(out).sort()).toEqual(['01-a-2.pdf', '01-a.pdf', '02-b.pdf']);
    expect([...(out['01-a-2.pdf'] ?? [])]).toEqual([3]);
  });

  it('makes file names without marks', () => {
    expect(atlasFileStem('Xã Đắk Ha')).toBe('xa-dak-ha');
  });
});
