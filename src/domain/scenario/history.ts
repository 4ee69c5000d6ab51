/**
 * Undo/redo over immutable snapshots. A gesture (one drag, typing in one field) records one step: pushes
 * with the same coalesce key as the previous push replace nothing and keep the snapshot from before the gesture.
 */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastKey: string | null = null;

  constructor(private readonly limit = 200) {}

  /** Records `before` (the state the edit starts from); clears redo. */
  push(before: T, coalesceKey: string | null = null): void {
    if (coalesceKey !== null && coalesceKey === this.lastKey) return;
    this.lastKey = coalesceKey;
    this.past.push(before);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  /** Ends a gesture: the next push records a new step even with the same key. */
  seal(): void {
    this.lastKey = null;
  }

  undo(current: T): T | null {
    const prev = this.past.pop();
    if (prev === undefined) return null;
    this.future.push(current);
    this.lastKey = null;
    return prev;
  }

  redo(current: T): T | null {
    const next = this.future.pop();
    if (next === undefined) return null;
    this.past.push(current);
    this.lastKey = null;
    return next;
  }

  clear(): void {
    this.past = [];
    this.future = [];
    this.lastKey = null;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }
}
