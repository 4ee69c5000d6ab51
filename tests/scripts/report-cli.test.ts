import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// The demo's JSON report is about 1 MB, spawnSync's default output limit: past it the child is killed (status null).
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });

describe('npm run report', () => {
  it('reports the 71 demo units, their villages and consistent totals as JSON', () => {
    const child = run(['--format', 'json']);
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const report = JSON.parse(child.stdout) as {
      meta: { synthetic: boolean; cell_m: number; threshold_dbm: number; inputs: Record<string, string>; warnings: string[]; warning_codes: { code: string }[] };
      units: { code: string; population: number; villages: number; pct_area_4g: number }[];
      villages: { unit_code: string }[];
      totals: { units: number; villages: number; population: number; pct_area_4g: number };
    };
    expect(report.meta).toMatchObject({ synthetic: true, cell_m: 100, threshold_dbm: -105 });
    expect(report.meta.inputs.units).toBe('demo');
    expect(report.units).toHaveLength(71);
    expect(new Set(report.units.map((u) => u.code)).size).toBe(71);
    expect(report.totals.units).toBe(71);
    expect(report.totals.villages).toBe(report.villages.length);
    expect(report.units.reduce((s, u) => s + u.villages, 0)).toBe(report.villages.length);
    expect(report.totals.population).toBe(report.units.reduce((s, u) => s + u.population, 0));
    expect(report.units.every((u) => u.pct_area_4g >= 0 && u.pct_area_4g <= 100)).toBe(true);
    expect(report.totals.pct_area_4g).toBeGreaterThan(0);
    // the engine's warnings: English text rendered from the interface tables, and the same warnings as codes
    expect(report.meta.warnings).toHaveLength(report.meta.warning_codes.length);
    expect(report.meta.warning_codes.every((w) => typeof w.code === 'string')).toBe(true);
    expect(report.meta.warnings.every((w) => /^[A-Z]/.test(w) && !/[{}]/.test(w))).toBe(true);
  }, 120_000);

  it('exits 2 naming the file when an input cannot be read', () => {
    const child = run(['--units', 'no/such/file.geojson']);
    expect(child.status).toBe(2);
    expect(child.stderr).toMatch(/no\/such\/file\.geojson.*ENOENT/);
  });

  it('exits 2 for invalid GeoJSON, naming the file and the reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const bad = join(dir, 'fibre.geojson');
    writeFileSync(bad, '{"type": "FeatureCollection", "features": [');
    const child = run(['--fibre', bad]);
    expect(child.status).toBe(2);
    expect(child.stderr).toContain(bad);
    expect(child.stderr).toMatch(/invalid JSON/);
  });

  it('exits 2 for a missing CSV sites file and for unknown options', () => {
    const csv = run(['--sites', 'no-such-sites.csv']);
    expect(csv.status).toBe(2);
    expect(csv.stderr).toContain('no-such-sites.csv (--sites): cannot read file: ENOENT');
    const unknown = run(['--colour', 'red']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown option --colour');
  });
});
