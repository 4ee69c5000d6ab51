import { describe, expect, it } from 'vitest';
import { formatDuration, formatInt } from '../../src/i18n/format';

describe('formatDuration', () => {
  it('says seconds from one second up, with the language decimal mark', () => {
    expect(formatDuration('vi', 2400)).toBe('2,4 s');
    expect(formatDuration('en', 2400)).toBe('2.4 s');
    expect(formatDuration('vi', 1000)).toBe('1,0 s');
  });

  it('says whole milliseconds below a second and a tenth below ten', () => {
    expect(formatDuration('vi', 180.4)).toBe('180 ms');
    expect(formatDuration('vi', 0.42)).toBe('0,4 ms');
    expect(formatDuration('en', 7.25)).toBe('7.3 ms');
  });

  it('groups digits per language', () => {
    expect(formatInt('vi', 100_000_000)).toBe('100.000.000');
    expect(formatInt('en', 100_000_000)).toBe('100,000,000');
  });
});
