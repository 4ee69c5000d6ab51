import { describe, expect, it } from 'vitest';
import { communeRows } from '../../src/app/print-commune-rows';
import { communeCsvRows } from '../../src/app/print-tables';
import type { CoverageFigures, UnitFigures } from '../../src/domain/coverage';
import { toCsv } from '../../src/io/csv/write-csv';

const pt = (n: number) => ({ '2G': 0, '3G': 0, '4G': n, '5G': n / 2 });

function unit(code: string, name: string, population: number, pop4g: number, sites4g: number): UnitFigures {
  return {
    code, name, type: 'Xã', district: '', population, areaKm2: 10, villages: 3, pctArea: pt(pop4g), pctPopulation: pt(pop4g), pctVillages: pt(0),
    sites: { A: { '2G': 0, '3G': 0, '4G': sites4g, '5G': 0 } }, siteCount: sites4g, ftth: { reached: false, pctVillagesServed: 0, fibreKm: { aerial: 0, underground: 0, duct: 0, unknown: 0 } },
  };
}

const figures = {
  units: [unit('24616', 'Xã Đắk Mil', 9000, 70, 4), unit('24610', 'Phường Nghĩa Đức', 15000, 95, 9), unit('24700', 'Xã Quảng Khê', 6000, 40, 4), unit('24611', 'Xã Đắk Sắk', 12000, 60, 2)],
} as unknown as CoverageFigures;

const codes = (rows: UnitFigures[]) => rows.map((u) => u.code);

describe('communeRows', () => {
  it('sorts by name by default order and by any numeric column both ways', () => {
    expect(codes(communeRows(figures, '', { key: 'name', desc: false }))).toEqual(['24610', '24616', '24611', '24700']);
    expect(codes(communeRows(figures, '', { key: 'population', desc: true }))).toEqual(['24610', '24611', '24616', '24700']);
    expect(codes(communeRows(figures, '', { key: 'pop4g', desc: false }))).toEqual(['24700', '24611', '24616', '24610']);
    // Equal site counts (Đắk Mil and Quảng Khê, 4 each) keep name order.
    expect(codes(communeRows(figures, '', { key: 'sites', desc: false }))).toEqual(['24611', '24616', '24700', '24610']);
  });

  it('filters by name without diacritics, or by code', () => {
    expect(codes(communeRows(figures, 'dak', { key: 'name', desc: false }))).toEqual(['24616', '24611']);
    expect(codes(communeRows(figures, 'ĐẮK SẮK', { key: 'name', desc: false }))).toEqual(['24611']);
    expect(codes(communeRows(figures, '2470', { key: 'name', desc: false }))).toEqual(['24700']);
    expect(communeRows(figures, 'không có', { key: 'name', desc: false })).toEqual([]);
  });

  it('exports exactly the rows shown, in their order', () => {
    const shown = communeRows(figures, 'xa', { key: 'population', desc: false });
    const lines = toCsv(communeCsvRows('en', shown)).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2))).toEqual([['1', '24700'], ['2', '24616'], ['3', '24611']]);
  });
});
