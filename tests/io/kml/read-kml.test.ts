import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { strToU8, zipSync } from 'fflate';
import { readKmlLayer, readKmlOrKmzLayer, readKmzLayer, type ParseXml } from '../../../src/io/kml/read-kml';
import { reasonEn } from '../../helpers/reason-en';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/kml/${name}`, import.meta.url)), 'utf8');
const parseXml: ParseXml = (text) => new DOMParser({ onError: (level, message) => {
  if (level !== 'warning') throw new Error(message);
} }).parseFromString(text, 'text/xml');
const issuesOf = (read: ReturnType<typeof readKmlLayer>) => (read.kind === null ? read.issues : read.result.issues);

describe('readKmlLayer: sites', () => {
  const read = readKmlLayer(fixture('sites.kml'), 'sites.kml', undefined, parseXml);

  it('detects sites and reads Data and SchemaData attributes', () => {
    expect(read.kind).toBe('sites');
    if (read.kind !== 'sites') return;
    expect(issuesOf(read).filter((i) => i.severity === 'error')).toEqual([]);
    const [a, b] = read.result.items;
    expect(a).toMatchObject({ id: 'DNG201', name: 'Nghĩa Tân', carrier: 'Viettel', heightM: 36, lon: 107.6912, lat: 12.0031 });
    expect(a?.radios).toEqual([{ tech: '4G', bandMHz: 1800 }, { tech: '5G', bandMHz: 3500 }]);
    expect(a?.sectors.map((s) => s.azimuthDeg)).toEqual([10, 130, 250]);
    expect(b).toMatchObject({ id: 'DNG202', name: 'Quảng Thành', carrier: 'VNPT', heightM: 30, lon: 107.7204, lat: 12.0388 });
  });
});

describe('readKmlLayer: routes', () => {
  it('reads LineStrings as fibre routes with their laying', () => {
    const read = readKmlLayer(fixture('routes.kml'), 'routes.kml', undefined, parseXml);
    expect(read.kind).toBe('fibre');
    if (read.kind !== 'fibre') return;
    expect(read.result.items.map((r) => [r.id, r.name, r.laying, r.coordinates.length])).toEqual([
      ['FO-01', "Trục Gia Nghĩa - Đắk R'Lấp", 'aerial', 3],
      ['FO-02', 'Nhánh Đắk Nia', 'underground', 2],
    ]);
    expect(read.result.items[0]?.coordinates[1]).toEqual([107.62, 12.02]);
  });
});

describe('readKmlLayer: bare placemarks and bad input', () => {
  it('reads points without attributes as sites and says so', () => {
    const read = readKmlLayer(fixture('placemarks-only.kml'), 'p.kml', undefined, parseXml);
    expect(read.kind).toBe('sites');
    if (read.kind !== 'sites') return;
    expect(read.result.items.map((s) => s.name)).toEqual(['Trạm A', 'Trạm B']);
    expect(reasonEn(read.result.issues[0])).toMatch(/^p\.kml: .*read as sites/);
  });

  it('honours an explicit layer kind', () => {
    const read = readKmlLayer(fixture('placemarks-only.kml'), 'p.kml', 'villages', parseXml);
    expect(read.kind).toBe('villages');
  });

  it('reports malformed XML naming the file', () => {
    const read = readKmlLayer(fixture('broken.kml'), 'broken.kml', undefined, parseXml);
    expect(read.kind).toBeNull();
    expect(reasonEn(issuesOf(read)[0])).toMatch(/^broken\.kml cannot be read as XML: .*tag mismatch/);
  });

  it('rejects XML that is not KML', () => {
    const read = readKmlLayer('<gpx><trk/></gpx>', 'track.kml', undefined, parseXml);
    expect(reasonEn(issuesOf(read)[0])).toBe('track.kml is not KML: its root element is <gpx>, expected <kml>');
  });

  it('rejects an empty file', () => {
    expect(reasonEn(issuesOf(readKmlLayer('  ', 'e.kml', undefined, parseXml))[0])).toBe('e.kml: file is empty');
  });

  it.skipIf(typeof globalThis.DOMParser !== 'undefined')('says when no XML parser is available instead of throwing', () => {
    const read = readKmlLayer(fixture('sites.kml'), 'sites.kml');
    expect(read.kind).toBeNull();
    expect(reasonEn(issuesOf(read)[0])).toMatch(/^sites\.kml cannot be read as XML: no XML parser here \(DOMParser is missing\)/);
  });
});

describe('readKmzLayer', () => {
  const kmz = zipSync({ 'doc.kml': strToU8(fixture('sites.kml')), 'files/icon.png': new Uint8Array([1, 2, 3]) });

  it('reads doc.kml inside the archive', () => {
    const read = readKmzLayer(kmz, 'sites.kmz', undefined, parseXml);
    expect(read.kind).toBe('sites');
    if (read.kind === 'sites') expect(read.result.items.map((s) => s.id)).toEqual(['DNG201', 'DNG202']);
  });

  it('falls back to the first .kml when there is no doc.kml', () => {
    const read = readKmzLayer(zipSync({ 'tuyen/routes.kml': strToU8(fixture('routes.kml')) }), 'r.kmz', undefined, parseXml);
    expect(read.kind).toBe('fibre');
  });

  it('reports a KMZ without a .kml and bytes that are not a zip', () => {
    expect(reasonEn(issuesOf(readKmzLayer(zipSync({ 'a.txt': strToU8('x') }), 'x.kmz', undefined, parseXml))[0])).toBe('x.kmz holds no .kml document');
    expect(reasonEn(issuesOf(readKmzLayer(strToU8('hello'), 'y.kmz', undefined, parseXml))[0])).toBe('y.kmz is not a KMZ (zip) archive');
  });

  it('readKmlOrKmzLayer picks the format from the bytes', () => {
    expect(readKmlOrKmzLayer(kmz, 'a.kmz', undefined, parseXml).kind).toBe('sites');
    expect(readKmlOrKmzLayer(strToU8(fixture('routes.kml')), 'b.kml', undefined, parseXml).kind).toBe('fibre');
  });
});

describe('readKmlLayer: placemarks without ids', () => {
  const placemark = (name: string, lon: number, lat: number) =>
    `<Placemark><name>${name}</name><Point><coordinates>${lon},${lat},0</coordinates></Point></Placemark>`;
  const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${body}</Document></kml>`;

  it('takes each placemark name as its id when it has no id, and keeps an id attribute when it has one', () => {
    const text = doc(placemark('DNG-301', 107.7, 12.0) + placemark(' Trạm Quảng Khê ', 107.8, 12.1)
      + '<Placemark id="VT-9"><name>Đắk Mil</name><Point><coordinates>107.6,12.4,0</coordinates></Point></Placemark>');
    const read = readKmlLayer(text, 'tram.kml', 'sites', parseXml);
    expect(read.kind).toBe('sites');
    if (read.kind !== 'sites') return;
    expect(read.result.items.map((s) => [s.id, s.name])).toEqual([['DNG-301', 'DNG-301'], ['Trạm Quảng Khê', ' Trạm Quảng Khê '.trim()], ['VT-9', 'Đắk Mil']]);
  });
});
