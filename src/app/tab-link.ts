/**
 * The browser side of tab coordination, kept thin: a Web Lock per open project (held by the tab that edits it)
 * and a BroadcastChannel for the messages of tab-sync-rules. Where either API is missing the link does nothing
 * and every tab edits; the store's revision check then still refuses stale saves.
 */
import { isTabMessage, type TabMessage } from './tab-sync-rules';

export interface TabLink {
  /**
   * Asks to edit `projectId` (letting go of any project held before). True when this tab now edits it; false when
   * another tab does: `onGranted` then runs once that tab lets go (closed, or handed over). `onLost` runs if
   * another tab seizes the project later. With `queue`, does not try first: just waits in line.
   */
  claim(projectId: string, events: LockEvents, queue?: boolean): Promise<boolean>;
  /** Takes the project from the tab editing it, whatever that tab is doing (it gets `onLost`). */
  seize(projectId: string, events: LockEvents): Promise<void>;
  post(message: TabMessage): void;
  listen(handler: (message: TabMessage) => void): void;
}

export interface LockEvents {
  onGranted(): void;
  onLost(): void;
}

const lockName = (projectId: string) => `phusong-project:${projectId}`;

/** The link of this browser tab; a no-op link where the APIs are missing, and outside a page (Node has a channel). */
export function browserTabLink(): TabLink {
  const inPage = typeof window !== 'undefined';
  const locks = inPage && typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const channel = inPage && typeof BroadcastChannel === 'function' ? new BroadcastChannel('phusong-tabs') : null;
  let held: { release: () => void; abort: AbortController } | null = null;

  function letGo(): void {
    held?.release();
    held?.abort.abort();
    held = null;
  }

  /** Requests the lock; `granted(true)` when held, `granted(false)` when ifAvailable found it taken. */
  function request(projectId: string, options: LockOptions, events: LockEvents, granted: (got: boolean) => void): void {
    if (!locks) return granted(true);
    letGo();
    const mine: { release: () => void; abort: AbortController } = { release: () => undefined, abort: new AbortController() };
    held = mine;
    const hold = new Promise<void>((resolve) => {
      mine.release = resolve;
    });
    // Only a request that waits in line may carry a signal (the Web Locks API refuses it with steal or ifAvailable).
    const signal = options.steal || options.ifAvailable ? undefined : mine.abort.signal;
    locks
      .request(lockName(projectId), { ...options, ...(signal ? { signal } : {}) }, async (lock) => {
        granted(lock !== null);
        if (lock) await hold;
      })
      // Rejected when another tab seized the lock, or when this tab stopped waiting (then it is no longer `held`).
      .catch(() => {
        if (held === mine) {
          held = null;
          events.onLost();
        }
      });
  }

  return {
    claim(projectId, events, queue = false) {
      return new Promise<boolean>((resolve) => {
        if (queue) {
          request(projectId, {}, events, () => events.onGranted());
          resolve(false);
          return;
        }
        request(projectId, { ifAvailable: true }, events, (got) => {
          resolve(got);
          if (!got) request(projectId, {}, events, () => events.onGranted());
        });
      });
    },
    seize(projectId, events) {
      return new Promise<void>((resolve) => request(projectId, { steal: true }, events, () => resolve()));
    },
    post(message) {
      channel?.postMessage(message);
    },
    listen(handler) {
      channel?.addEventListener('message', (e: MessageEvent<unknown>) => {
        if (isTabMessage(e.data)) handler(e.data);
      });
    },
  };
}
