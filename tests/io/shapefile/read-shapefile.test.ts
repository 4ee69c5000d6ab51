import { describe, it, expect } from 'vitest';
import { zipSync } from 'fflate';
import { readShapefileLayer, readShapefileLayers } from '../../../src/io/shapefile/read-shapefile-layer';
import { readShapefileZip } from '../../../src/io/shapefile/read-shapefile-zip';
import { shapefileFiles, shapefileZip } from './make-shapefile';
import { COMMUNES, VN2000_SITE_XY, VN2000_SITES, WGS84_PRJ } from './sample-layers';
import { metresBetween, vn2000ToWgs84Independent } from './helmert';
import { reasonEn } from '../../helpers/reason-en';

const errors = <T extends { severity: string }>(issues: readonly T[]): T[] => issues.filter((i) => i.severity === 'error');

describe('readShapefileLayer: communes (UTF-8 .dbf with .cpg)', () => {
  const read = readShapefileLayer(shapefileZip(COMMUNES), 'xa.zip');

  it('detects units and keeps Vietnamese names, codes, districts and population', () => {
    expect(read.kind).toBe('units');
    if (read.kind !== 'units') return;
    expect(errors(read.result.issues)).toEqual([]);
    expect(read.result.items.map((u) => [u.code, u.name, u.type, u.district, u.population])).toEqual([
      ['24616', 'Phường Nghĩa Đức', 'Phường', 'Thành phố Gia Nghĩa', 12873],
      ['24620', 'Xã Đắk Nia', 'Xã', 'Thành phố Gia Nghĩa', 10455],
    ]);
  });

  it('keeps the polygon corners in WGS84', () => {
    if (read.kind !== 'units') throw new Error('not units');
    const geometry = read.result.items[0]?.geometry;
    const ring = geometry?.type === 'Polygon' ? geometry.coordinates[0] : undefined;
    const lons = (ring ?? []).map((p) => p[0] ?? NaN);
    const lats = (ring ?? []).map((p) => p[1] ?? NaN);
    expect(Math.min(...lons)).toBeCloseTo(107.6, 9);
    expect(Math.max(...lons)).toBeCloseTo(107.65, 9);
    expect(Math.min(...lats)).toBeCloseTo(12.0, 9);
    expect(Math.max(...lats)).toBeCloseTo(12.05, 9);
  });
});

describe('readShapefileLayer: VN-2000 sites', () => {
  const read = readShapefileLayer(shapefileZip(VN2000_SITES), 'tram.zip');

  it('places each point within 1 m of its independently computed WGS84 position', () => {
    expect(read.kind).toBe('sites');
    if (read.kind !== 'sites') return;
    expect(read.result.items).toHaveLength(2);
    read.result.items.forEach((site, i) => {
      const [e, n] = VN2000_SITE_XY[i] ?? [NaN, NaN];
      const expected = vn2000ToWgs84Independent(e, n, 108.5);
      expect(metresBetween([site.lon, site.lat], expected)).toBeLessThan(1);
    });
  });

  it('applies the datum shift: ignoring it would misplace the site by well over 100 m', () => {
    if (read.kind !== 'sites') throw new Error('not sites');
    const site = read.result.items[0];
    const [e, n] = VN2000_SITE_XY[0] ?? [NaN, NaN];
    const naive = readShapefileLayer(shapefileZip({ ...VN2000_SITES, prj: VN2000_SITES.prj?.replace(/VN_2000|Vietnam_2000/g, 'Local') }), 'naive.zip');
    if (!site || naive.kind !== 'sites' || !naive.result.items[0]) throw new Error('unreadable');
    expect(metresBetween([site.lon, site.lat], [naive.result.items[0].lon, naive.result.items[0].lat])).toBeGreaterThan(100);
    expect(metresBetween([site.lon, site.lat], vn2000ToWgs84Independent(e, n, 108.5))).toBeLessThan(1);
    expect(read.result.issues.some((i) => i.severity === 'warning' && /VN-2000/.test(reasonEn(i)))).toBe(true);
  });

  it('reads the site attributes', () => {
    if (read.kind !== 'sites') throw new Error('not sites');
    const [a, b] = read.result.items;
    expect(a).toMatchObject({ id: 'DNG101', name: 'Gia Nghĩa Đông', carrier: 'Viettel', heightM: 42.5 });
    expect(a?.radios).toEqual([{ tech: '4G', bandMHz: 1800 }, { tech: '5G', bandMHz: 3500 }]);
    expect(a?.sectors.map((s) => s.azimuthDeg)).toEqual([0, 120, 240]);
    expect(b?.sectors.map((s) => s.azimuthDeg)).toEqual([null]);
  });
});

describe('readShapefileLayer: encodings', () => {
  // Windows-1258 has "à" precomposed (0xE0) but writes "ã" as "a" + combining tilde (0xDE).
  const cp1258 = (s: string) => Uint8Array.from([...s].flatMap((c) => (c === 'à' ? [0xe0] : c === 'ã' ? [0x61, 0xde] : [c.charCodeAt(0)])));
  const spec = { ...COMMUNES, rows: [['96001', 'Xã Cà Mau', 'Cà Mau', 100], ['96002', 'Xã Tân Thành', 'Cà Mau', 200]], encode: cp1258 };

  it('decodes the .dbf with the code page the .cpg names, composing combining marks (NFC)', () => {
    const read = readShapefileLayer(shapefileZip({ ...spec, cpg: '1258' }), 'cp.zip');
    if (read.kind !== 'units') throw new Error('not units');
    expect(read.result.items[0]?.name).toBe('X\u00e3 C\u00e0 Mau');
    expect(read.result.items[0]?.district).toBe('Cà Mau');
  });

  it('warns when text is not UTF-8 and there is no .cpg', () => {
    const read = readShapefileLayer(shapefileZip({ ...spec, cpg: undefined }), 'nocpg.zip');
    const issues = read.kind === null ? read.issues : read.result.issues;
    expect(issues.some((i) => i.severity === 'warning' && /not valid as UTF-8.*\.cpg/.test(reasonEn(i)))).toBe(true);
  });
});

describe('readShapefileLayer: broken input names the file', () => {
  it('rejects bytes that are not a zip', () => {
    const read = readShapefileLayer(new TextEncoder().encode('{"type":"FeatureCollection"}'), 'oops.zip');
    expect(read.kind).toBeNull();
    if (read.kind === null) expect(reasonEn(read.issues[0])).toMatch(/^oops\.zip is not a zip archive/);
  });

  it('rejects a zip without a .shp and lists what it found', () => {
    const read = readShapefileLayer(zipSync({ 'notes.dbf': new Uint8Array(40), 'notes.prj': new TextEncoder().encode(WGS84_PRJ) }), 'no-shp.zip');
    expect(read.kind).toBeNull();
    if (read.kind === null) expect(reasonEn(read.issues[0])).toMatch(/no-shp\.zip holds no \.shp file \(found .*notes\.dbf/);
  });

  it('reports a truncated .dbf as an error naming the file and layer', () => {
    const files = shapefileFiles(COMMUNES);
    const dbfName = `${COMMUNES.base}.dbf`;
    files[dbfName] = (files[dbfName] ?? new Uint8Array()).slice(0, 120);
    const zip = readShapefileZip(zipSync(files), 'cut.zip');
    const issue = errors(zip.layers[0]?.issues ?? [])[0];
    expect(reasonEn(issue)).toMatch(/^cut\.zip \(xa_dak_nong\.shp\): \.dbf is truncated/);
  });

  it('reports a corrupt .shp as an error', () => {
    const files = shapefileFiles(COMMUNES);
    const shp = new Uint8Array(files[`${COMMUNES.base}.shp`] ?? []);
    new DataView(shp.buffer).setInt32(32, 77, true);
    const read = readShapefileLayer(zipSync({ ...files, [`${COMMUNES.base}.shp`]: shp }), 'bad.zip');
    expect(read.kind).toBeNull();
    if (read.kind === null) expect(read.issues.some((i) => i.severity === 'error' && /bad\.zip \(xa_dak_nong\.shp\): \.shp cannot be read/.test(reasonEn(i)))).toBe(true);
  });

  it('warns about a missing .prj and takes lon/lat as WGS84', () => {
    const read = readShapefileLayer(shapefileZip({ ...COMMUNES, prj: undefined }), 'noprj.zip');
    if (read.kind !== 'units') throw new Error('not units');
    expect(read.result.items).toHaveLength(2);
    expect(read.result.issues.some((i) => i.severity === 'warning' && /no \.prj/.test(reasonEn(i)))).toBe(true);
  });
});

describe('readShapefileLayers: several layers in one zip', () => {
  const zip = shapefileZip(COMMUNES, VN2000_SITES);

  it('reads each layer with its own kind', () => {
    const { layers } = readShapefileLayers(zip, 'both.zip');
    expect(layers.map((l) => [l.name, l.read.kind])).toEqual([['tram_bts_vn2000', 'sites'], ['xa_dak_nong', 'units']]);
  });

  it('readShapefileLayer reads the first and warns about the rest', () => {
    const read = readShapefileLayer(zip, 'both.zip');
    expect(read.kind).toBe('sites');
    if (read.kind === 'sites') expect(reasonEn(read.result.issues[0])).toMatch(/holds 2 shapefiles; read tram_bts_vn2000\.shp and ignored xa_dak_nong\.shp/);
  });
});
