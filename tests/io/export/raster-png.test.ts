import { describe, it, expect } from 'vitest';
import proj4 from 'proj4';
import { PNG } from 'pngjs';
import { cellIndexAt, createGrid, projectLngLat, unprojectXY, type BBox } from '../../../src/domain/grid/equal-area-grid';
import { encodeRgbaPng, gridRasterPng, webMercatorRasterPng } from '../../../src/io/export/raster-png';
import { gridProj4, worldFileText } from '../../../src/io/export/world-file';

/** Reads a world file the way GIS software does: x = A·col + B·row + C, y = D·col + E·row + F at pixel centres. */
function pixelCentre(worldFile: string, col: number, row: number): [number, number] {
  const [a = NaN, d = NaN, b = NaN, e = NaN, c = NaN, f = NaN] = worldFile.trim().split('\n').map(Number);
  return [a * col + b * row + c, d * col + e * row + f];
}

const rgbaOf = (w: number, h: number) => Uint8Array.from({ length: w * h * 4 }, (_, i) => (i * 37 + (i >> 2)) % 256);

describe('worldFileText', () => {
  it('writes A, D, B, E, C, F with C/F at the centre of the top-left pixel', () => {
    expect(worldFileText({ west: 1000, north: 5000, pixelWidth: 10, pixelHeight: 20 }).split('\n')).toEqual(['10', '0', '0', '-20', '1005', '4990', '']);
  });
});

describe('gridRasterPng', () => {
  const bbox: BBox = [107.55, 11.95, 107.8, 12.15];
  const grid = createGrid(bbox, 250, 500);
  const out = gridRasterPng(grid, rgbaOf(grid.nx, grid.ny));

  it('places every pixel centre inside its own grid cell', () => {
    for (const [col, row] of [[0, 0], [grid.nx - 1, 0], [0, grid.ny - 1], [grid.nx - 1, grid.ny - 1], [17, 23]] as const) {
      const [x, y] = pixelCentre(out.worldFile, col, row);
      const [lon, lat] = unprojectXY(grid, x, y);
      expect(cellIndexAt(grid, lon, lat)).toBe(row * grid.nx + col);
    }
  });

  it('describes the grid projection so proj4 reproduces its metres', () => {
    const [x, y] = proj4('WGS84', gridProj4(grid), [107.7, 12.05]);
    const [gx, gy] = projectLngLat(grid, 107.7, 12.05);
    expect(x).toBeCloseTo(gx, 3);
    expect(y).toBeCloseTo(gy, 3);
    expect(out.prj).toContain('PROJECTION["Cylindrical_Equal_Area"]');
    expect(out.prj).toContain(`PARAMETER["Standard_Parallel_1",${grid.phi0Deg}]`);
  });

  it('encodes a PNG that decodes to the same pixels', () => {
    const decoded = PNG.sync.read(Buffer.from(out.png));
    expect([decoded.width, decoded.height]).toEqual([grid.nx, grid.ny]);
    expect(new Uint8Array(decoded.data)).toEqual(rgbaOf(grid.nx, grid.ny));
  });
});

describe('webMercatorRasterPng', () => {
  const bbox: BBox = [107.5, 11.9, 107.9, 12.2];
  const image = { width: 400, height: 300, rgba: rgbaOf(400, 300) };
  const out = webMercatorRasterPng(bbox, image);
  const toLonLat = (xy: [number, number]) => proj4('EPSG:3857', 'WGS84', xy);

  it('puts the outer corners of the image on the bbox corners (EPSG:3857 via proj4)', () => {
    const [a = NaN, , , e = NaN] = out.worldFile.split('\n').map(Number);
    const [cx, cy] = pixelCentre(out.worldFile, 0, 0);
    const [w, n] = toLonLat([cx - a / 2, cy - e / 2]);
    const [ex, ey] = pixelCentre(out.worldFile, image.width - 1, image.height - 1);
    const [east, south] = toLonLat([ex + a / 2, ey + e / 2]);
    expect(w).toBeCloseTo(107.5, 9);
    expect(n).toBeCloseTo(12.2, 9);
    expect(east).toBeCloseTo(107.9, 9);
    expect(south).toBeCloseTo(11.9, 9);
  });

  it('says EPSG:3857 in the .prj and writes a decodable PNG', () => {
    expect(out.prj).toContain('Mercator_Auxiliary_Sphere');
    expect(PNG.sync.read(Buffer.from(out.png)).width).toBe(400);
  });
});

describe('encodeRgbaPng', () => {
  it('refuses a buffer that does not match the size', () => {
    expect(() => encodeRgbaPng({ width: 2, height: 2, rgba: new Uint8Array(15) })).toThrow(RangeError);
    expect(() => encodeRgbaPng({ width: 0, height: 2, rgba: new Uint8Array(0) })).toThrow(/not a positive whole number/);
  });

  it('keeps transparency', () => {
    const rgba = new Uint8ClampedArray([255, 0, 0, 128, 0, 0, 0, 0]);
    const decoded = PNG.sync.read(Buffer.from(encodeRgbaPng({ width: 2, height: 1, rgba })));
    expect([...decoded.data]).toEqual([...rgba]);
  });
});
