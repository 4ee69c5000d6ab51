import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { NO_ELEVATION } from '../../../src/domain/terrain/terrain-grid';
import { demIssueText } from '../../../src/i18n/dem-strings';
import type { DemIssue } from '../../../src/io/dem/dem-issues';

const demIssueEn = (issue: DemIssue): string => demIssueText('en', issue);
import { locatorsFor } from '../../../src/io/dem/dem-locate';
import { readDemFiles } from '../../../src/io/dem/read-dem-files';
import { resampleDem } from '../../../src/io/dem/resample-dem';
import { gridWithCentres, makeGeoTiff } from './make-dem';

const plane = (lon: number, lat: number): number => 100 + 1000 * (lon - 107) + 500 * (lat - 12);

/** A 0.01° WGS84 raster over 107.0–107.6°E, 12.4–13.0°N, sampled from `plane` at the pixel centres. */
function wgs84Values<T extends Int16Array | Float32Array>(values: T): T {
  for (let r = 0; r < 60; r++) for (let c = 0; c < 60; c++) values[r * 60 + c] = plane(107.005 + c * 0.01, 12.995 - r * 0.01);
  return values;
}

describe('GeoTIFF elevation', () => {
  it('reads int16 WGS84 (PixelIsArea), turns GDAL_NODATA into voids and resamples to the plane', async () => {
    const values = wgs84Values(new Int16Array(3600));
    values[0] = -9999;
    const bytes = makeGeoTiff({ width: 60, height: 60, values, tie: [107, 13], scale: [0.01, 0.01], epsg: 4326, projected: false, nodata: '-9999' });
    const { tiles, issues } = await readDemFiles({ name: 'dem.tif', bytes });
    expect(issues).toEqual([]);
    const [tile] = tiles;
    expect(tile?.values).toBeInstanceOf(Int16Array);
    expect(tile?.values[0]).toBe(NO_ELEVATION);
    expect(tile?.x0).toBeCloseTo(107.005, 9);
    expect(tile?.y0).toBeCloseTo(12.995, 9);
    expect(tile?.resolutionM).toBeGreaterThan(1000);
    const { grid, centre } = gridWithCentres([107.1, 12.5, 107.5, 12.9], 500);
    const out = resampleDem(tiles, grid);
    expect(out.covered).toBe(grid.nx * grid.ny);
    let worst = 0;
    for (let i = 0; i < grid.nx * grid.ny; i++) worst = Math.max(worst, Math.abs((out.terrain.heights[i] ?? 0) - plane(...centre(i))));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('reads float32 WGS84 tied at the pixel centre (PixelIsPoint), nodata as NaN', async () => {
    const values = wgs84Values(new Float32Array(3600));
    values[61] = -32767;
    const bytes = makeGeoTiff({
      width: 60, height: 60, values, tie: [107.005, 12.995], scale: [0.01, 0.01], epsg: 4326, projected: false, nodata: '-32767', pixelIsPoint: true,
    });
    const { tiles, issues } = await readDemFiles([{ name: 'dem.TIFF', bytes }]);
    expect(issues).toEqual([]);
    expect(tiles[0]?.x0).toBeCloseTo(107.005, 9);
    expect(tiles[0]?.values).toBeInstanceOf(Float32Array);
    expect(tiles[0]?.values[61]).toBeNaN();
    expect(tiles[0]?.values[62]).toBeCloseTo(plane(107.025, 12.985), 3);
  });

  it('reads a UTM 48N (EPSG:32648) float32 tile through proj4', async () => {
    const utm = proj4('WGS84', '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs');
    const [e0 = 0, n0 = 0] = utm.forward([107.2, 12.8]);
    const east = Math.round(e0);
    const north = Math.round(n0);
    const utmPlane = (e: number, n: number): number => 300 + 0.01 * (e - east) - 0.02 * (n - north);
    const w = 400;
    const h = 400;
    const values = new Float32Array(w * h);
    for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) values[r * w + c] = utmPlane(east + 15 + c * 30, north - 15 - r * 30);
    const bytes = makeGeoTiff({ width: w, height: h, values, tie: [east, north], scale: [30, 30], epsg: 32648, projected: true });
    const { tiles, issues } = await readDemFiles({ name: 'utm.tif', bytes });
    expect(issues).toEqual([]);
    expect(tiles[0]?.resolutionM).toBe(30);
    const { grid, centre } = gridWithCentres([107.25, 12.75, 107.3, 12.79], 60);
    const out = resampleDem(tiles, grid);
    expect(out.covered).toBe(grid.nx * grid.ny);
    let worst = 0;
    for (let i = 0; i < grid.nx * grid.ny; i++) {
      const [e = 0, n = 0] = utm.forward(centre(i));
      worst = Math.max(worst, Math.abs((out.terrain.heights[i] ?? 0) - utmPlane(e, n)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('places projected cells on the proj4 mesh within a centimetre of per-cell proj4', async () => {
    const bytes = makeGeoTiff({ width: 2, height: 2, values: new Float32Array(4), tie: [700000, 1400000], scale: [30, 30], epsg: 32648, projected: true });
    const { tiles } = await readDemFiles({ name: 'utm.tif', bytes });
    const { grid, centre } = gridWithCentres([107.5, 12.5, 108.5, 13.5], 100);
    const [locate] = locatorsFor(tiles, grid);
    const utm = proj4('WGS84', '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs');
    const tx = new Float64Array(grid.nx);
    const ty = new Float64Array(grid.nx);
    let worst = 0;
    for (const row of [0, 2, 7, 13, 500, grid.ny - 1]) {
      locate?.(row, tx, ty);
      for (let c = 0; c < grid.nx; c++) {
        const [e = 0, n = 0] = utm.forward(centre(row * grid.nx + c));
        worst = Math.max(worst, Math.hypot((tx[c] ?? 0) - e, (ty[c] ?? 0) - n));
      }
    }
    expect(worst).toBeLessThan(0.01);
  });

  it('names an unknown CRS by its EPSG code', async () => {
    const bytes = makeGeoTiff({ width: 2, height: 2, values: new Float32Array(4), tie: [700000, 6600000], scale: [25, 25], epsg: 2154, projected: true });
    const { tiles, issues } = await readDemFiles({ name: 'lambert93.tif', bytes });
    expect(tiles).toEqual([]);
    expect(issues.map((i) => [i.code, i.params.epsg])).toEqual([['dem-unknown-crs', 2154]]);
    expect(issues[0] && demIssueEn(issues[0])).toMatch(/EPSG:2154/);
  });

  it('reports a file that is neither .hgt, zip nor TIFF', async () => {
    const { issues } = await readDemFiles({ name: 'notes.txt', bytes: new TextEncoder().encode('hello') });
    expect(issues.map((i) => i.code)).toEqual(['dem-unknown-format']);
  });
});
