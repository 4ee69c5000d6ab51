/**
 * Runs at most one request at a time and keeps only the newest waiting one: while a site is dragged,
 * intermediate positions are skipped and the last one always runs. Superseded callers get `null`.
 */
export class LatestOnlyQueue<T> {
  private running = false;
  private pending: { job: () => Promise<T>; resolve: (v: T | null) => void; reject: (e: unknown) => void } | null = null;

  run(job: () => Promise<T>): Promise<T | null> {
    return new Promise<T | null>((resolve, reject) => {
      if (this.pending) this.pending.resolve(null);
      this.pending = { job, resolve, reject };
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    while (this.pending) {
      const next = this.pending;
      this.pending = null;
      this.running = true;
      try {
        next.resolve(await next.job());
      } catch (e) {
        next.reject(e);
      } finally {
        this.running = false;
      }
    }
  }
}
