import { describe, expect, it } from 'vitest';
import { readShapefileZip } from '../../src/io/shapefile/read-shapefile-zip';
import { kmlFeatures } from '../../src/io/kml/read-kml';
import { issueReason } from '../../src/i18n/import-strings';
import { layerIssueReason, LAYER_ISSUE_TEXT_EN } from '../../src/i18n/layer-issue-strings';
import { describeIssues } from '../../src/app/import-issue-lines';
import { DOMParser } from '@xmldom/xmldom';
import { parseGeoJsonText } from '../../src/io/geojson/parse';
import { readGeoJsonLayer } from '../../src/io/geojson';
import { reasonEn } from '../helpers/reason-en';

const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

describe('layer reader issues in the UI language', () => {
  it('renders a file that is not a zip in Vietnamese, and keeps the English reason for the CLI', () => {
    const [issue] = readShapefileZip(new TextEncoder().encode('hello'), 'xa.zip').issues;
    if (!issue) throw new Error('expected an issue');
    expect(reasonEn(issue)).toMatch(/^xa\.zip is not a zip archive/);
    expect(issueReason('vi', issue)).toBe('xa.zip không phải tệp nén zip (shapefile phải được tải lên thành một tệp .zip chứa .shp, .dbf, .prj)');
    expect(issueReason('en', issue)).toBe(reasonEn(issue));
  });

  it('translates a nested problem with its frame (a KML whose root is not <kml>)', () => {
    const [issue] = kmlFeatures('<gpx version="1.1"></gpx>', 'tram.kml', parseXml).issues;
    if (!issue) throw new Error('expected an issue');
    expect(reasonEn(issue)).toBe('tram.kml is not KML: its root element is <gpx>, expected <kml>');
    expect(layerIssueReason('vi', issue)).toBe('tram.kml không phải KML: phần tử gốc là <gpx>, cần <kml>');
    expect(describeIssues('vi', [issue])).toEqual(['✖ tram.kml không phải KML: phần tử gốc là <gpx>, cần <kml>']);
  });

  it('renders GeoJSON file problems, nested words included', () => {
    const [cut] = parseGeoJsonText('{"type": "FeatureCollection", "features": [', 'xa.geojson').issues;
    if (!cut) throw new Error('expected an issue');
    expect(reasonEn(cut)).toMatch(/^xa\.geojson: invalid JSON at line 1, column \d+ \(position \d+\): expected .*, found end of file$/);
    expect(layerIssueReason('vi', cut)).toMatch(/^xa\.geojson: JSON không hợp lệ ở dòng 1, cột \d+ \(vị trí \d+\): cần .*, gặp cuối tệp$/);
    const unknown = readGeoJsonLayer('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}', 'la.geojson');
    if (unknown.kind !== null) throw new Error('expected no layer');
    expect(layerIssueReason('vi', unknown.issues[0] ?? { severity: 'error' })).toBe('la.geojson: không xác định được đây là lớp dữ liệu gì: không đối tượng nào trong 1 đối tượng có hình học đọc được');
    const points = readGeoJsonLayer('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"x":1},"geometry":{"type":"Point","coordinates":[107,12]}}]}', 'p.geojson');
    if (points.kind !== null) throw new Error('expected no layer');
    expect(reasonEn(points.issues[0])).toBe('p.geojson: cannot tell what layer this is: 1 of 1 features are points but have neither site properties (carrier, azimuth, height, tech) nor village names/properties (Thôn/Bon/Buôn/Tổ dân phố, village, thon, unit_code)');
    expect(layerIssueReason('vi', points.issues[0] ?? { severity: 'error' })).toMatch(/^p\.geojson: không xác định được đây là lớp dữ liệu gì: 1 trong 1 đối tượng là điểm nhưng không có thuộc tính trạm/);
  });

  it('renders problems inside a feature in Vietnamese, the part of the geometry included, and keeps the English reason', () => {
    const sites = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { carrier: 'VNPT', height: 30, tech: '4G' }, geometry: { type: 'Point', coordinates: [107.7, 95] } },
        { type: 'Feature', properties: { carrier: 'VNPT', height: 'cao', tech: '4G' }, geometry: { type: 'Point', coordinates: [107.7, 12] } },
        { type: 'Feature', properties: { carrier: 'VNPT', height: 30, tech: '6G' }, geometry: { type: 'Point', coordinates: [107.7, 12.1] } },
      ],
    });
    const read = readGeoJsonLayer(sites, 'tram.geojson', 'sites');
    if (read.kind !== 'sites') throw new Error('expected sites');
    const lines = describeIssues('vi', read.result.issues);
    expect(read.result.issues.map((i) => reasonEn(i))).toContain('feature 0: rejected: coordinate [107.7, 95] has latitude 95 outside [-90, 90]');
    expect(lines).toContain('✖ đối tượng 0: bị loại: tọa độ [107.7, 95] có vĩ độ 95 ngoài [-90, 90]');
    expect(lines).toContain('✖ đối tượng 1: bị loại: height "cao" không phải là số');
    expect(lines).toContain('⚠ đối tượng 2: công nghệ "6G" không phải 2G/3G/4G/5G; bỏ qua');
    expect(lines.join('\n')).not.toMatch(/rejected|feature|ignored/);

    const ring = [[107.7, 12], [107.8, 12], [107.7, 12]];
    const units = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { ma_xa: '1', ten_xa: 'Xã A', dan_so: 10 }, geometry: { type: 'MultiPolygon', coordinates: [[[[107, 12], [108, 12], [108, 13], [107, 12]]], [ring]] } },
        { type: 'Feature', properties: { ma_xa: '2', ten_xa: 'Xã B', dan_so: 10 }, geometry: { type: 'GeometryCollection', geometries: [{ type: 'Circle', coordinates: [200, 0] }] } },
        { type: 'Feature', properties: { ma_xa: '3', ten_xa: 'Xã C', dan_so: 10 }, geometry: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [107, 12] }] } },
      ],
    });
    const unitLayer = readGeoJsonLayer(units, 'xa.geojson', 'units');
    if (unitLayer.kind !== 'units') throw new Error('expected units');
    const unitIssues = unitLayer.result.issues;
    expect(unitIssues.map((i) => reasonEn(i))).toContain('feature 0: rejected: polygon 2 outer ring has 3 positions; a ring needs at least 4');
    expect(describeIssues('vi', unitIssues)).toContain('✖ đối tượng 0: bị loại: vòng ngoài của đa giác 2 có 3 vị trí; một vòng cần ít nhất 4');
    expect(describeIssues('vi', unitIssues)).toContain('✖ đối tượng 1: bị loại: thành phần của GeometryCollection: kiểu hình học "Circle" không phải kiểu hình học GeoJSON');
    expect(describeIssues('vi', unitIssues)).toContain('✖ đối tượng 2: bị loại: GeometryCollection chứa Point nhưng không có Polygon hoặc MultiPolygon');
    expect(describeIssues('en', unitIssues)).toContain('✖ feature 0: rejected: polygon 2 outer ring has 3 positions; a ring needs at least 4');
  });

  it('has the same placeholders in every Vietnamese template as in the English one', () => {
    const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of Object.keys(LAYER_ISSUE_TEXT_EN) as (keyof typeof LAYER_ISSUE_TEXT_EN)[]) {
      const vi = layerIssueReason('vi', { severity: 'warning', layerCode: code, params: {} });
      expect(holes(vi), code).toEqual(holes(LAYER_ISSUE_TEXT_EN[code]));
    }
  });

  it('shows an issue without a layer code as the code it has', () => {
    expect(layerIssueReason('vi', { severity: 'warning', index: 2 })).toBe('?');
  });
});
