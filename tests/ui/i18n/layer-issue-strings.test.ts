import { describe, expect, it } from 'vitest';
import { readShapefileZip } from '../../../src/io/shapefile/read-shapefile-zip';
import { kmlFeatures } from '../../../src/io/kml/read-kml';
import { issueReason } from '../../../src/ui/i18n/import-strings';
import { layerIssueReason } from '../../../src/ui/i18n/layer-issue-strings';
import { describeIssues } from '../../../src/app/import-issue-lines';
import { DOMParser } from '@xmldom/xmldom';
import { parseGeoJsonText } from '../../../src/io/geojson/parse';
import { readGeoJsonLayer } from '../../../src/io/geojson';

const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

describe('layer reader issues in the UI language', () => {
  it('renders a file that is not a zip in Vietnamese, and keeps the English reason for the CLI', () => {
    const [issue] = readShapefileZip(new TextEncoder().encode('hello'), 'xa.zip').issues;
    if (!issue) throw new Error('expected an issue');
    expect(issue.reason).toMatch(/^xa\.zip is not a zip archive/);
    expect(issueReason('vi', issue)).toBe('xa.zip không phải tệp nén zip (shapefile phải được tải lên thành một tệp .zip chứa .shp, .dbf, .prj)');
    expect(issueReason('en', issue)).toBe(issue.reason);
  });

  it('translates a nested problem with its frame (a KML whose root is not <kml>)', () => {
    const [issue] = kmlFeatures('<gpx version="1.1"></gpx>', 'tram.kml', parseXml).issues;
    if (!issue) throw new Error('expected an issue');
    expect(issue.reason).toBe('tram.kml is not KML: its root element is <gpx>, expected <kml>');
    expect(layerIssueReason('vi', issue)).toBe('tram.kml không phải KML: phần tử gốc là <gpx>, cần <kml>');
    expect(describeIssues('vi', [issue])).toEqual(['✖ tram.kml không phải KML: phần tử gốc là <gpx>, cần <kml>']);
  });

  it('renders GeoJSON file problems, nested words included', () => {
    const [cut] = parseGeoJsonText('{"type": "FeatureCollection", "features": [', 'xa.geojson').issues;
    if (!cut) throw new Error('expected an issue');
    expect(cut.reason).toMatch(/^xa\.geojson: invalid JSON at line 1, column \d+ \(position \d+\): expected .*, found end of file$/);
    expect(layerIssueReason('vi', cut)).toMatch(/^xa\.geojson: JSON không hợp lệ ở dòng 1, cột \d+ \(vị trí \d+\): cần .*, gặp cuối tệp$/);
    const unknown = readGeoJsonLayer('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}', 'la.geojson');
    if (unknown.kind !== null) throw new Error('expected no layer');
    expect(layerIssueReason('vi', unknown.issues[0] ?? { severity: 'error', reason: '' })).toMatch(/^la\.geojson: không xác định được đây là lớp dữ liệu gì: /);
  });

  it('leaves issues without a layer code as their text', () => {
    expect(layerIssueReason('vi', { severity: 'warning', reason: 'feature 2: geometry is null', index: 2 })).toBe('feature 2: geometry is null');
  });
});
