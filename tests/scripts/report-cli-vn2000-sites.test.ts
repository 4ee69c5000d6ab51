/**
 * Issue 17, done when: `npm run report -- --sites F.csv` with no profile imports a VN-2000 file of the demo province
 * correctly and names every bad line, out-of-range azimuths and sites outside the province included. Run as the
 * command is, in a child process, and read from its JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// Đắk Nông's 3° zone (central meridian 108°30′) with the Decision 05/2007/QĐ-BTNMT parameters
const DAK_NONG = '+proj=tmerc +lat_0=0 +lon_0=108.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 '
  + '+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 +units=m +no_defs';

/** id, lon, lat, azimuth; data lines start at 2. */
const ROWS: [string, number, number, string][] = [
  ['GN1', 107.69, 12.0, '0/120/240'], // 2: Gia Nghĩa
  ['DM1', 107.62, 12.44, '30'], // 3: Đắk Mil
  ['AZ400', 107.9, 12.37, '400'], // 4: azimuth out of range
  ['KN1', 107.91, 12.36, '90'], // 5: Krông Nô
  ['AZNEG', 107.4, 12.15, '-30'], // 6: azimuth out of range
  ['BMT', 108.04, 12.67, '0'], // 7: Buôn Ma Thuột, ~10 km outside the province
  ['HAN', 105.85, 21.03, '0'], // 8: Hà Nội
  ['TD1', 107.41, 12.16, '180'], // 9: Tuy Đức
  ['SEA', 110.5, 12.5, '0'], // 10: the East Sea
];

describe('npm run report -- --sites with a VN-2000 CSV of the demo province and no profile', () => {
  it('places the good sites where they are and names every bad line with its reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-cli-vn2000-'));
    const path = join(dir, 'viettel-vn2000.csv');
    const lines = ROWS.map(([id, lon, lat, az]) => {
      const [e, n] = proj4('WGS84', DAK_NONG, [lon, lat]) as [number, number];
      return `${id};${n.toFixed(3).replace('.', ',')};${e.toFixed(3).replace('.', ',')};LTE;1800;${az};35`;
    });
    writeFileSync(path, ['Mã trạm;Tọa độ X;Tọa độ Y;Công nghệ;Băng tần;Góc phương vị;Độ cao (m)', ...lines].join('\r\n'));
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', '--sites', path, '--format', 'json'], {
      cwd: root, encoding: 'utf8', timeout: 170_000, maxBuffer: 64 * 1024 * 1024,
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const report = JSON.parse(child.stdout) as {
      sites: { id: string; lon: number; lat: number; height_m?: number }[];
      import_issues: { severity: string; line?: number; reason: string }[];
    };
    const good = ['GN1', 'DM1', 'KN1', 'TD1'];
    expect(report.sites.map((s) => s.id)).toEqual(good);
    for (const s of report.sites) {
      const [, lon, lat] = ROWS.find(([id]) => id === s.id) ?? [];
      expect(s.lon).toBeCloseTo(lon ?? NaN, 6);
      expect(s.lat).toBeCloseTo(lat ?? NaN, 6);
    }
    const errors = report.import_issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.line)).toEqual([4, 6, 7, 8, 10]);
    const reason = (line: number) => errors.find((i) => i.line === line)?.reason ?? '';
    expect(reason(4)).toBe('azimuth 400 is outside 0-360°; row not imported');
    expect(reason(6)).toBe('azimuth -30 is outside 0-360°; row not imported');
    expect(reason(7)).toMatch(/km outside the province boundary, elsewhere in Vietnam; row not imported/);
    expect(reason(8)).toMatch(/km outside the province boundary, elsewhere in Vietnam; row not imported/);
    expect(reason(10)).toMatch(/km outside the province boundary, at sea; row not imported/);
    expect(report.import_issues.map((i) => i.reason)).toContainEqual(expect.stringMatching(/^VN-2000 zone taken from the boundaries' province Đắk Nông: central meridian 108°30′/));
  }, 180_000);
});
