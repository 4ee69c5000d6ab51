/** Whether this runtime can share buffers between threads (a browser page must be cross-origin isolated). */
export function canShareBuffers(): boolean {
  return typeof SharedArrayBuffer === 'function' && typeof Atomics === 'object';
}

/** A SharedArrayBuffer where the runtime has them, else a plain ArrayBuffer. */
export function shareableBuffer(bytes: number): ArrayBuffer | SharedArrayBuffer {
  return canShareBuffers() ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}
