/**
 * The coverage last shown for a project, kept so that reopening the project puts its map and figures on screen at
 * once while the engine builds again. A cache, never the project: a database of its own beside the projects' (as
 * the measurements'), one record per project, and a record that cannot be read, or that was made for another
 * revision of the project, other settings or another build of the engine, is simply not used.
 *
 * The images are stored gzip-compressed with the browser's own CompressionStream: one image of the demo is 4 MB of
 * RGBA but about 0.2 MB compressed, so keeping it costs little at each save.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CoverageFigures } from '../../domain/coverage';
import type { CoverageImage } from '../../domain/display/coverage-image';
import { TECHNOLOGIES, type Technology } from '../../domain/model/types';

export interface CachedCoverage {
  projectId: string;
  /** The stored revision of the project this coverage was computed for. */
  revision: number;
  /** The engine's build and the coverage settings it was computed with (app/coverage-memory `coverageKey`). */
  key: string;
  figures: CoverageFigures;
  baselineFigures: CoverageFigures;
  images: Partial<Record<Technology, CoverageImage>>;
}

interface StoredImage {
  tech: Technology;
  width: number;
  height: number;
  bounds: [number, number, number, number];
  gzip: ArrayBuffer;
}

interface StoredCoverage extends Omit<CachedCoverage, 'images'> {
  images: StoredImage[];
}

interface CoverageDb extends DBSchema {
  coverage: { key: string; value: StoredCoverage };
}

const DB_NAME = 'phusong-coverage-cache';

let opened: Promise<IDBPDatabase<CoverageDb>> | null = null;

function db(): Promise<IDBPDatabase<CoverageDb>> {
  opened ??= openDB<CoverageDb>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('coverage', { keyPath: 'projectId' });
    },
  });
  return opened;
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<ArrayBuffer> {
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream)).arrayBuffer();
}

/**
 * The compressed pixels of an image last written, so that a save which only moved the revision does not compress
 * again. An edit writes its patch into the same pixels with a new version (domain/display/image-patch.ts), so the
 * version is part of the match. (The Blob copies the pixels when it is made: a later patch cannot reach them.)
 */
const packed = new WeakMap<Uint8ClampedArray, { seq: number | null; gzip: Promise<ArrayBuffer> }>();

function gzipOf(image: CoverageImage): Promise<ArrayBuffer> {
  const seq = image.version?.seq ?? null;
  const known = packed.get(image.rgba);
  if (known && known.seq === seq) return known.gzip;
  const { rgba } = image;
  const gzip = through(new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.byteLength), new CompressionStream('gzip'));
  packed.set(rgba, { seq, gzip });
  gzip.catch(() => packed.delete(rgba));
  return gzip;
}

async function packImage(tech: Technology, image: CoverageImage): Promise<StoredImage> {
  return { tech, width: image.width, height: image.height, bounds: image.bounds, gzip: await gzipOf(image) };
}

async function unpackImage(stored: StoredImage): Promise<CoverageImage> {
  const rgba = new Uint8ClampedArray(await through(new Uint8Array(stored.gzip), new DecompressionStream('gzip')));
  if (rgba.length !== stored.width * stored.height * 4) throw new Error('a cached coverage image has the wrong size');
  return { width: stored.width, height: stored.height, bounds: stored.bounds, rgba };
}

export async function saveCoverage(c: CachedCoverage): Promise<void> {
  const images: StoredImage[] = [];
  for (const tech of TECHNOLOGIES) {
    const image = c.images[tech];
    if (image) images.push(await packImage(tech, image));
  }
  await (await db()).put('coverage', { ...c, images });
}

/** The project's kept coverage (its revision and key are the caller's to check); null when none or unreadable. */
export async function loadCoverage(projectId: string): Promise<CachedCoverage | null> {
  try {
    const stored = await (await db()).get('coverage', projectId);
    if (!stored) return null;
    const images: Partial<Record<Technology, CoverageImage>> = {};
    for (const image of stored.images) images[image.tech] = await unpackImage(image);
    return { ...stored, images };
  } catch {
    // A cache that cannot be read is a cache miss: the engine computes the coverage as it would without one.
    return null;
  }
}

export async function deleteCoverage(projectId: string): Promise<void> {
  await (await db()).delete('coverage', projectId);
}
