import { describe, expect, it } from 'vitest';
import { factsLayout } from '../../../src/domain/print';

describe('factsLayout', () => {
  it('stacks a title and one row per figure, values right-aligned in the box', () => {
    const l = factsLayout({ x: 10, y: 50, w: 60, h: 40 }, 5, 4);
    expect(l.title.y).toBeCloseTo(50.5, 9);
    expect(l.rows).toHaveLength(4);
    // Row i starts one title row plus i rows down; its rule is at its bottom.
    expect(l.rows[2]?.label.y).toBeCloseTo(50 + 15 + 0.5, 9);
    expect(l.rows[2]?.ruleY).toBeCloseTo(70, 9);
    const v = l.rows[0]?.value;
    expect((v?.x ?? 0) + (v?.w ?? 0)).toBeCloseTo(70, 9);
    expect((l.rows[0]?.label.x ?? 0) + (l.rows[0]?.label.w ?? 0)).toBeLessThan(v?.x ?? 0);
  });

  it('leaves out rows that do not fit under the title', () => {
    expect(factsLayout({ x: 0, y: 0, w: 50, h: 22 }, 5, 9).rows).toHaveLength(3);
    expect(factsLayout({ x: 0, y: 0, w: 50, h: 4 }, 5, 9).rows).toHaveLength(0);
  });
});
