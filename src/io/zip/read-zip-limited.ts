/**
 * Unzipping with a budget, for the shapefile and KMZ readers. A zip's headers and central directory can lie about
 * sizes, so the bytes are counted as they inflate and the read stops as soon as one limit is passed: memory stays
 * bounded by the limits plus one chunk's output, whatever the archive declares.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { errorMessage } from '../../domain/text/error-message';
import { layerText, type LayerText } from '../layer-issues';

export interface ZipLimits {
  /** Largest inflated size of one entry. */
  maxEntryBytes: number;
  /** Largest inflated size of all the entries read. */
  maxTotalBytes: number;
  /** Largest inflated / compressed ratio of an entry, checked once it has inflated past `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * A province's commune shapefile is a few MB and a detailed village layer or KML a few tens, so 128 MB an entry
 * and 256 MB in all leave 5–50× headroom while staying far below what a tab survives once the features are
 * parsed (several bytes of objects per inflated byte). Real .shp/.dbf/.kml compress 2–30×, a sparse .dbf of
 * blank text fields up to ~100×; deflate's ceiling is ~1030× and zero-filled bombs reach it, so an entry past
 * 1 MB inflating more than 200× its compressed size is refused without waiting for the size limits.
 */
export const ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntryBytes: 128 * MiB,
  maxTotalBytes: 256 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MiB,
};

/** Input is pushed in slices this big, so one push inflates to at most ~1030× it (~16 MB) before the next check. */
const CHUNK_BYTES = 16 * KiB;

/** On refusal, `inflated` is how many bytes had been inflated when the read stopped. */
export type ZipRead = { ok: true; files: Map<string, Uint8Array> } | { ok: false; problem: LayerText; inflated: number };

/** Sizes as people read them: 212 KB, 4 MB, 1.5 GB. */
export function formatBytes(bytes: number): string {
  if (bytes < MiB) return `${Math.max(1, Math.round(bytes / KiB))} KB`;
  if (bytes < 1024 * MiB) return `${Math.round(bytes / MiB)} MB`;
  return `${(bytes / (1024 * MiB)).toFixed(1)} GB`;
}

/** The entries `wanted` picks by name, inflated within `limits`; anything else in the zip is never inflated. */
export function readZipLimited(bytes: Uint8Array, wanted: (name: string) => boolean, limits: Readonly<ZipLimits> = ZIP_LIMITS): ZipRead {
  const files = new Map<string, Uint8Array>();
  const zipSize = formatBytes(bytes.length);
  let total = 0;
  let problem: LayerText | null = null;

  const inflate = (file: UnzipFile): void => {
    const compressed = file.size ?? bytes.length;
    const chunks: Uint8Array[] = [];
    let inflated = 0;
    file.ondata = (err, data, final) => {
      if (problem) return;
      if (err) {
        problem = layerText('unzipFailed', { detail: `${file.name}: ${errorMessage(err)}` });
        return;
      }
      inflated += data.length;
      total += data.length;
      if (inflated > limits.maxEntryBytes) {
        problem = layerText('zipEntryTooBig', { entry: file.name, limit: formatBytes(limits.maxEntryBytes), zipSize });
      } else if (total > limits.maxTotalBytes) {
        problem = layerText('zipTotalTooBig', { limit: formatBytes(limits.maxTotalBytes), zipSize });
      } else if (inflated > limits.ratioFloorBytes && inflated > limits.maxRatio * compressed) {
        problem = layerText('zipRatioTooHigh', {
          entry: file.name, inflated: formatBytes(inflated), compressed: formatBytes(compressed), ratio: limits.maxRatio,
        });
      }
      if (problem) return;
      chunks.push(data);
      if (final) files.set(file.name, concat(chunks, inflated));
    };
    file.start();
  };

  const unzip = new Unzip((file) => {
    if (!problem && wanted(file.name)) inflate(file);
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !problem; at += CHUNK_BYTES) {
      const end = Math.min(at + CHUNK_BYTES, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (e) {
    problem ??= layerText('unzipFailed', { detail: errorMessage(e) });
  }
  return problem ? { ok: false, problem, inflated: total } : { ok: true, files };
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
