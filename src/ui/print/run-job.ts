/** Runs a long print job with the progress bar shown and errors reported in the print view. */
import { Cancelled } from '../../app/print-export';
import { printStore } from '../../app/print-store';
import { errorMessage } from '../../domain/text/error-message';

export async function runJob(job: (progress: (label: string, done: number, total: number) => void) => Promise<void>): Promise<void> {
  if (printStore.get().progress) return;
  printStore.set({ progress: { label: '…', done: 0, total: 1 }, error: null });
  try {
    await job((label, done, total) => printStore.set({ progress: { label, done, total } }));
  } catch (e) {
    if (!(e instanceof Cancelled)) printStore.set({ error: errorMessage(e) });
  } finally {
    printStore.set({ progress: null });
  }
}

export function pdfBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes.slice().buffer], { type: 'application/pdf' });
}

export function fileStem(name: string): string {
  return (name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'phusong').toLowerCase();
}
