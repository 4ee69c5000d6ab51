import { describe, expect, it } from 'vitest';
import { History } from '../../../src/domain/scenario/history';

describe('History', () => {
  it('undoes and redoes in order, and a new edit clears redo', () => {
    const h = new History<number>();
    let s = 0;
    const edit = (v: number) => { h.push(s); s = v; };
    edit(1);
    edit(2);
    s = h.undo(s) ?? s;
    expect(s).toBe(1);
    s = h.undo(s) ?? s;
    expect(s).toBe(0);
    expect(h.canUndo).toBe(false);
    s = h.redo(s) ?? s;
    expect(s).toBe(1);
    edit(5);
    expect(h.canRedo).toBe(false);
    expect(h.undo(s)).toBe(1);
  });

  it('coalesces one gesture into one step until sealed', () => {
    const h = new History<string>();
    h.push('start', 'drag:A');
    h.push('mid1', 'drag:A');
    h.push('mid2', 'drag:A');
    expect(h.undo('end')).toBe('start');
    expect(h.canUndo).toBe(false);
    h.push('x', 'drag:A');
    h.seal();
    h.push('y', 'drag:A');
    expect(h.undo('z')).toBe('y');
    expect(h.undo('y')).toBe('x');
  });

  it('keeps at most `limit` steps', () => {
    const h = new History<number>(3);
    for (let i = 0; i < 10; i++) h.push(i);
    expect([h.undo(10), h.undo(9), h.undo(8), h.undo(7)]).toEqual([9, 8, 7, null]);
  });
});
