import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileJson } from '../../src/app/import-profiles';
import { describe, expect, it } from 'vitest';
import { unitsToGeoJson, villagesToGeoJson, fibreToGeoJson } from '../../src/io/geojson';
import type { ReportingUnit } from '../../src/domain/model/types';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'csv');
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

interface ReportJson {
  sites: { id: string; lon: number; lat: number; carrier: string; technologies: string[]; sectors: { azimuth_deg: number | null }[] }[];
  import_issues: { file: string; layer: string; line?: number; column?: string; value?: string; reason: string; severity: string }[];
  totals: { sites: number };
}

/** A small area of one unit, so the coverage run stays quick; the sites are what is tested. */
function smallInputs(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'report-csv-'));
  const unit: ReportingUnit = {
    code: 'A', name: 'Xã A', type: 'Xã', district: 'D', population: 1000, clutter: 'rural',
    geometry: { type: 'Polygon', coordinates: [[[107.6, 11.95], [107.75, 11.95], [107.75, 12.05], [107.6, 12.05], [107.6, 11.95]]] },
  };
  const files = { units: join(dir, 'u.geojson'), villages: join(dir, 'v.geojson'), fibre: join(dir, 'f.geojson') };
  writeFileSync(files.units, JSON.stringify(unitsToGeoJson([unit])));
  writeFileSync(files.villages, JSON.stringify(villagesToGeoJson([{ id: 'v', name: 'Thôn 1', unitCode: 'A', population: 100, geometry: null, point: [107.7, 12] }])));
  writeFileSync(files.fibre, JSON.stringify(fibreToGeoJson([{ id: 'f', name: 'F', laying: 'aerial', kind: 'spur', coordinates: [[107.6, 12], [107.7, 12]] }])));
  return ['--units', files.units, '--villages', files.villages, '--fibre', files.fibre, '--cell', '200'];
}

describe('npm run report with CSV sites', () => {
  const inputs = smallInputs();

  it('imports the messy carrier CSV with guessed columns and lists sites and import issues', () => {
    const csv = join(fixtures, 'sites-messy.csv');
    const child = run([...inputs, '--sites', csv]);
    expect(child.stderr).not.toMatch(/report:/);
    expect(child.status).toBe(0);
    const report = JSON.parse(child.stdout) as ReportJson;
    // the one small unit is the province: the file's other Đắk Nông sites lie outside it and are errors on their lines
    expect(report.sites.map((s) => s.id)).toEqual(['DNG001', 'DNG008']);
    expect(report.sites[0]).toMatchObject({ lon: 107.6912, lat: 12.0042, carrier: 'Viettel', technologies: ['2G', '3G', '4G'] });
    expect(report.sites[0]?.sectors.map((s) => s.azimuth_deg)).toEqual([0, 120, 240]);
    // DNG008's lost minus sign is fixed: the fixed position is in the unit
    expect(report.sites[1]).toMatchObject({ lon: 107.75, lat: 12.05 });
    expect(report.totals.sites).toBe(2);
    const outside = report.import_issues.filter((i) => /km outside the province boundary/.test(i.reason) && i.severity === 'error');
    expect(outside.map((i) => i.line)).toEqual([4, 6, 7, 12, 13, 15, 16]);
    expect(outside[0]?.reason).toBe('11.90847, 107.47089 is 14.8 km outside the province boundary, elsewhere in Vietnam; row not imported unless included on purpose');
    const abc = report.import_issues.find((i) => i.value === 'abc');
    expect(abc).toMatchObject({ file: csv, layer: 'sites', line: 8, column: 'Vĩ độ', severity: 'error' });
  }, 120_000);

  it('uses a mapping profile when given, and refuses a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-profile-'));
    const profile = join(dir, 'vn2000.json');
    // the file the import dialog's "Download" gives for a saved profile
    writeFileSync(profile, profileJson({
      name: 'VN-2000 Đắk Nông', carrier: 'Viettel', crs: 'vn2000', province: 'Đắk Nông', delimiter: ';', decimalComma: true,
      mapping: { siteId: 'Mã trạm', x: 'Toạ độ X (VN-2000)', y: 'Toạ độ Y (VN-2000)' },
      // the file's sites are across Đắk Nông, the test's one unit is small: the profile's margin takes them in
      provinceMarginKm: 100,
    }));
    const child = run([...inputs, '--sites', join(fixtures, 'sites-vn2000-dak-nong.csv'), '--mapping', profile]);
    expect(child.stderr).not.toMatch(/report:/);
    const report = JSON.parse(child.stdout) as ReportJson;
    expect(report.sites.map((s) => [s.id, s.carrier, s.lon.toFixed(4), s.lat.toFixed(4)])).toEqual([
      ['DNG201', 'Viettel', '107.6912', '12.0042'], ['DNG202', 'Viettel', '107.9500', '12.4500'], ['DNG203', 'Viettel', '107.4000', '11.8500'],
    ]);
    expect(report.import_issues.some((i) => i.line === 5 && /X is missing/.test(i.reason))).toBe(true);

    writeFileSync(profile, JSON.stringify({ name: 'bad', crs: 'utm', mapping: {} }));
    const bad = run(['--sites', join(fixtures, 'sites-messy.csv'), '--mapping', profile]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${profile} (--mapping): "crs" must be "wgs84", "vn2000" or "mixed"`);
  }, 120_000);

  it('exits 2 when a CSV yields no sites, naming the reason and the columns found', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-nosites-'));
    const csv = join(dir, 'x.csv');
    writeFileSync(csv, 'ma;ghi chu\nA;x\n');
    const child = run(['--sites', csv]);
    expect(child.status).toBe(2);
    expect(child.stderr).toMatch(/x\.csv \(--sites\): no valid sites in the file \(x\.csv: no latitude and longitude columns/);
    expect(child.stderr).toContain('columns found: ma, ghi chu');
    const orphan = run(['--mapping', 'p.json']);
    expect(orphan.status).toBe(2);
    expect(orphan.stderr).toContain('--mapping applies to a CSV --sites file');
  }, 120_000);
});
