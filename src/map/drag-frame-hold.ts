/**
 * Holds a drag's frame back while the coverage of what moved is on its way, for at most `maxMs`, so that one frame
 * shows the moved site and its coverage. With software GL a frame is about 60 ms of the GPU process: a frame of the
 * site alone made the coverage's frame wait behind it.
 */
export class DragFrameHold {
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `draw` runs when a held frame's wait runs out. */
  constructor(private readonly maxMs: number, private readonly draw: () => void) {}

  /** True when the frame waits (the caller draws nothing now); false ends any wait, and the caller draws. */
  hold(dragging: boolean, coverageDue: boolean): boolean {
    if (dragging && coverageDue) {
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.draw();
      }, this.maxMs);
      return true;
    }
    this.cancel();
    return false;
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
