/**
 * A classified land-cover GeoTIFF (ESA WorldCover, Dynamic World, PhuSong's own codes): one band of whole-number
 * class values, north up, in a CRS of dem/dem-crs. Only the window over the area is read, at most four pixels a cell
 * side (tiff-window). Values are turned into the model's classes by a legend (guessed from the values present in
 * the window unless given), then resampled once onto a grid over the area: each cell takes the most
 * frequent class among up to 5 × 5 pixels spread over it (the mode; one pixel, the nearest, when pixels are as big as
 * the cell). No-data pixels do not vote; a cell with no pixel is unknown (0). `geotiff` is loaded only when used.
 */
import type { GeoTIFFImage } from 'geotiff';
import { createGrid, type BBox } from '../../domain/grid/equal-area-grid';
import { landCoverAreasKm2 } from '../../domain/model/land-cover-areas';
import { LAND_COVER_CLASSES, LAND_COVER_UNKNOWN, landCoverCode, type LandCoverModel } from '../../domain/model/land-cover';
import { guessLegend, legendClass, legendNoData, type LandCoverLegendId } from '../../domain/model/land-cover-legends';
import { errorMessage } from '../../domain/text/error-message';
import { demCrsForEpsg } from '../dem/dem-crs';
import { locatorFor } from '../dem/dem-locate';
import { arrayBufferOf, DEM_MAX_SAMPLES, epsgOf, firstPixelCentre, placement, sampleKind } from '../dem/read-geotiff';
import { landCoverIssue, type LandCoverIssue, type LandCoverIssueCode } from './land-cover-issues';
import { areaWindow, readSize, windowPlace, type RasterPlace } from './tiff-window';
import type { LandCoverRead } from './read-land-cover';

/** More distinct values than this and the raster is not a class map (WorldCover has 11, Dynamic World 9). */
export const MAX_CLASS_VALUES = 32;
/** Pixels sampled per cell side at most: 25 votes decide a cell's class. */
const MAX_VOTES_PER_SIDE = 5;
/** A pixel with no vote: no-data, or outside the raster. */
const NO_VOTE = 255;
const M_PER_DEG = 111_320;

export interface LandCoverTiffRead extends LandCoverRead {
  /** The legend used (null when the file was refused before one was chosen). */
  legend: LandCoverLegendId | null;
  /** The legend the values suggest (null when none fits). */
  guessedLegend: LandCoverLegendId | null;
  /** The distinct values of the raster, no-data left out, ascending. */
  values: number[];
}

let reads = 0;

/** Distinct values and their pixel counts (runs of one value counted at once: class maps are mostly runs). */
function valueCounts(raster: ArrayLike<number>, nodata: number | null, limit: number): Map<number, number> | null {
  const counts = new Map<number, number>();
  let run = raster.length > 0 ? (raster[0] ?? 0) : 0;
  let runLength = 0;
  const flush = (): boolean => {
    if (runLength > 0 && run !== nodata) counts.set(run, (counts.get(run) ?? 0) + runLength);
    return counts.size <= limit;
  };
  for (let i = 0; i < raster.length; i++) {
    const v = raster[i] ?? 0;
    if (v === run) { runLength++; continue; }
    if (!flush()) return null;
    run = v;
    runLength = 1;
  }
  return flush() ? counts : null;
}

/** Each pixel's class code (0 unknown) or NO_VOTE for no-data. */
function pixelClasses(raster: ArrayLike<number>, nodata: number | null, legend: LandCoverLegendId): Uint8Array {
  const out = new Uint8Array(raster.length);
  const codes = new Map<number, number>();
  for (let i = 0; i < raster.length; i++) {
    const v = raster[i] ?? 0;
    let code = codes.get(v);
    if (code === undefined) {
      const cls = v === nodata ? null : legendClass(legend, v);
      code = v === nodata ? NO_VOTE : cls ? landCoverCode(cls) : LAND_COVER_UNKNOWN;
      codes.set(v, code);
    }
    out[i] = code;
  }
  return out;
}

export async function readLandCoverTiff(
  bytes: Uint8Array, fileName: string, area: BBox, legendChoice?: LandCoverLegendId, cellM = 100,
): Promise<LandCoverTiffRead> {
  const issues: LandCoverIssue[] = [];
  let values: number[] = [];
  let guessedLegend: LandCoverLegendId | null = null;
  const fail = (code: LandCoverIssueCode, params = {}): LandCoverTiffRead => ({
    model: null, issues: [...issues, landCoverIssue('error', fileName, code, params)], areaKm2: [], legend: null, guessedLegend, values,
  });
  let image: GeoTIFFImage;
  try {
    const { fromArrayBuffer } = await import('geotiff');
    image = await (await fromArrayBuffer(arrayBufferOf(bytes))).getImage();
  } catch (e) {
    return fail('lc-tiff-unreadable', { detail: errorMessage(e) });
  }
  const bands = image.getSamplesPerPixel();
  if (bands !== 1) return fail('lc-tiff-bands', { bands });
  const kind = sampleKind(image);
  if (kind.startsWith('float')) return fail('lc-tiff-float', { type: kind });
  const epsg = epsgOf(image);
  const crs = epsg === null ? null : demCrsForEpsg(epsg);
  if (!crs) return fail('lc-tiff-unknown-crs', { epsg: epsg ?? 'none' });
  const place = placement(image);
  if (!place) return fail('lc-tiff-no-georef');
  const [fileX0, fileY0] = firstPixelCentre(image, place);
  const file: RasterPlace = { x0: fileX0, y0: fileY0, dx: place.dx, dy: place.dy, width: image.getWidth(), height: image.getHeight() };
  const window = areaWindow(area, crs, file);
  if (!window) return fail('lc-outside-area');
  const midLat = (area[1] + area[3]) / 2;
  const isDegrees = crs.proj4 === null || crs.proj4.includes('+proj=longlat');
  const metresX = isDegrees ? M_PER_DEG * Math.cos((midLat * Math.PI) / 180) : 1;
  const metresY = isDegrees ? M_PER_DEG : 1;
  const size = readSize(window, Math.min(file.dx * metresX, file.dy * metresY), cellM);
  if (size.width * size.height > DEM_MAX_SAMPLES) {
    return fail('lc-tiff-too-many-samples', { width: size.width, height: size.height, limit: Math.round(DEM_MAX_SAMPLES / 1e6) });
  }
  let raster: ArrayLike<number>;
  try {
    const { col0, row0, col1, row1 } = window;
    raster = (await image.readRasters({ window: [col0, row0, col1, row1], ...size, resampleMethod: 'nearest', interleave: true })) as ArrayLike<number>;
  } catch (e) {
    return fail('lc-tiff-unreadable', { detail: errorMessage(e) });
  }
  const nodata = image.getGDALNoData();
  const counts = valueCounts(raster, nodata, MAX_CLASS_VALUES);
  if (!counts) return fail('lc-tiff-too-many-values', { count: `> ${MAX_CLASS_VALUES}`, limit: MAX_CLASS_VALUES });
  values = [...counts.keys()].sort((a, b) => a - b);
  guessedLegend = guessLegend(values);
  const legend = legendChoice ?? guessedLegend;
  if (!legend) return fail('lc-tiff-unknown-codes', { values: values.join(', ') });
  const noVote = nodata ?? legendNoData(legend);
  const unknown = values.filter((v) => v !== noVote && legendClass(legend, v) === null);
  if (unknown.length > 0) issues.push(landCoverIssue('warning', fileName, 'lc-tiff-unknown-values', { values: unknown.join(', '), legend }));

  const pixels = pixelClasses(raster, noVote, legend);
  const grid = createGrid(area, cellM);
  const { x0, y0, dx, dy, width, height } = windowPlace(file, window, size);
  const spanC = cellM / (dx * metresX);
  const spanR = cellM / (dy * metresY);
  const k = Math.min(MAX_VOTES_PER_SIDE, Math.max(1, Math.round(Math.max(spanC, spanR))));
  const offC = Array.from({ length: k }, (_, i) => ((i + 0.5) / k - 0.5) * spanC);
  const offR = Array.from({ length: k }, (_, i) => ((i + 0.5) / k - 0.5) * spanR);

  const locate = locatorFor(crs, grid);
  const tx = new Float64Array(grid.nx);
  const ty = new Float64Array(grid.nx);
  const classes = new Uint8Array(grid.nx * grid.ny);
  const votes = new Uint16Array(LAND_COVER_CLASSES.length + 1);
  let inside = 0;
  let known = 0;
  for (let row = 0; row < grid.ny; row++) {
    locate(row, tx, ty);
    for (let col = 0; col < grid.nx; col++) {
      const fc = ((tx[col] ?? NaN) - x0) / dx;
      const fr = (y0 - (ty[col] ?? NaN)) / dy;
      votes.fill(0);
      let voted = false;
      for (const or of offR) {
        const r = Math.round(fr + or);
        if (!(r >= 0 && r < height)) continue;
        for (const oc of offC) {
          const c = Math.round(fc + oc);
          if (!(c >= 0 && c < width)) continue;
          const code = pixels[r * width + c] ?? NO_VOTE;
          if (code === NO_VOTE) continue;
          votes[code] = (votes[code] ?? 0) + 1;
          voted = true;
        }
      }
      if (!voted) continue;
      inside++;
      // a class outvotes unknown values whatever their number; among classes the most votes win
      let best = LAND_COVER_UNKNOWN;
      let most = 0;
      for (let code = 1; code < votes.length; code++) {
        const n = votes[code] ?? 0;
        if (n > most) { best = code; most = n; }
      }
      classes[row * grid.nx + col] = best;
      if (best !== LAND_COVER_UNKNOWN) known++;
    }
  }
  if (inside === 0) return { ...fail('lc-outside-area'), legend, guessedLegend };
  if (known === 0) return { ...fail('lc-tiff-no-class', { legend }), legend };
  reads++;
  const cover = { grid, classes };
  const model: LandCoverModel = { id: `land-cover:tiff:${Date.now().toString(36)}:${reads}`, sources: [fileName], generated: false, cover };
  return { model, issues, areaKm2: landCoverAreasKm2(cover), legend, guessedLegend, values };
}
