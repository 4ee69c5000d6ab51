import { describe, expect, it } from 'vitest';
import { shownMeasureIssue, measureIssueOf } from '../../../src/app/measure-issues';
import { measureIssueText } from '../../../src/i18n/measure-strings';
import { looksLikeMeasurementPoints, readMeasurementPoints } from '../../../src/io/measure/read-measurement-points';

const AREA = [107.2, 11.7, 108.2, 12.9] as const;
const point = (lon: number, lat: number, properties: Record<string, unknown>) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('measurement GeoJSON points', () => {
  it('is recognised by a level property (English or Vietnamese), not by any FeatureCollection', () => {
    expect(looksLikeMeasurementPoints(collection([point(107.5, 12.1, { RSRP_dBm: -90 })]))).toBe(true);
    expect(looksLikeMeasurementPoints(collection([point(107.5, 12.1, { 'Mức thu': -90 })]))).toBe(true);
    expect(looksLikeMeasurementPoints(collection([point(107.5, 12.1, { rxlev: -70 })]))).toBe(true);
    expect(looksLikeMeasurementPoints(collection([point(107.5, 12.1, { name: 'Trạm A', level: 3 })]))).toBe(false);
    const polygon = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { rsrp: -90 } };
    expect(looksLikeMeasurementPoints(collection([polygon]))).toBe(false);
    expect(looksLikeMeasurementPoints('{"type":"FeatureCollection"')).toBe(false);
  });

  it('reads the properties as columns with the CSV rules and reports each bad feature by its index', () => {
    const text = collection([
      point(107.5, 12.1, { rsrp: -95.5, tech: 'LTE', carrier: 'Viettel', site: 'S1' }),
      point(107.5, 12.1, { rsrp: 'abc' }),
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[107.5, 12.1], [107.6, 12.2]] }, properties: { rsrp: -90 } },
      point(107.6, 12.2, { rsrp: -5 }),
      point(109.9, 12.2, { rsrp: -90 }),
      point(107.5, 12.1, { rsrp: -95.5, tech: 'LTE', carrier: 'Viettel', site: 'S1' }),
      point(107.7, 12.3, { rsrp: -101, tech: 'NR', carrier: 'VNPT' }),
    ]);
    const r = readMeasurementPoints(text, { fileName: 'crowd.geojson', area: AREA });
    expect(r.rows).toBe(7);
    expect(r.set?.count).toBe(2);
    expect([...(r.set?.levelDbm ?? [])]).toEqual([-95.5, -101]);
    expect(r.mapping).toMatchObject({ lon: 'lon', lat: 'lat', level: 'rsrp', tech: 'tech', carrier: 'carrier', site: 'site' });
    expect(r.issues.map((i) => [i.code, i.feature])).toEqual([
      ['m-level-not-number', 1], ['m-position', 2], ['m-level-implausible', 3], ['m-outside', 4], ['m-duplicate', 5],
    ]);
    const first = r.issues[0];
    if (!first) throw new Error('no issue');
    expect(measureIssueText('en', first)).toBe('feature #1: level "abc" is not a number; skipped');
    expect(measureIssueText('vi', first)).toBe('đối tượng #1: mức thu “abc” không phải là số; bỏ qua');
    const shown = shownMeasureIssue(first);
    expect(shown).toMatchObject({ index: 1 });
    expect(shown.line).toBeUndefined();
    expect(measureIssueOf(shown)).toEqual(first);
  });

  it('a level property of text refuses the file as the CSV reader does', () => {
    const r = readMeasurementPoints(collection([point(107.5, 12.1, { rsrp: 'good' })]), { fileName: 'crowd.geojson', area: AREA });
    expect(r.set).toBeNull();
    expect(r.issues.at(-1)).toMatchObject({ code: 'm-no-samples', line: 0 });
  });
});
