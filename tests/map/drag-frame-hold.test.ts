import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DragFrameHold } from '../../src/map/drag-frame-hold';

describe('DragFrameHold', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds a drag frame while coverage is due, and draws once the result comes', () => {
    const draw = vi.fn();
    const hold = new DragFrameHold(100, draw);
    expect(hold.hold(true, true)).toBe(true);
    vi.advanceTimersByTime(40);
    expect(hold.hold(true, false)).toBe(false);
    vi.advanceTimersByTime(200);
    expect(draw).not.toHaveBeenCalled();
  });

  it('draws a held frame when the wait runs out, counted from the first held frame', () => {
    const draw = vi.fn();
    const hold = new DragFrameHold(100, draw);
    hold.hold(true, true);
    vi.advanceTimersByTime(60);
    expect(hold.hold(true, true)).toBe(true);
    vi.advanceTimersByTime(39);
    expect(draw).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(draw).toHaveBeenCalledTimes(1);
    // the next move waits afresh
    expect(hold.hold(true, true)).toBe(true);
    vi.advanceTimersByTime(100);
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it('never holds outside a drag or when nothing is due', () => {
    const draw = vi.fn();
    const hold = new DragFrameHold(100, draw);
    expect(hold.hold(false, true)).toBe(false);
    expect(hold.hold(true, false)).toBe(false);
    vi.advanceTimersByTime(500);
    expect(draw).not.toHaveBeenCalled();
  });

  it('a release ends the wait without a late draw', () => {
    const draw = vi.fn();
    const hold = new DragFrameHold(100, draw);
    hold.hold(true, true);
    expect(hold.hold(false, true)).toBe(false);
    vi.advanceTimersByTime(500);
    expect(draw).not.toHaveBeenCalled();
  });
});
