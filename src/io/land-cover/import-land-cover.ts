/**
 * One entry for a land-cover file: a classified GeoTIFF (told by its first bytes) or GeoJSON polygons with a class
 * property. Shared by the app's worker and the CLI. A file over the size limit is refused before it is read.
 */
import type { BBox } from '../../domain/grid/equal-area-grid';
import type { LandCoverLegendId } from '../../domain/model/land-cover-legends';
import { demKind, DEM_MAX_FILE_BYTES, type DemInput } from '../dem/read-dem-files';
import { formatBytes } from '../zip/read-zip-limited';
import { landCoverIssue } from './land-cover-issues';
import { readLandCoverGeoJson, type LandCoverRead } from './read-land-cover';
import { readLandCoverTiff } from './read-land-cover-tiff';

export interface LandCoverImport extends LandCoverRead {
  fileName: string;
  format: 'geojson' | 'tiff' | null;
  /** For a GeoTIFF: the legend used and the one its values suggest. */
  legend: LandCoverLegendId | null;
  guessedLegend: LandCoverLegendId | null;
  /** For a GeoTIFF: its distinct values (no-data left out). */
  values: number[];
  cellM: number;
}

/** The coverage engine's coarser cell: land cover finer than this changes no site's clutter. */
export const LAND_COVER_CELL_M = 100;

const heldBytes = (file: DemInput): Uint8Array | null => ('bytes' in file && file.bytes instanceof Uint8Array ? file.bytes : null);

const startsLikeJson = (bytes: Uint8Array): boolean => {
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{');
};

export async function importLandCover(file: DemInput, area: BBox, legend?: LandCoverLegendId, maxFileBytes = DEM_MAX_FILE_BYTES): Promise<LandCoverImport> {
  const base = { fileName: file.name, legend: null, guessedLegend: null, values: [], cellM: LAND_COVER_CELL_M, model: null, areaKm2: [] };
  const size = heldBytes(file)?.length ?? ('size' in file ? file.size : 0);
  if (size > maxFileBytes) {
    return { ...base, format: null, issues: [landCoverIssue('error', file.name, 'lc-too-large', { size: formatBytes(size), limit: formatBytes(maxFileBytes) })] };
  }
  const bytes = heldBytes(file) ?? new Uint8Array(await ('arrayBuffer' in file ? file.arrayBuffer() : new ArrayBuffer(0)));
  if (demKind(bytes, '') === 'tiff') {
    return { ...base, ...(await readLandCoverTiff(bytes, file.name, area, legend, LAND_COVER_CELL_M)), fileName: file.name, format: 'tiff', cellM: LAND_COVER_CELL_M };
  }
  if (startsLikeJson(bytes)) {
    return { ...base, ...readLandCoverGeoJson(new TextDecoder().decode(bytes), file.name, area, LAND_COVER_CELL_M), format: 'geojson' };
  }
  return { ...base, format: null, issues: [landCoverIssue('error', file.name, 'lc-unknown-format')] };
}
