/**
 * Elevation GeoTIFFs (Copernicus, ALOS, SRTM exports, survey DEMs): one band of int16, uint16 or float32, north
 * up, in WGS84 or a projected CRS of dem-crs. `geotiff` is imported dynamically so it stays out of the start-up
 * bundle. The GDAL_NODATA value becomes a void. PixelIsArea (the default) ties the pixel's corner, PixelIsPoint
 * its centre: the tile is stored by sample centres either way.
 */
import type { GeoTIFFImage } from 'geotiff';
import { errorMessage } from '../../domain/text/error-message';
import { NO_ELEVATION } from '../../domain/terrain/terrain-grid';
import { demCrsForEpsg } from './dem-crs';
import { demIssue, type DemIssue } from './dem-issues';
import { groundResolutionM, type DemTile } from './dem-tile';
import type { DemRead } from './read-hgt';

/** 64 M samples: a 1″ tile of 2° × 2° (7200²) fits, and as float32 it takes 256 MB once decoded. */
export const DEM_MAX_SAMPLES = 64 * 1024 * 1024;

const RASTER_PIXEL_IS_POINT = 2;
const MODEL_TYPE_PROJECTED = 1;
const MODEL_TYPE_GEOGRAPHIC = 2;

const fail = (issue: DemIssue): DemRead => ({ tiles: [], issues: [issue] });
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

type SampleKind = 'int16' | 'uint16' | 'float32';

export function sampleKind(image: GeoTIFFImage): SampleKind | string {
  const format = image.getSampleFormat();
  const bits = image.getBitsPerSample();
  if (format === 2 && bits === 16) return 'int16';
  if (format === 1 && bits === 16) return 'uint16';
  if (format === 3 && bits === 32) return 'float32';
  return `${format === 3 ? 'float' : format === 2 ? 'int' : 'uint'}${bits}`;
}

/** EPSG code of the image's CRS from its GeoKeys, or null when it has none. */
export function epsgOf(image: GeoTIFFImage): number | null {
  const keys = image.getGeoKeys() ?? {};
  const model = num(keys.GTModelTypeGeoKey);
  const projected = num(keys.ProjectedCSTypeGeoKey);
  const geographic = num(keys.GeographicTypeGeoKey);
  if (model === MODEL_TYPE_PROJECTED) return projected;
  if (model === MODEL_TYPE_GEOGRAPHIC) return geographic;
  return projected ?? geographic;
}

/** Origin (corner or centre per raster type) and steps, or null without north-up georeferencing. */
export function placement(image: GeoTIFFImage): { ox: number; oy: number; dx: number; dy: number } | null {
  try {
    const transform: unknown = image.fileDirectory.getValue('ModelTransformation');
    if (Array.isArray(transform) && (transform[1] !== 0 || transform[4] !== 0)) return null;
    const [ox, oy] = image.getOrigin();
    const [rx, ry] = image.getResolution();
    if (ox === undefined || oy === undefined || rx === undefined || ry === undefined) return null;
    const dx = rx;
    const dy = -ry;
    return dx > 0 && dy > 0 && Number.isFinite(ox) && Number.isFinite(oy) ? { ox, oy, dx, dy } : null;
  } catch {
    return null;
  }
}

/** The CRS coordinates of pixel (0, 0)'s centre: the origin itself for PixelIsPoint, half a pixel in for PixelIsArea. */
export function firstPixelCentre(image: GeoTIFFImage, place: { ox: number; oy: number; dx: number; dy: number }): [x: number, y: number] {
  const isPoint = num(image.getGeoKeys()?.GTRasterTypeGeoKey) === RASTER_PIXEL_IS_POINT;
  return isPoint ? [place.ox, place.oy] : [place.ox + place.dx / 2, place.oy - place.dy / 2];
}

/** Samples as Int16 (voids NO_ELEVATION) or Float32 (voids NaN). */
function heights(raw: ArrayLike<number>, kind: SampleKind, nodata: number | null): Int16Array | Float32Array {
  if (kind === 'int16' && raw instanceof Int16Array) {
    if (nodata !== null && nodata !== NO_ELEVATION) for (let i = 0; i < raw.length; i++) if (raw[i] === nodata) raw[i] = NO_ELEVATION;
    return raw;
  }
  const out = raw instanceof Float32Array ? raw : Float32Array.from(raw);
  const nd = nodata === null ? null : Math.fround(nodata);
  for (let i = 0; i < out.length; i++) if (out[i] === nd) out[i] = NaN;
  return out;
}

export function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return buffer;
  return bytes.slice().buffer;
}

export async function readGeoTiff(bytes: Uint8Array, name: string): Promise<DemRead> {
  let image: GeoTIFFImage;
  try {
    const { fromArrayBuffer } = await import('geotiff');
    image = await (await fromArrayBuffer(arrayBufferOf(bytes))).getImage();
  } catch (e) {
    return fail(demIssue('error', name, 'dem-tiff-unreadable', { detail: errorMessage(e) }));
  }
  const bands = image.getSamplesPerPixel();
  if (bands !== 1) return fail(demIssue('error', name, 'dem-tiff-bands', { bands }));
  const kind = sampleKind(image);
  if (kind !== 'int16' && kind !== 'uint16' && kind !== 'float32') return fail(demIssue('error', name, 'dem-tiff-sample-type', { type: kind }));
  const width = image.getWidth();
  const height = image.getHeight();
  if (width * height > DEM_MAX_SAMPLES) {
    return fail(demIssue('error', name, 'dem-too-many-samples', { width, height, limit: Math.round(DEM_MAX_SAMPLES / 1e6) }));
  }
  const epsg = epsgOf(image);
  const crs = epsg === null ? null : demCrsForEpsg(epsg);
  if (!crs) return fail(demIssue('error', name, 'dem-unknown-crs', { epsg: epsg ?? 'none' }));
  const place = placement(image);
  if (!place) return fail(demIssue('error', name, 'dem-tiff-no-georef'));
  const { dx, dy } = place;
  const [x0, y0] = firstPixelCentre(image, place);
  let values: Int16Array | Float32Array;
  try {
    values = heights(await image.readRasters({ interleave: true }), kind, image.getGDALNoData());
  } catch (e) {
    return fail(demIssue('error', name, 'dem-tiff-unreadable', { detail: errorMessage(e) }));
  }
  const midLat = y0 - ((height - 1) * dy) / 2;
  const tile: DemTile = { name, width, height, values, crs, x0, y0, dx, dy, resolutionM: groundResolutionM(crs, dx, dy, midLat) };
  return { tiles: [tile], issues: [] };
}
