import { describe, expect, it } from 'vitest';
import { featureSpans } from '../../../src/io/measure/geojson-feature-spans';
import { readMeasurementPoints, readMeasurementPointsChunked } from '../../../src/io/measure/read-measurement-points';

const AREA = [107.2, 11.7, 108.2, 12.9] as const;
const options = { fileName: 'crowd.geojson', area: AREA };
const point = (lon: number, lat: number, properties: Record<string, unknown>) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });

const features = [
  point(107.5, 12.1, { rsrp: -95.5, tech: 'LTE', carrier: 'Viettel', site: 'S1' }),
  point(107.5, 12.1, { rsrp: 'abc' }),
  { type: 'Feature', geometry: { type: 'LineString', coordinates: [[107.5, 12.1], [107.6, 12.2]] }, properties: { rsrp: -90 } },
  point(107.6, 12.2, { rsrp: -5, note: 'a "quoted" {brace} [bracket], \\ backslash' }),
  point(109.9, 12.2, { rsrp: -90 }),
  point(107.5, 12.1, { rsrp: -95.5, tech: 'LTE', carrier: 'Viettel', site: 'S1' }),
  point(107.7, 12.3, { rsrp: -101, tech: 'NR', carrier: 'VNPT', indoor: 'yes' }),
  ...Array.from({ length: 40 }, (_, i) => point(107.3 + i / 100, 12, { rsrp: -70 - i, route: `R${i % 3}` })),
];

function comparable(r: Awaited<ReturnType<typeof readMeasurementPointsChunked>>) {
  return {
    rows: r.rows, issues: r.issues, mapping: r.mapping, headers: r.headers, count: r.set?.count ?? null,
    level: [...(r.set?.levelDbm ?? [])], line: [...(r.set?.line ?? [])], indoor: [...(r.set?.indoor ?? [])], routes: r.set?.routes,
  };
}

describe('measurement GeoJSON read in chunks', () => {
  it('locates each feature without parsing the whole text, in any layout', () => {
    const pretty = JSON.stringify({ name: 'x {[', bbox: [1, 2], features: features.slice(0, 4), type: 'FeatureCollection', crs: { a: [{}] } }, null, 2);
    const spans = featureSpans(pretty);
    expect(spans?.count).toBe(4);
    const parsed = Array.from({ length: 4 }, (_, i) => JSON.parse(pretty.slice(spans?.start[i] ?? 0, spans?.end[i] ?? 0)) as unknown);
    expect(parsed).toEqual(features.slice(0, 4));
    expect(featureSpans(JSON.stringify({ type: 'FeatureCollection', features: [] }))?.count).toBe(0);
    for (const broken of ['', '[]', '{"type":"FeatureCollection","features":[{"a":1}', '{"type":"Feature","features":[]}', '{"type":"FeatureCollection","features":[]} x', '{"features":[1,]']) {
      expect(featureSpans(broken)).toBeNull();
    }
  });

  it('reads as the whole-text read does, reporting progress chunk by chunk up to the end', async () => {
    for (const text of [JSON.stringify({ type: 'FeatureCollection', features }), JSON.stringify({ features, type: 'FeatureCollection', extra: [[{}]] }, null, 1)]) {
      const progress: [number, number][] = [];
      const chunked = await readMeasurementPointsChunked(text, { ...options, rowsPerChunk: 5, onProgress: (f, rows) => progress.push([f, rows]) });
      expect(comparable(chunked)).toEqual(comparable(readMeasurementPoints(text, options)));
      expect(chunked.set?.count).toBe(42);
      expect(progress.length).toBeGreaterThan(10);
      const fractions = progress.map(([f]) => f);
      expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
      expect(fractions.at(-1)).toBe(1);
    }
  });

  it('refuses a broken or empty file as the whole-text read does', async () => {
    const texts = [
      '{"type":"FeatureCollection","features":[', JSON.stringify({ type: 'FeatureCollection', features: [] }),
      '{"type":"FeatureCollection","features":[{"type":"Feature",}]}', JSON.stringify({ type: 'FeatureCollection', features: [point(107.5, 12.1, { rsrp: 'good' })] }),
    ];
    for (const text of texts) {
      const chunked = await readMeasurementPointsChunked(text, options);
      expect(chunked.set).toBeNull();
      expect(comparable(chunked)).toEqual(comparable(readMeasurementPoints(text, options)));
    }
  });

  it('stops on a cancel with the signal\'s reason', async () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const controller = new AbortController();
    let reports = 0;
    const read = readMeasurementPointsChunked(text, {
      ...options, rowsPerChunk: 5, signal: controller.signal,
      onProgress: () => {
        if (++reports === 2) controller.abort();
      },
    });
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
    expect(reports).toBe(2);
  });
});
