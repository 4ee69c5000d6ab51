import { describe, expect, it } from 'vitest';
import { layoutMapPage } from '../../../src/domain/print/page';
import { fitLines, linesNeeded, wrapWords } from '../../../src/domain/print/wrap-text';

/** One unit per character. */
const chars = (s: string): number => [...s].length;

describe('wrapping printed text', () => {
  it('wraps at spaces, keeping every word whole', () => {
    expect(wrapWords('BẢN ĐỒ HIỆN TRẠNG PHỦ SÓNG 4G', 10, chars)).toEqual(['BẢN ĐỒ', 'HIỆN TRẠNG', 'PHỦ SÓNG', '4G']);
    expect(wrapWords('a  b \t c', 10, chars)).toEqual(['a b c']);
    expect(wrapWords('population', 4, chars)).toEqual(['population']);
    expect(wrapWords('population', 4, chars, true)).toEqual(['popu', 'lati', 'on']);
  });

  it('fits the lines given, shrinking the text when they are not enough', () => {
    expect(fitLines('BẢN ĐỒ HIỆN TRẠNG', 10, 3, chars)).toEqual({ lines: ['BẢN ĐỒ', 'HIỆN TRẠNG'], scale: 1 });
    const one = fitLines('BẢN ĐỒ HIỆN TRẠNG', 10, 1, chars);
    expect(one.lines).toEqual(['BẢN ĐỒ HIỆN TRẠNG']);
    expect(chars(one.lines[0] ?? '') * one.scale).toBeLessThanOrEqual(10);
    // A word wider than the box shrinks rather than breaks.
    const word = fitLines('population', 8, 2, chars);
    expect(word.lines).toEqual(['population']);
    expect(word.scale).toBeCloseTo(0.8, 5);
    expect(linesNeeded('a b c d e f g h', 3, 3, chars)).toBe(3);
    expect(linesNeeded('', 3, 3, chars)).toBe(1);
  });

  it('gives a wrapped title and subtitle their lines, at the map\'s expense', () => {
    const one = layoutMapPage({ paper: 'A4', orientation: 'portrait' });
    const three = layoutMapPage({ paper: 'A4', orientation: 'portrait', titleLines: 3, subtitleLines: 2 });
    expect(three.title.h).toBeCloseTo(one.title.h * 3, 6);
    expect(three.subtitle.y).toBeCloseTo(three.title.y + three.title.h, 6);
    expect(three.map.y).toBeGreaterThan(one.map.y);
    expect(three.map.y + three.map.h).toBeCloseTo(one.map.y + one.map.h, 6);
    expect(layoutMapPage({ paper: 'A4', orientation: 'portrait', titleLines: 9 }).title.h).toBeCloseTo(one.title.h * 3, 6);
  });

  it('fits a note of a thousand names (the sites outside every unit) measuring each character a bounded number of times', () => {
    const note = Array.from({ length: 1000 }, (_, i) => `Trạm BTS số ${i + 1} ngoài ranh giới`).join(', ');
    let measured = 0;
    const counted = (s: string): number => {
      measured += s.length;
      return s.length * 1.5;
    };
    const fitted = fitLines(note, 277, 12, counted);
    expect(fitted.lines.join(' ')).toBe(note);
    for (const line of fitted.lines) expect(counted(line) * fitted.scale).toBeLessThanOrEqual(277 + 1e-9);
    // Measuring each growing line afresh at every word and every size took thousands of times the note's length.
    expect(measured).toBeLessThan(note.length * 20);
  });
});

