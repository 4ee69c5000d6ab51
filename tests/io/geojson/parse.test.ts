import { describe, expect, it } from 'vitest';
import { parseGeoJsonText } from '../../../src/io/geojson';
import { fixtureText } from './fixture-helpers';
import { reasonEn, withReasonEn } from '../../helpers/reason-en';

const point = { type: 'Point', coordinates: [107.6, 12] };
const feat = { type: 'Feature', properties: { a: 1 }, geometry: point };

describe('parseGeoJsonText', () => {
  it('reads a FeatureCollection, a single Feature, a bare geometry and an array of features', () => {
    expect(parseGeoJsonText(JSON.stringify({ type: 'FeatureCollection', features: [feat, feat] }), 'a').features).toHaveLength(2);
    expect(parseGeoJsonText(JSON.stringify(feat), 'a').features).toEqual([feat]);
    expect(parseGeoJsonText(JSON.stringify(point), 'a').features).toEqual([{ type: 'Feature', properties: {}, geometry: point }]);
    const arr = parseGeoJsonText(JSON.stringify([feat, feat, feat]), 'a');
    expect(arr.features).toHaveLength(3);
    expect(arr.issues).toEqual([]);
  });

  it('strips a byte-order mark', () => {
    const r = parseGeoJsonText(`\uFEFF${JSON.stringify(feat)}`, 'bom.geojson');
    expect(r.issues).toEqual([]);
    expect(r.features).toHaveLength(1);
  });

  it('reports invalid JSON as one error with the line and column of the fault', () => {
    const text = fixtureText('broken.geojson');
    const r = parseGeoJsonText(text, 'broken.geojson');
    const faultyLine = text.split('\n')[3] ?? '';
    const column = faultyLine.indexOf(',}') + 2;
    expect(r.features).toEqual([]);
    expect(r.issues).toHaveLength(1);
    const [issue] = r.issues;
    expect(issue?.severity).toBe('error');
    // the trailing comma in `{"code": "2",}` is on line 4; the fault is the `}` after it
    expect(issue?.line).toBe(4);
    expect(reasonEn(issue)?.startsWith(`broken.geojson: invalid JSON at line 4, column ${column} `)).toBe(true);
    expect(reasonEn(issue)).toContain('property name');
  });

  it('reports truncated JSON at the end of the file', () => {
    const r = parseGeoJsonText('{"type": "FeatureCollection",\n "features": [', 'cut.geojson');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.line).toBe(2);
    expect(reasonEn(r.issues[0])).toContain('end of file');
  });

  it('reports an empty file and non-GeoJSON JSON without throwing', () => {
    expect(reasonEn(parseGeoJsonText('  \n', 'e.geojson').issues[0])).toBe('e.geojson: file is empty');
    const topology = parseGeoJsonText('{"type": "Topology", "objects": {}}', 't.json');
    expect(topology.issues[0]?.severity).toBe('error');
    expect(reasonEn(topology.issues[0])).toContain('"Topology"');
    expect(reasonEn(parseGeoJsonText('42', 'n.json').issues[0])).toContain('top level is 42');
    expect(reasonEn(parseGeoJsonText('{"type":"FeatureCollection","features":{}}', 'f.json').issues[0])).toContain('no "features" array');
  });

  it('reads Python-style NaN/Infinity literals as strings so the features can be rejected individually', () => {
    const r = parseGeoJsonText(fixtureText('python-nan.geojson'), 'nan.geojson');
    expect(r.features).toHaveLength(3);
    expect(r.issues.map((i) => i.severity)).toEqual(['warning']);
    const second = r.features[1] as { geometry: { coordinates: unknown[] } };
    expect(second.geometry.coordinates).toEqual(['NaN', 12]);
    const first = r.features[0] as { properties: { note: string } };
    expect(first.properties.note).toBe('NaN in a string is fine');
  });

  it('warns about a projected crs and an empty collection', () => {
    const vn2000 = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3405' } }, features: [feat] };
    expect(reasonEn(parseGeoJsonText(JSON.stringify(vn2000), 'vn.geojson').issues[0])).toContain('EPSG::3405');
    const wgs = { ...vn2000, crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } };
    expect(parseGeoJsonText(JSON.stringify(wgs), 'w.geojson').issues).toEqual([]);
    const empty = parseGeoJsonText('{"type":"FeatureCollection","features":[]}', 'x.geojson');
    expect(empty.issues.map(withReasonEn)).toEqual([{ severity: 'warning', reason: 'x.geojson: contains no features', layerCode: 'noFeatures', params: { file: 'x.geojson' } }]);
  });
});
