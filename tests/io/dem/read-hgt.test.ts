import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NO_ELEVATION } from '../../../src/domain/terrain/terrain-grid';
import { demIssueText } from '../../../src/i18n/dem-strings';
import type { DemIssue } from '../../../src/io/dem/dem-issues';

const demIssueEn = (issue: DemIssue): string => demIssueText('en', issue);
import { readDemFiles } from '../../../src/io/dem/read-dem-files';
import { hgtCorner, readHgt } from '../../../src/io/dem/read-hgt';
import { resampleDem } from '../../../src/io/dem/resample-dem';
import { gridWithCentres, makeHgt } from './make-dem';

/** A tilted plane: 1 m per 0.001° east and 0.5 m per 0.001° north, over 100 m at 107°E 12°N. */
const plane = (lon: number, lat: number): number => 100 + 1000 * (lon - 107) + 500 * (lat - 12);

describe('SRTM .hgt', () => {
  it('reads the corner from the name, case-insensitive, S and W negative', () => {
    expect(hgtCorner('N12E107.hgt')).toEqual({ lon: 107, lat: 12 });
    expect(hgtCorner('dir/s08w035.SRTMGL1.hgt.zip')).toEqual({ lon: -35, lat: -8 });
    expect(hgtCorner('tile.hgt')).toBeNull();
  });

  it('resamples a plane onto the grid within rounding (bilinear is exact on a plane)', () => {
    const { tiles, issues } = readHgt(makeHgt(1201, 107, 12, plane), 'N12E107.hgt');
    expect(issues).toEqual([]);
    const { grid, centre } = gridWithCentres([107.2, 12.2, 107.6, 12.6], 100);
    const out = resampleDem(tiles, grid);
    expect(out.covered).toBe(grid.nx * grid.ny);
    expect(out.issues).toEqual([]);
    let worst = 0;
    for (let i = 0; i < grid.nx * grid.ny; i++) worst = Math.max(worst, Math.abs((out.terrain.heights[i] ?? 0) - plane(...centre(i))));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('follows a cone closely away from its apex', () => {
    const cone = (lon: number, lat: number): number => Math.max(0, 1500 - 10_000 * Math.hypot(lon - 107.5, lat - 12.5));
    const { tiles } = readHgt(makeHgt(1201, 107, 12, cone), 'N12E107.hgt');
    const { grid, centre } = gridWithCentres([107.4, 12.4, 107.6, 12.6], 90);
    const out = resampleDem(tiles, grid);
    let sum = 0;
    for (let i = 0; i < grid.nx * grid.ny; i++) sum += Math.abs((out.terrain.heights[i] ?? 0) - cone(...centre(i)));
    expect(sum / (grid.nx * grid.ny)).toBeLessThan(1);
  });

  it('keeps a void region NO_ELEVATION and reports the share without elevation', () => {
    const holed = (lon: number, lat: number): number | null => (lon > 107.3 && lon < 107.4 && lat > 12.3 && lat < 12.4 ? null : plane(lon, lat));
    const { tiles } = readHgt(makeHgt(1201, 107, 12, holed), 'N12E107.hgt');
    const { grid, centre } = gridWithCentres([107.2, 12.2, 107.5, 12.5], 200);
    const out = resampleDem(tiles, grid);
    for (let i = 0; i < grid.nx * grid.ny; i++) {
      const [lon, lat] = centre(i);
      if (lon > 107.31 && lon < 107.39 && lat > 12.31 && lat < 12.39) expect(out.terrain.heights[i]).toBe(NO_ELEVATION);
    }
    expect(out.voids).toBeGreaterThan(0);
    expect(out.covered + out.voids).toBe(grid.nx * grid.ny);
    const missing = out.issues.find((i) => i.code === 'dem-missing');
    expect(missing && demIssueEn(missing)).toMatch(/% of the area has no elevation/);
  });

  it('mosaics two adjacent tiles without a seam', async () => {
    const { tiles } = await readDemFiles([
      { name: 'N12E107.hgt', bytes: makeHgt(1201, 107, 12, plane) },
      { name: 'n12e108.hgt', bytes: makeHgt(1201, 108, 12, plane) },
    ]);
    const { grid, centre } = gridWithCentres([107.9, 12.3, 108.1, 12.5], 50);
    const out = resampleDem(tiles, grid);
    expect(out.covered).toBe(grid.nx * grid.ny);
    expect(out.issues).toEqual([]);
    let worst = 0;
    for (let i = 0; i < grid.nx * grid.ny; i++) worst = Math.max(worst, Math.abs((out.terrain.heights[i] ?? 0) - plane(...centre(i))));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('reports overlapping tiles that disagree, and a tile of another continent', () => {
    const a = readHgt(makeHgt(1201, 107, 12, plane), 'N12E107.hgt').tiles;
    const b = readHgt(makeHgt(1201, 107, 12, (lon, lat) => plane(lon, lat) + 120), 'N12E107_v2.hgt').tiles;
    const far = readHgt(makeHgt(1201, -100, 45, () => 300), 'N45W100.hgt').tiles;
    const { grid } = gridWithCentres([107.2, 12.2, 107.4, 12.4], 200);
    const out = resampleDem([...a, ...b, ...far], grid);
    const codes = out.issues.map((i) => `${i.code} ${i.file}`);
    expect(codes).toContain('dem-tiles-disagree N12E107_v2.hgt');
    expect(codes).toContain('dem-outside-area N45W100.hgt');
    expect(out.issues.find((i) => i.code === 'dem-tiles-disagree')?.params.meanM).toBeCloseTo(120, 0);
  });

  it('refuses a truncated tile saying expected and got bytes, and a name without a corner', () => {
    const short = makeHgt(1201, 107, 12, plane).subarray(0, 1201 * 1201 * 2 - 100);
    const [issue] = readHgt(short, 'N12E107.hgt').issues;
    expect(issue?.code).toBe('dem-hgt-size');
    expect(issue && demIssueEn(issue)).toBe('N12E107.hgt is not an SRTM tile: expected 2884802 bytes (1201² or 3601² samples), got 2884702 bytes');
    expect(readHgt(makeHgt(1201, 107, 12, plane), 'tile.hgt').issues[0]?.code).toBe('dem-hgt-name');
  });

  it('reads zipped tiles, placing an unnamed entry by the zip name, and refuses a zip without .hgt', async () => {
    const hgt = makeHgt(1201, 107, 12, plane);
    const named = await readDemFiles({ name: 'N12E107.SRTMGL3.hgt.zip', bytes: zipSync({ 'N12E107.hgt': hgt }) });
    expect(named.issues).toEqual([]);
    expect(named.tiles.map((t) => [t.x0, t.y0, t.width])).toEqual([[107, 13, 1201]]);
    const unnamed = await readDemFiles({ name: 'N12E107.hgt.zip', bytes: zipSync({ 'data.hgt': hgt }) });
    expect(unnamed.tiles.map((t) => [t.x0, t.y0])).toEqual([[107, 13]]);
    const empty = await readDemFiles({ name: 'x.zip', bytes: zipSync({ 'readme.txt': new Uint8Array(4) }) });
    expect(empty.issues.map((i) => i.code)).toEqual(['dem-zip-no-hgt']);
  });

  it('refuses an oversized file from its size, without reading it', async () => {
    let read = false;
    const huge = { name: 'huge.tif', size: 2 * 1024 ** 3, arrayBuffer: (): Promise<ArrayBuffer> => { read = true; return Promise.resolve(new ArrayBuffer(0)); } };
    const out = await readDemFiles([huge]);
    expect(read).toBe(false);
    expect(out.tiles).toEqual([]);
    expect(out.issues.map((i) => demIssueEn(i))).toEqual(['huge.tif is 2.0 GB, over the 512 MB an elevation file may be; it was not read']);
  });
});
