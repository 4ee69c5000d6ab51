import { describe, expect, it } from 'vitest';
import { parseCsvNumber, plainDecimal } from '../../../src/io/csv/numbers';
import { readCoordinate } from '../../../src/io/coords/dms';

describe('plain decimal fast path', () => {
  it('reads a sign, digits and one decimal point', () => {
    expect(plainDecimal('-95.5')).toBe(-95.5);
    expect(plainDecimal('+107.123456')).toBe(107.123456);
    expect(plainDecimal('12')).toBe(12);
    expect(plainDecimal('007.50')).toBe(7.5);
  });

  it('leaves every other form to the full readers', () => {
    for (const text of ['', '-', '+.5', '.5', '5.', '1.2.3', '12,5', '1e5', ' 12', '12 ', '12°', 'NaN', 'Infinity', '0x10', '1'.repeat(400), '١٢']) {
      expect(plainDecimal(text)).toBeUndefined();
    }
  });

  it('gives what the full readers gave for the texts it takes', () => {
    for (const text of ['-95.5', '12.000001', '107.999999', '-0', '0', '1.800', '123456789.123']) {
      expect(parseCsvNumber(text)).toBe(Number(text));
      expect(parseCsvNumber(text, true)).toBe(Number(text));
    }
    for (const text of ['12.0042', '-89.9', '179.5']) expect(readCoordinate(text, 'lon')).toBe(plainDecimal(text));
    expect(parseCsvNumber('1.800.000', true)).toBe(1_800_000);
    expect(parseCsvNumber('12,5')).toBe(12.5);
  });
});
