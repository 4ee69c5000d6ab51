import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportingUnit, Site, Village } from '../../src/domain/model/types';
import { sitesToGeoJson, unitsToGeoJson, villagesToGeoJson } from '../../src/io/geojson';

const root = join(import.meta.dirname, '..', '..');
const sq = (x: number, y: number, s: number) =>
  ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] });

const units: ReportingUnit[] = [
  { code: 'A', name: 'Xã A', type: 'Xã', district: 'D', population: 5000, clutter: 'rural', geometry: sq(107.5, 12.0, 0.1) },
  { code: 'B', name: 'Xã B', type: 'Xã', district: 'D', population: 3000, clutter: 'rural', geometry: sq(107.6, 12.0, 0.1) },
];
// Villages with no unit code: the report locates them in the --units.
const villages: Village[] = [
  { id: 'v1', name: 'Thôn 1', unitCode: '', population: 500, geometry: null, point: [107.55, 12.05] },
  { id: 'v2', name: 'Thôn 2', unitCode: '', population: 300, geometry: null, point: [107.65, 12.05] },
];
const sites: Site[] = [{
  id: 's1', name: 'S1', carrier: 'Viettel', lon: 107.6, lat: 12.05, heightM: 30, proposed: false,
  sectors: [], radios: [{ tech: '4G', bandMHz: 1800 }],
}];

/** An SRTM 3″ tile N12E107: a 600 m plateau with a 400 m north–south ridge at 107.615°E. */
function hgtTile(): Uint8Array {
  const n = 1201;
  const bytes = new Uint8Array(n * n * 2);
  const view = new DataView(bytes.buffer);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const lon = 107 + c / (n - 1);
      const h = 600 + 400 * Math.max(0, 1 - Math.abs(lon - 107.615) / 0.004);
      view.setInt16((r * n + c) * 2, Math.round(h), false);
    }
  }
  return bytes;
}

const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('npm run report --dem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-dem-'));
  const f = { units: join(dir, 'units.geojson'), villages: join(dir, 'villages.geojson'), sites: join(dir, 'sites.geojson'), dem: join(dir, 'N12E107.hgt') };
  writeFileSync(f.units, JSON.stringify(unitsToGeoJson(units)));
  writeFileSync(f.villages, JSON.stringify(villagesToGeoJson(villages)));
  writeFileSync(f.sites, JSON.stringify(sitesToGeoJson(sites)));
  writeFileSync(f.dem, hgtTile());

  it('computes with the tile, names it in meta, and the ridge costs the far side its coverage', () => {
    const base = ['--units', f.units, '--villages', f.villages, '--sites', f.sites];
    const flat = run(base);
    expect(flat.status, flat.stderr).toBe(0);
    const withDem = run([...base, '--dem', f.dem]);
    expect(withDem.status, withDem.stderr).toBe(0);
    const a = JSON.parse(flat.stdout);
    const b = JSON.parse(withDem.stdout);
    expect(a.meta.elevation).toBe('none');
    expect(b.meta.elevation).toEqual([f.dem]);
    const unitB = (r: { units: { code: string; pct_area_4g: number }[] }) => r.units.find((u) => u.code === 'B')?.pct_area_4g ?? NaN;
    expect(unitB(b)).toBeLessThan(unitB(a));
    // Villages without a unit code were located in the given units, not left without one.
    expect(b.villages.map((v: { unit_code: string }) => v.unit_code)).toEqual(['A', 'B']);
  });

  it('a truncated tile ends with exit 2 and one line naming the file and the sizes', () => {
    const bad = join(dir, 'N12E108.hgt');
    writeFileSync(bad, hgtTile().subarray(0, 1000));
    const child = run(['--units', f.units, '--sites', f.sites, '--dem', bad]);
    expect(child.status).toBe(2);
    expect(child.stderr.trim().split('\n')).toHaveLength(1);
    expect(child.stderr).toMatch(/N12E108\.hgt is not an SRTM tile: expected 2884802 bytes .* got 1000 bytes/);
  });
});
