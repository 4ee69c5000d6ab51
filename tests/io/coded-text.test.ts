import { describe, expect, it } from 'vitest';
import { capQuoted, fillTemplate, MAX_QUOTED_CHARS, renderCodedText, shortList } from '../../src/io/coded-text';
import { printT } from '../../src/i18n/print-strings';
import { translate } from '../../src/i18n/strings';

const HUGE = 'Đ'.repeat(1_000_000);

describe('one cap on how much of a value a message quotes', () => {
  it('cuts a long value with "…" and never splits a surrogate pair', () => {
    expect(capQuoted('abc')).toBe('abc');
    expect(capQuoted(HUGE)).toHaveLength(MAX_QUOTED_CHARS);
    expect(capQuoted(HUGE).endsWith('Đ…')).toBe(true);
    expect(capQuoted(`x${'😀'.repeat(100)}`, 4)).toBe('x😀…');
  });

  it('caps every quoted value of a coded message, not the nested codes', () => {
    const table = { outer: 'Row: {problem}', inner: 'name "{name}" is bad' } as const;
    const text = renderCodedText(table, 'outer', { problemCode: 'inner', name: HUGE });
    expect(text.length).toBeLessThan(MAX_QUOTED_CHARS + 30);
    expect(text.startsWith('Row: name "ĐĐ')).toBe(true);
  });

  it('lists the first few items and counts the rest', () => {
    expect(shortList(['a', 'b'])).toEqual({ shown: 'a, b', more: 0 });
    expect(shortList(Array.from({ length: 100_000 }, (_, i) => `c${i}`))).toEqual({ shown: 'c0, c1, c2, c3, c4', more: 99_995 });
  });

  it('fills interface strings without expanding "$&" or placeholders inside a value', () => {
    expect(fillTemplate('Tệp {file}: {reason}', { file: '$&$\'', reason: '{file}' })).toBe('Tệp $&$\': {file}');
  });

  it('keeps a notice short in Vietnamese and English when a name is 1 MB', () => {
    const vi = translate('vi', 'projectImported', { name: HUGE, file: 'a.phusong.json' });
    const en = translate('en', 'projectImported', { name: HUGE, file: 'a.phusong.json' });
    expect(vi.length).toBeLessThan(600);
    expect(en.length).toBeLessThan(600);
    expect(vi).toMatch(/^Đã nhập dự án “Đ+…” từ a\.phusong\.json\.$/);
    expect(en).toMatch(/^Imported project “Đ+…” from a\.phusong\.json\.$/);
    expect(printT('vi', 'print', {}).length).toBeLessThan(100);
  });
});
