import { describe, expect, it } from 'vitest';
import { cellIndexAt } from '../../../src/domain/grid/equal-area-grid';
import { landCoverClass } from '../../../src/domain/model/land-cover';
import { guessLegend } from '../../../src/domain/model/land-cover-legends';
import { landCoverIssueText } from '../../../src/i18n/land-cover-strings';
import { importLandCover } from '../../../src/io/land-cover/import-land-cover';
import { MAX_CLASS_VALUES, readLandCoverTiff } from '../../../src/io/land-cover/read-land-cover-tiff';
import type { LandCoverIssue } from '../../../src/io/land-cover/land-cover-issues';
import { makeClassTiff } from './make-land-cover';

/** A WGS84 (or `epsg`) class raster of 0.001° pixels tied at (107.5°E, 12.2°N), `size` pixels a side. */
const classTiff = (values: Uint8Array | Float32Array, size: number, opts: { nodata?: string; epsg?: number } = {}): Uint8Array =>
  makeClassTiff({ width: size, height: size, values, tie: [107.5, 12.2], pixelDeg: 0.001, ...opts });

/** 200 × 200 pixels (0.2° × 0.2°): west half tree cover (10), east half built-up (50), a water square, a no-data strip. */
function worldCover(): Uint8Array {
  const v = new Uint8Array(200 * 200);
  for (let r = 0; r < 200; r++) {
    for (let c = 0; c < 200; c++) {
      v[r * 200 + c] = r >= 190 ? 0 : c < 100 ? 10 : 50;
      if (r >= 20 && r < 60 && c >= 20 && c < 60) v[r * 200 + c] = 80;
    }
  }
  return v;
}

const AREA: [number, number, number, number] = [107.5, 12.0, 107.7, 12.2];
const en = (i: LandCoverIssue | undefined): string => (i ? landCoverIssueText('en', i) : '');
const vi = (i: LandCoverIssue | undefined): string => (i ? landCoverIssueText('vi', i) : '');

describe('classified land-cover GeoTIFF', () => {
  it('guesses ESA WorldCover, maps its codes by mode onto the grid and leaves no-data cells unknown', async () => {
    const read = await readLandCoverTiff(classTiff(worldCover(), 200, { nodata: '0' }), 'wc.tif', AREA);
    expect(read.issues).toEqual([]);
    expect(read.legend).toBe('worldcover');
    expect(read.values).toEqual([10, 50, 80]);
    const model = read.model;
    if (!model) throw new Error('no model');
    const at = (lon: number, lat: number) => landCoverClass(model.cover.classes[cellIndexAt(model.cover.grid, lon, lat)] ?? 0);
    expect(at(107.55, 12.1)).toBe('forest');
    expect(at(107.65, 12.1)).toBe('urban');
    expect(at(107.54, 12.16)).toBe('water');
    expect(at(107.6, 12.005)).toBeNull();
    // 0.1° × 0.19° at 12.1°N: 10.88 km × 21.15 km
    const urban = read.areaKm2[1] ?? 0;
    expect(urban).toBeGreaterThan(220);
    expect(urban).toBeLessThan(240);
  });

  it('takes the legend the user picks and warns about values that legend does not know', async () => {
    const v = new Uint8Array(100 * 100).fill(3);
    v.fill(9, 0, 5000);
    const read = await readLandCoverTiff(classTiff(v, 100), 'codes.tif', AREA, 'phusong');
    expect(read.guessedLegend).toBeNull();
    expect(read.model).not.toBeNull();
    expect(read.issues.map((i) => i.code)).toEqual(['lc-tiff-unknown-values']);
    expect(en(read.issues[0])).toBe('codes.tif: the values 9 are not in the PhuSong codes 1–8 (class order) legend; those cells are left unknown');
    const model = read.model;
    expect(model && landCoverClass(model.cover.classes[cellIndexAt(model.cover.grid, 107.55, 12.12)] ?? 0)).toBe('suburban');
  });

  it('refuses an unknown CRS, by file and reason in both languages', async () => {
    const read = await readLandCoverTiff(classTiff(worldCover(), 200, { epsg: 4230 }), 'ed50.tif', AREA);
    expect(read.model).toBeNull();
    expect(en(read.issues[0])).toBe('ed50.tif uses the coordinate system EPSG:4230, which is not known here (WGS84, UTM, VN-2000 are)');
    expect(vi(read.issues[0])).toBe('ed50.tif dùng hệ tọa độ EPSG:4230, chưa được hỗ trợ (hỗ trợ WGS84, UTM, VN-2000)');
  });

  it('refuses a raster that is not classified: real-number values, or too many distinct values', async () => {
    const float = await readLandCoverTiff(classTiff(new Float32Array(100 * 100).fill(0.5), 100), 'ndvi.tif', AREA);
    expect(float.issues.map((i) => i.code)).toEqual(['lc-tiff-float']);
    expect(en(float.issues[0])).toMatch(/^ndvi\.tif is not a classified raster: its values are real numbers \(float32\)/);
    const many = await readLandCoverTiff(classTiff(Uint8Array.from({ length: 100 * 100 }, (_, i) => i % 200), 100), 'dem8.tif', AREA);
    expect(many.model).toBeNull();
    expect(en(many.issues[0])).toBe(`dem8.tif is not a classified raster: it holds > ${MAX_CLASS_VALUES} distinct values (at most ${MAX_CLASS_VALUES} class codes)`);
  });

  it('takes WorldCover\'s own 0 as no-data when the file declares none', async () => {
    const read = await readLandCoverTiff(classTiff(worldCover(), 200), 'wc.tif', AREA);
    expect(read.issues).toEqual([]);
    const model = read.model;
    expect(model?.cover.classes[cellIndexAt(model.cover.grid, 107.6, 12.005)]).toBe(0);
  });

  it('refuses a raster that does not overlap the area, and values of no known legend', async () => {
    const away = await readLandCoverTiff(classTiff(worldCover(), 200), 'elsewhere.tif', [100, 20, 100.5, 20.5]);
    expect(away.issues.map((i) => i.code)).toEqual(['lc-outside-area']);
    const odd = await readLandCoverTiff(classTiff(new Uint8Array(100 * 100).fill(42), 100), 'odd.tif', AREA);
    expect(en(odd.issues[0])).toBe('odd.tif: the values 42 follow no known legend (ESA WorldCover, Dynamic World, PhuSong codes 1–8)');
  });

  it('guesses Dynamic World from a 0 among 0–8 and PhuSong codes without one', () => {
    expect(guessLegend([0, 1, 4, 6])).toBe('dynamic-world');
    expect(guessLegend([1, 5, 6])).toBe('phusong');
    expect(guessLegend([10, 40, 95])).toBe('worldcover');
    expect(guessLegend([10, 41])).toBeNull();
  });

  it('routes a GeoTIFF and a GeoJSON through one import, and refuses anything else', async () => {
    const tiff = await importLandCover({ name: 'wc.tif', bytes: classTiff(worldCover(), 200, { nodata: '0' }) }, AREA);
    expect(tiff.format).toBe('tiff');
    expect(tiff.model?.sources).toEqual(['wc.tif']);
    const geojson = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { class: 'rừng' }, geometry: { type: 'Polygon', coordinates: [[[107.5, 12], [107.6, 12], [107.6, 12.1], [107.5, 12]]] } }] });
    const json = await importLandCover({ name: 'lc.geojson', bytes: new TextEncoder().encode(geojson) }, AREA);
    expect(json.format).toBe('geojson');
    expect(json.areaKm2[5]).toBeGreaterThan(0);
    const other = await importLandCover({ name: 'notes.txt', bytes: new TextEncoder().encode('hello') }, AREA);
    expect(other.issues.map((i) => i.code)).toEqual(['lc-unknown-format']);
  });

  it('reads only the window over the area: values beyond it neither vote nor name a legend', async () => {
    // 400 × 400 pixels of 0.001° from 107.5°E, 12.2°N: the area is the north-west quarter; 42 lies 0.03° beyond it
    const v = new Uint8Array(400 * 400).fill(42);
    for (let r = 0; r < 230; r++) v.fill(40, r * 400, r * 400 + 230);
    const read = await readLandCoverTiff(classTiff(v, 400), 'big.tif', [107.5, 12.0, 107.7, 12.2]);
    expect(read.issues).toEqual([]);
    expect(read.legend).toBe('worldcover');
    expect(read.areaKm2[4]).toBeGreaterThan(400);
  });

  it('a raster finer than a quarter of a cell is read coarser, its classes kept', async () => {
    // 0.0002° pixels (~22 m), 1000 × 1000 over the area; west half 10 (trees), east half 80 (water)
    const v = new Uint8Array(1000 * 1000);
    for (let r = 0; r < 1000; r++) { v.fill(10, r * 1000, r * 1000 + 500); v.fill(80, r * 1000 + 500, (r + 1) * 1000); }
    const bytes = makeClassTiff({ width: 1000, height: 1000, values: v, tie: [107.5, 12.2], pixelDeg: 0.0002 });
    const read = await readLandCoverTiff(bytes, 'fine.tif', AREA);
    const model = read.model;
    if (!model) throw new Error('no model');
    const at = (lon: number, lat: number) => landCoverClass(model.cover.classes[cellIndexAt(model.cover.grid, lon, lat)] ?? 0);
    expect([at(107.55, 12.1), at(107.65, 12.1)]).toEqual(['forest', 'water']);
    expect(Math.abs((read.areaKm2[5] ?? 0) - (read.areaKm2[7] ?? 0))).toBeLessThan(5);
  });
});
