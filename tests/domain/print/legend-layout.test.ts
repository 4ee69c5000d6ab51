import { describe, expect, it } from 'vitest';
import { geqGlyph, legendLayout, splitAtGeq } from '../../../src/domain/print';

describe('legendLayout', () => {
  it('one column in a narrow box: title row, then one row per entry, swatch left of its label', () => {
    const l = legendLayout({ x: 200, y: 30, w: 70, h: 80 }, 5, 3, true);
    expect(l.title?.y).toBeCloseTo(30.5, 9);
    expect(l.entries).toHaveLength(3);
    // Entry i is one title row plus i rows down, its 3.5 mm swatch centred in its 5 mm row.
    expect(l.entries[2]?.swatch.y).toBeCloseTo(30 + 5 + 10 + 0.75, 9);
    expect(l.entries[2]?.swatch.x).toBe(200);
    const e = l.entries[0];
    expect((e?.swatch.x ?? 0) + (e?.swatch.w ?? 0)).toBeLessThan(e?.label.x ?? 0);
    expect((e?.label.x ?? 0) + (e?.label.w ?? 0)).toBeLessThanOrEqual(270);
  });

  it('two columns in a wide box, the first column filled first', () => {
    const l = legendLayout({ x: 10, y: 0, w: 190, h: 40 }, 5, 5, false);
    expect(l.title).toBeNull();
    expect(l.entries.map((e) => e.swatch.x)).toEqual([10, 10, 10, 105, 105]);
    expect(l.entries[3]?.label.y).toBeCloseTo(0.5, 9);
  });
});

describe('the ≥ sign', () => {
  it('splits a threshold label around it', () => {
    expect(splitAtGeq('4G \u2265 −85 dBm: rất tốt')).toEqual(['4G ', ' −85 dBm: rất tốt']);
    expect(splitAtGeq('Trạm BTS Viettel')).toBeNull();
  });

  it('draws it as a chevron over a bar inside its advance, above the baseline', () => {
    const g = geqGlyph(10, 50, 3);
    expect(g.advance).toBeCloseTo(1.74, 9);
    expect(g.lines).toHaveLength(3);
    for (const [x1, y1, x2, y2] of g.lines) {
      for (const x of [x1, x2]) expect(x).toBeGreaterThan(10);
      for (const x of [x1, x2]) expect(x).toBeLessThan(10 + g.advance);
      for (const y of [y1, y2]) expect(y).toBeLessThan(50);
      for (const y of [y1, y2]) expect(y).toBeGreaterThan(50 - 3);
    }
    // The chevron points right: its middle vertex is the rightmost.
    expect(g.lines[0]?.[2]).toBeGreaterThan(g.lines[0]?.[0] ?? Infinity);
  });
});
