/** The commune table as printed: rendered to PDF and read back with pdftotext. */
import { describe, expect, it } from 'vitest';
import { communeTableSpec } from '../../src/app/print-page';
import { writePdf } from '../../src/io/pdf';
import { demoPrintContext, pdfToText, testFonts } from '../helpers/print-context';

const fonts = testFonts();

describe('printed commune table', () => {
  it('Vietnamese: an STT column, Vietnamese numbers, no true/false, and the CSV\'s column names', () => {
    const ctx = demoPrintContext('vi', { paper: 'A4', orientation: 'portrait' });
    const spec = communeTableSpec(ctx);
    const text = pdfToText(writePdf([spec], { fonts }), ['-layout']);
    const lines = text.split('\n');
    const header = lines.find((l) => l.includes('STT')) ?? '';
    expect(header).toMatch(/^\s*STT\s+Mã\s+Tên\s+Dân số/);
    // Row numbers run 1, 2, 3… before the codes.
    const numbered = lines.map((l) => /^\s*(\d+)\s+(\d{5})\s/.exec(l)).filter((m) => m !== null);
    expect(numbered.slice(0, 3).map((m) => m[1])).toEqual(['1', '2', '3']);
    expect(numbered.length).toBe(ctx.report.figures.units.length);
    expect(text).toMatch(/\d{1,3}\.\d{3}\s+\d+\s+\d+,\d %/);
    expect(text).not.toMatch(/\d\.\d %/);
    expect(text).toMatch(/Toàn tỉnh\s+\d{3}\.\d{3}/);
    expect(text).not.toMatch(/true|false/);
  });

  it('English: No. column and English numbers', () => {
    const ctx = demoPrintContext('en', { paper: 'A4', orientation: 'portrait' });
    const text = pdfToText(writePdf([communeTableSpec(ctx)], { fonts }), ['-layout']);
    expect(text).toMatch(/No\.\s+Code\s+Name\s+Population/);
    expect(text).toMatch(/\d{1,3},\d{3}\s+\d+\s+\d+\.\d %/);
    expect(text).toMatch(/Province\s+\d{3},\d{3}/);
  });
});
