import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSitesCsv } from '../../scripts/report/load-sites-csv';
import { loadInputs } from '../../scripts/report/load';

const dir = mkdtempSync(join(tmpdir(), 'report-ranges-'));

describe('npm run report refuses out-of-range sector values in site files', () => {
  it('names the CSV line whose azimuth is outside 0-360 and does not import it as another bearing', () => {
    const path = join(dir, 's.csv');
    writeFileSync(path, 'id,lat,lon,tech,azimuth,tilt\nA,12.1,107.6,4G,0,4\nB,12.2,107.7,4G,400,4\nC,12.3,107.8,4G,90,120\n');
    const read = loadSitesCsv(path, null);
    expect(read.items.map((s) => s.id)).toEqual(['A']);
    expect(read.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.column, i.value])).toEqual([[3, 'azimuth', '400'], [4, 'tilt', '120']]);
  });

  it('rejects a GeoJSON site whose azimuth is outside 0-360', async () => {
    const path = join(dir, 's.geojson');
    const site = (id: string, azimuth: number) => ({
      type: 'Feature', properties: { id, tech: '4G', height: 30, azimuth }, geometry: { type: 'Point', coordinates: [107.7, 12] },
    });
    writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features: [site('A', 10), site('B', 400)] }));
    const loaded = await loadInputs({ sites: path });
    expect(loaded.dataset.sites.map((s) => s.id)).toEqual(['A']);
    expect(loaded.issues.find((i) => i.severity === 'error')?.reason).toBe('feature 1: rejected: azimuth 400 must be within [0, 360] degrees');
  }, 60_000);
});
