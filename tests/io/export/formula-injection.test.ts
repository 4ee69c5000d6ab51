import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ImportIssue, ReportingUnit, Site, Village } from '../../../src/domain/model/types';
import { issuesToCsv } from '../../../src/io/csv/issues-csv';
import { sitesToCsv, unitsToCsv, villagesToCsv } from '../../../src/io/export';
import { FIGURES, SITES, UNITS, VILLAGES } from './sample-data';

/** Every character that makes a spreadsheet evaluate a cell, each followed by a formula. */
const PAYLOADS = [
  '=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1+1', '\r=1+1', '=HYPERLINK("http://x","a,b")',
  // issue 14 defect 10: fullwidth signs and invisible or blank characters a spreadsheet may normalise away
  '\uFF1D1+1', '\uFF0B1+1', '\uFF0D1+1', '\uFF20SUM(A1)', '\u200B=1+1', '\uFEFF=1+1', '\u200D\u2060=1+1', ' =1+1', '\u00A0\u200C@SUM(A1)',
];

function cells(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/**
 * A cell a spreadsheet would run as a formula: a dangerous first character on anything but a plain number, also
 * behind blanks or invisible characters and in its fullwidth form.
 */
function dangerous(cell: string): boolean {
  const start = cell.replace(/^[\s\p{Cf}]+/u, '').normalize('NFKC');
  return (/^[=+\-@\t\r]/.test(cell) || /^[=+\-@]/.test(start)) && !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell);
}

function expectInert(csv: string, payload: string): void {
  const all = cells(csv).flat();
  expect(all.filter(dangerous)).toEqual([]);
  // The payload is still there, neutralised by a leading apostrophe and otherwise unchanged.
  expect(all).toContain(`'${payload}`);
}

const TEXT_SITE_FIELDS = ['id', 'name', 'carrier'] as const;
const TEXT_UNIT_FIELDS = ['code', 'name', 'type', 'district'] as const;
const TEXT_VILLAGE_FIELDS = ['id', 'name', 'unitCode'] as const;

describe('CSV exporters neutralise formula injection (= + - @ tab CR)', () => {
  for (const payload of PAYLOADS) {
    const label = JSON.stringify(payload);

    it(`sitesToCsv: ${label} in every text column`, () => {
      for (const field of TEXT_SITE_FIELDS) {
        const sites: Site[] = SITES.map((s) => ({ ...s, [field]: payload }));
        expectInert(sitesToCsv(sites), payload);
      }
    });

    it(`unitsToCsv: ${label} in every text column, with and without figures`, () => {
      for (const field of TEXT_UNIT_FIELDS) {
        const units: ReportingUnit[] = UNITS.map((u) => ({ ...u, [field]: payload }));
        expectInert(unitsToCsv(units), payload);
        expectInert(unitsToCsv(units, FIGURES), payload);
      }
    });

    it(`villagesToCsv: ${label} in every text column, with and without figures`, () => {
      for (const field of TEXT_VILLAGE_FIELDS) {
        const villages: Village[] = VILLAGES.map((v) => ({ ...v, [field]: payload }));
        expectInert(villagesToCsv(villages), payload);
        expectInert(villagesToCsv(villages, FIGURES), payload);
      }
    });

    it(`issuesToCsv: ${label} in value, column and reason`, () => {
      for (const field of ['value', 'column', 'reason'] as const) {
        const base: (ImportIssue & { reason: string })[] = [
          { severity: 'error', reason: 'bad number', line: 3, column: 'lat', value: 'abc' },
          { severity: 'warning', reason: 'odd', line: 7, column: 'lon', value: '107' },
        ];
        const issues = base.map((i): ImportIssue & { reason: string } => ({ ...i, [field]: payload }));
        expectInert(issuesToCsv(issues, (i) => i.reason), payload);
      }
    });
  }

  it('keeps negative numbers as numbers (a tilt of -2 is data, not a formula)', () => {
    const rows = cells(sitesToCsv(SITES));
    const tilt = rows[0]?.indexOf('tilt') ?? -1;
    expect(rows.slice(1).map((r) => r[tilt])).toContain('-2');
  });
});
