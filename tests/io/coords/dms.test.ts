import { describe, expect, it } from 'vitest';
import { readCoordinate } from '../../../src/io/coords/dms';
import { csvEn } from '../../helpers/reason-en';

/** A coordinate, or why it is not one in English. */
const parseCoordinate = (raw: string, axis: 'lat' | 'lon'): number | string => {
  const value = readCoordinate(raw, axis);
  return typeof value === 'number' ? value : csvEn(value);
};

const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;

describe('parseCoordinate', () => {
  it.each([
    ['12.0042', 'lat', 12.0042],
    ['12,5', 'lat', 12.5],
    ['-12.5', 'lat', -12.5],
    [`12°00'15.2"N`, 'lat', dms(12, 0, 15.2)],
    ['107 41 30 E', 'lon', dms(107, 41, 30)],
    [`107°41'30"`, 'lon', dms(107, 41, 30)],
    ['12:00:15.2', 'lat', dms(12, 0, 15.2)],
    ['N12 00 15.2', 'lat', dms(12, 0, 15.2)],
    [`12°00'15,2"`, 'lat', dms(12, 0, 15.2)],
    ['107°41.5′', 'lon', dms(107, 41, 30)],
    [`33°52'S`, 'lat', -dms(33, 52, 0)],
    ['W 74 0 21', 'lon', -dms(74, 0, 21)],
  ] as const)('reads %s', (text, axis, expected) => {
    const value = parseCoordinate(text, axis);
    expect(typeof value).toBe('number');
    expect(value as number).toBeCloseTo(expected, 9);
  });

  it.each([
    ['', 'lat', /empty/],
    ['abc', 'lat', /not a number/],
    [`12°75'00"N`, 'lat', /minutes 75/],
    ['12 30 61', 'lat', /seconds 61/],
    ['12.5 30', 'lat', /only the last/],
    ['95.1', 'lat', /outside ±90/],
    ['12 00 00 E', 'lat', /hemisphere E/],
    ['-12 S', 'lat', /negative value/],
    ['1 2 3 4', 'lon', /4 numbers/],
  ] as const)('rejects %j with a reason', (text, axis, reason) => {
    const value = parseCoordinate(text, axis);
    expect(typeof value).toBe('string');
    expect(value).toMatch(reason);
  });
});
