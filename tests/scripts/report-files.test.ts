import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import type { FibreRoute, ReportingUnit, Site, Village } from '../../src/domain/model/types';
import { fibreToGeoJson, sitesToGeoJson, unitsToGeoJson, villagesToGeoJson } from '../../src/io/geojson';

const root = join(import.meta.dirname, '..', '..');
const sq = (x: number, y: number, s: number) =>
  ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] });

const units: ReportingUnit[] = [
  { code: 'A', name: 'Xã A', type: 'Xã', district: 'D', population: 5000, clutter: 'rural', geometry: sq(107.5, 12, 0.05) },
  { code: 'B', name: '=cmd()', type: 'Xã', district: 'D', population: 3000, clutter: 'suburban', geometry: sq(107.55, 12, 0.05) },
];
const villages: Village[] = [
  { id: 'v1', name: 'Thôn 1', unitCode: 'A', population: 500, geometry: sq(107.51, 12.01, 0.01), point: [107.515, 12.015] },
  { id: 'v2', name: 'Thôn 2', unitCode: 'B', population: 300, geometry: null, point: [107.58, 12.024] },
];
const sites: Site[] = [{
  id: 's1', name: 'S1', carrier: 'Viettel', lon: 107.53, lat: 12.02, heightM: 30, proposed: false,
  sectors: [0, 120, 240].map((a) => ({ azimuthDeg: a, beamwidthDeg: 65, downtiltDeg: 4 })),
  radios: [{ tech: '4G', bandMHz: 1800 }],
}];
// one underground route along lat 12.025 across both units
const fibre: FibreRoute[] = [{ id: 'f1', name: 'F1', laying: 'underground', kind: 'spur', coordinates: [[107.49, 12.025], [107.62, 12.025]] }];

function writeInputs(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'report-files-'));
  const files = {
    units: join(dir, 'units.geojson'), villages: join(dir, 'villages.geojson'),
    sites: join(dir, 'sites.geojson'), fibre: join(dir, 'fibre.geojson'), out: join(dir, 'out.csv'),
  };
  writeFileSync(files.units, JSON.stringify(unitsToGeoJson(units)));
  writeFileSync(files.villages, JSON.stringify(villagesToGeoJson(villages)));
  writeFileSync(files.sites, JSON.stringify(sitesToGeoJson(sites)));
  writeFileSync(files.fibre, JSON.stringify(fibreToGeoJson(fibre)));
  return files;
}

const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('npm run report on four files', () => {
  const f = writeInputs();
  const inputs = ['--units', f.units ?? '', '--villages', f.villages ?? '', '--sites', f.sites ?? '', '--fibre', f.fibre ?? ''];

  it('reports the files, not the demo, with FTTH distances measured from village edges', () => {
    const child = run(inputs);
    expect(child.stderr).not.toMatch(/report:/);
    expect(child.status).toBe(0);
    const report = JSON.parse(child.stdout);
    expect(report.meta.synthetic).toBe(false);
    expect(report.meta.inputs.units).toBe(f.units);
    expect(report.units.map((u: { code: string }) => u.code)).toEqual(['A', 'B']);
    // v1's north edge is at 12.02, the fibre at 12.025
    const edge = distance([107.515, 12.02], [107.515, 12.025], { units: 'meters' });
    expect(report.villages[0].fibre_distance_m).toBeCloseTo(edge, -1);
    expect(report.villages[1].ftth).toBe(true);
    // the route crosses unit A along its full 0.05° width
    const widthKm = distance([107.5, 12.025], [107.55, 12.025], { units: 'kilometers' });
    expect(report.units[0].fibre_km_underground).toBeCloseTo(widthKm, 1);
    expect(report.units[0].sites_viettel_4g).toBe(1);
    expect(report.totals.sites).toBe(1);
  });

  it('writes the units table as CSV to --out, with formula-like names neutralised', () => {
    const child = run([...inputs, '--format', 'csv', '--out', f.out ?? '']);
    expect(child.stderr).not.toMatch(/report:/);
    expect(child.status).toBe(0);
    const csv = readFileSync(f.out ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]?.startsWith("B,'=cmd(),")).toBe(true);
  });
});
