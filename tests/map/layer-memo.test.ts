import { describe, expect, it } from 'vitest';
import { LayerMemo } from '../../src/map/layer-memo';

describe('LayerMemo', () => {
  it('hands back the same layer while every input is the same value, and builds anew when one changes', () => {
    const memo = new LayerMemo();
    const data = [1, 2];
    let built = 0;
    const make = () => ({ n: ++built });
    const a = memo.keep('sites', [data, true, 1.4], make);
    expect(memo.keep('sites', [data, true, 1.4], make)).toBe(a);
    expect(built).toBe(1);
    const b = memo.keep('sites', [[1, 2], true, 1.4], make);
    expect(b).not.toBe(a);
    expect(memo.keep('sites', [[1, 2], false, 1.4], make)).not.toBe(b);
    expect(memo.keep('sites', [[1, 2], false], make).n).toBe(4);
    expect(memo.keep('roads', [NaN], make)).toBe(memo.keep('roads', [NaN], make));
  });
});
