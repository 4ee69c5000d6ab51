import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitesCsvFile } from '../../src/io/csv/file-type';
import { FILE_FORMATS, IMPORT_ACCEPT, fileTypeOf } from '../../src/io/file-formats';
import { geoJsonFile } from '../../src/io/geojson/file-type';
import { kmlFile } from '../../src/io/kml/file-type';
import { xmldomParseXml } from '../../src/io/kml';
import { shapefileZipFile } from '../../src/io/shapefile/file-type';
import { projectFile } from '../../src/io/store/file-type';
import { dataset, sampleProject } from './store/fixtures';

const bytes = (s: string) => new TextEncoder().encode(s);
const fixture = (path: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures', path)));

describe('fileTypeOf', () => {
  it('routes by extension', () => {
    expect(fileTypeOf('a.phusong.json', bytes('{'))).toBe('project');
    expect(fileTypeOf('a.geojson', bytes('{'))).toBe('geojson');
    expect(fileTypeOf('A.JSON', bytes('{'))).toBe('geojson');
    expect(fileTypeOf('tram.csv', bytes('x'))).toBe('csv');
    expect(fileTypeOf('tram.txt', bytes('x'))).toBe('csv');
    expect(fileTypeOf('xa.zip', bytes('PK'))).toBe('shapefile');
    expect(fileTypeOf('a.kml', bytes('<'))).toBe('kml');
    expect(fileTypeOf('a.kmz', bytes('PK'))).toBe('kml');
  });

  it('routes an unknown extension by content', () => {
    expect(fileTypeOf('export', new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('shapefile');
    expect(fileTypeOf('export', bytes('\uFEFF {"type":"FeatureCollection"}'))).toBe('geojson');
    expect(fileTypeOf('export', bytes('{"format":"phusong-project"}'))).toBe('project');
    expect(fileTypeOf('export', bytes('<?xml version="1.0"?><kml/>'))).toBe('kml');
    expect(fileTypeOf('export', bytes('id;lat;lon'))).toBe('csv');
  });

  it('the longest known ending wins, whatever the registry order', () => {
    expect(fileTypeOf('Dự án.PHUSONG.JSON', bytes('[]'))).toBe('project');
    expect(fileTypeOf('phusong.json', bytes('{"format":"phusong-project"}'))).toBe('geojson');
  });
});

describe('the file type registry', () => {
  it('gives the picker every format the route reads', () => {
    expect(IMPORT_ACCEPT.split(',').sort()).toEqual(
      ['.geojson', '.json', '.csv', '.txt', '.tsv', '.zip', '.kml', '.kmz', '.hgt', '.tif', '.tiff', 'application/geo+json', 'text/csv', 'image/tiff'].sort(),
    );
    expect(FILE_FORMATS.map((f) => f.id).sort()).toEqual(['csv', 'dem', 'geojson', 'kml', 'project', 'shapefile']);
    expect(fileTypeOf('N12E107.SRTMGL1.hgt.zip', bytes('PK'))).toBe('dem');
    expect(fileTypeOf('dem', new Uint8Array([0x49, 0x49, 42, 0]))).toBe('dem');
  });

  it('reads each format to items and issues through its one FileType', () => {
    const geo = geoJsonFile.read(fixture('geojson/sites.geojson'), 'sites.geojson', {});
    expect(geo.kind).toBe('sites');
    const kml = kmlFile.read(fixture('kml/sites.kml'), 'sites.kml', { parseXml: xmldomParseXml });
    expect(kml.kind).toBe('sites');
    const shp = shapefileZipFile.read(fixture('shapefile/xa-dak-nong.zip'), 'xa.zip', {});
    expect(shp.kind).toBe('units');
    const csv = sitesCsvFile.read(fixture('csv/sectors-clean.csv'), 'sectors-clean.csv', {});
    expect(csv.result.items.length).toBeGreaterThan(0);
    const broken = geoJsonFile.read('{"type":', 'broken.geojson', {});
    expect(broken.kind).toBeNull();
    if (broken.kind === null) expect(broken.issues[0]?.severity).toBe('error');
  });

  it('what a FileType writes, it reads back', () => {
    const sites = dataset().sites;
    const geo = geoJsonFile.read(geoJsonFile.write(sites), 'out.geojson', { kind: 'sites' });
    expect(geo.kind === 'sites' ? geo.result.items.map((s) => s.id) : null).toEqual(sites.map((s) => s.id));
    const csv = sitesCsvFile.read(sitesCsvFile.write(sites), 'out.csv', {});
    expect(csv.result.items.map((s) => s.id).sort()).toEqual(sites.map((s) => s.id).sort());
    const project = sampleProject({ name: 'Đắk Nông 2026' });
    const read = projectFile.read(projectFile.write(project), 'p.phusong.json');
    expect('project' in read ? read.project.name : null).toBe('Đắk Nông 2026');
  });
});
