import { beforeAll, describe, expect, it } from 'vitest';
import { areaBBox } from '../../src/domain/coverage/area-bbox';
import { generateDemoDataset } from '../../src/domain/demo';
import { engineState } from '../../src/worker/engine-state';
import { measureImportApi as api } from '../../src/worker/import-measurements';

const bytes = (text: string) => new TextEncoder().encode(text);
let inside: [number, number] = [0, 0];

beforeAll(() => {
  const dataset = generateDemoDataset();
  engineState.setBaseline(dataset);
  const [w, s, e, n] = areaBBox(dataset).bbox;
  inside = [(w + e) / 2, (s + n) / 2];
});

function driveCsv(rows: number): string {
  const [lon, lat] = inside;
  const lines = ['lat,lon,rsrp,site'];
  for (let i = 0; i < rows; i++) lines.push(`${(lat + (i % 1000) * 1e-4).toFixed(6)},${(lon + Math.floor(i / 1000) * 1e-4).toFixed(6)},${-80 - (i % 40)},S${i % 5}`);
  lines.push(`${lat},${lon},abc,S1`, `${lat},${lon},-5,S1`, '21.0,105.8,-90,S1');
  return `${lines.join('\n')}\n`;
}

describe('measurement import in the worker', () => {
  it('reads in chunks with progress, reports the rows left out by line, and keeps the samples in the worker', async () => {
    const id = api.measureOpen(bytes(driveCsv(120_000)), 'drive.csv');
    const progress: number[] = [];
    const read = await api.measureRead(id, (f) => void progress.push(f));
    expect(read).toMatchObject({ fileName: 'drive.csv', rows: 120_003, samples: 120_000, refused: false, mapping: { lat: 'lat', lon: 'lon', level: 'rsrp', site: 'site' } });
    expect(read.issues.map((i) => [i.line, i.code])).toEqual([[120_002, 'm-level-not-number'], [120_003, 'm-level-implausible'], [120_004, 'm-outside']]);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    expect(api.measureKeep(id)).toBe(true);
    expect(engineState.measurementSets.get(id)?.count).toBe(120_000);
    expect(engineState.measureSessions.has(id)).toBe(false);
  });

  it('refuses by name a level column of text and a file whose samples all lie outside the province; nothing is kept', async () => {
    for (const [text, code] of [
      ['lat,lon,rsrp\n12.1,107.5,good\n12.2,107.5,bad\n', 'm-no-samples'],
      ['lat,lon,rsrp\n21.0,105.8,-90\n21.1,105.9,-91\n', 'm-none-inside'],
      [`lat,lon,rsrp,${'x'.repeat(2_000_000)}`, 'm-line-too-long'],
    ] as const) {
      const id = api.measureOpen(bytes(text), 'bad.csv');
      const read = await api.measureRead(id);
      expect(read.refused).toBe(true);
      expect(read.issues.at(-1)).toMatchObject({ code, line: 0, params: { file: 'bad.csv' } });
      expect(api.measureKeep(id)).toBe(false);
      expect(engineState.measurementSets.has(id)).toBe(false);
      api.measureClose(id);
    }
  });

  it('a cancel stops the read with an AbortError', async () => {
    const id = api.measureOpen(bytes(driveCsv(200_000)), 'long.csv');
    const reading = api.measureRead(id, () => api.measureCancel(id));
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    api.measureClose(id);
  });

  it('reads a GeoJSON file of points in chunks with progress, and a cancel stops it', async () => {
    const [lon, lat] = inside;
    const features = Array.from({ length: 120_000 }, (_, i) => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: [lon + Math.floor(i / 1000) * 1e-4, lat + (i % 1000) * 1e-4] }, properties: { rsrp: -80 - (i % 40) },
    }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const id = api.measureOpen(bytes(text), 'crowd.geojson');
    const progress: number[] = [];
    const read = await api.measureRead(id, (f) => void progress.push(f));
    expect(read).toMatchObject({ rows: 120_000, samples: 120_000, refused: false, mapping: { lon: 'lon', lat: 'lat', level: 'rsrp' } });
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(1);
    api.measureClose(id);
    const again = api.measureOpen(bytes(text), 'crowd.geojson');
    const reading = api.measureRead(again, () => api.measureCancel(again));
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    api.measureClose(again);
  });
});
