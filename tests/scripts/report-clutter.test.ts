import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportingUnit, Site } from '../../src/domain/model/types';
import { sitesToGeoJson, unitsToGeoJson } from '../../src/io/geojson';
import { makeClassTiff } from '../io/land-cover/make-land-cover';

const root = join(import.meta.dirname, '..', '..');
const sq = (x: number, y: number, s: number) =>
  ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] });

const units: ReportingUnit[] = [
  { code: 'A', name: 'Xã A', type: 'Xã', district: 'D', population: 5000, clutter: 'rural', geometry: sq(107.5, 12.0, 0.2) },
];
const sites: Site[] = [{
  id: 's1', name: 'S1', carrier: 'Viettel', lon: 107.6, lat: 12.1, heightM: 30, proposed: false,
  sectors: [], radios: [{ tech: '4G', bandMHz: 1800 }],
}];

/** A WorldCover raster of one code over the unit (0.002° pixels). */
const worldCover = (code: number, epsg = 4326): Uint8Array =>
  makeClassTiff({ width: 110, height: 110, values: new Uint8Array(110 * 110).fill(code), tie: [107.49, 12.21], pixelDeg: 0.002, epsg });

const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('npm run report --clutter with a classified GeoTIFF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-clutter-'));
  const f = { units: join(dir, 'units.geojson'), sites: join(dir, 'sites.geojson'), built: join(dir, 'built.tif'), grass: join(dir, 'grass.tif') };
  writeFileSync(f.units, JSON.stringify(unitsToGeoJson(units)));
  writeFileSync(f.sites, JSON.stringify(sitesToGeoJson(sites)));
  writeFileSync(f.built, worldCover(50));
  writeFileSync(f.grass, worldCover(30));

  it('reads the raster through the app\'s import, names it in meta, and the site on built-up ground reaches less than on grass', () => {
    const base = ['--units', f.units, '--sites', f.sites];
    const built = run([...base, '--clutter', f.built]);
    expect(built.status, built.stderr).toBe(0);
    const grass = run([...base, '--clutter', f.grass]);
    expect(grass.status, grass.stderr).toBe(0);
    const a = JSON.parse(built.stdout);
    const b = JSON.parse(grass.stdout);
    expect(a.meta.clutter).toEqual(['built.tif']);
    const area = (r: { units: { code: string; pct_area_4g: number }[] }) => r.units[0]?.pct_area_4g ?? NaN;
    expect(area(a)).toBeLessThan(area(b));
  });

  it('a raster in an unknown CRS ends with exit 2 naming the file and the CRS', () => {
    const bad = join(dir, 'ed50.tif');
    writeFileSync(bad, worldCover(50, 4230));
    const child = run(['--units', f.units, '--sites', f.sites, '--clutter', bad]);
    expect(child.status).toBe(2);
    expect(child.stderr).toMatch(/ed50\.tif uses the coordinate system EPSG:4230/);
  });
});
