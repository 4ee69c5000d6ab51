import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DRIVE_TEST } from '../../src/domain/measure/generated-drive-test';
import { LAND_COVER_CLASSES } from '../../src/domain/model/land-cover';

const root = join(import.meta.dirname, '..', '..');
const node = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });

interface Stats { count: number; mean_error_db: number; rmse_db: number }
interface Section extends Stats {
  samples: number; agreement_share: number; per_clutter: (Stats & { class: string })[]; per_site: (Stats & { site_id: string })[];
  calibration: { note: string; before: Stats; after: Stats; offsets: { class: string; samples: number; offset_db: number; refused?: string }[]; totals: { pct_area_4g: number } };
}

describe('npm run report -- --measurements', () => {
  it('on a generated drive test, gives the errors per clutter, and --calibrate finds the offsets the generator used within 1 dB', { timeout: 600_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'measure-'));
    const csv = join(dir, 'drive.csv');
    const made = node('scripts/generate-drive-test.ts', ['--out', csv]);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stderr).toMatch(/generated samples/);
    expect(readFileSync(csv, 'utf8').split('\n')[1]).toMatch(/,generated \(PhuSong demo, not measured\)$/);
    const child = node('scripts/report.ts', ['--measurements', csv, '--calibrate', '--out', join(dir, 'r.json')]);
    expect(child.status, child.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { measurements: Section; totals: { pct_area_4g: number } };
    const m = report.measurements;
    expect(m.samples).toBeGreaterThan(10_000);
    expect(m.count).toBe(m.samples);
    expect(m.rmse_db).toBeGreaterThan(DEFAULT_DRIVE_TEST.shadowSigmaDb);
    expect(m.agreement_share).toBeGreaterThan(0.8);
    expect(m.per_site.reduce((s, x) => s + x.count, 0)).toBe(m.count);
    const used = (cls: string) => DEFAULT_DRIVE_TEST.offsetsDb[LAND_COVER_CLASSES.indexOf(cls as never) + 1] ?? NaN;
    const fitted = m.calibration.offsets.filter((o) => o.samples >= 500);
    expect(fitted.length).toBeGreaterThanOrEqual(5);
    for (const o of fitted) expect(Math.abs(o.offset_db - used(o.class)), o.class).toBeLessThan(1);
    // Held out, the fit leaves the shadowing the generator used (σ 6 dB) and no bias.
    expect(Math.abs(m.calibration.after.rmse_db - DEFAULT_DRIVE_TEST.shadowSigmaDb)).toBeLessThan(0.5);
    expect(Math.abs(m.calibration.after.mean_error_db)).toBeLessThan(0.3);
    expect(m.calibration.before.rmse_db).toBeGreaterThan(m.calibration.after.rmse_db);
    expect(m.calibration.note).toMatch(/^calibrated with \d+ samples, RMSE \d+(\.\d)? dB on \d+ held-out samples$/);
    // The rest of the report reads as before: the main totals are the uncalibrated ones.
    expect(report.totals.pct_area_4g).not.toBe(m.calibration.totals.pct_area_4g);
  });

  it('stops with one line for a file it cannot use: a text level column, samples all outside, --calibrate alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'measure-bad-'));
    const noLevel = join(dir, 'notes.csv');
    writeFileSync(noLevel, 'lat,lon,ghi chu\n12.1,107.6,tot\n');
    const a = node('scripts/report.ts', ['--measurements', noLevel]);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/notes\.csv: no level column found/);
    const hanoi = join(dir, 'hanoi.csv');
    writeFileSync(hanoi, 'lat,lon,rsrp\n21.03,105.85,-90\n21.04,105.86,-95\n');
    const b = node('scripts/report.ts', ['--measurements', hanoi]);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/hanoi\.csv: all 2 samples lie outside the project area/);
    const c = node('scripts/report.ts', ['--calibrate']);
    expect(c.status).toBe(2);
    expect(c.stderr).toMatch(/--calibrate needs --measurements/);
  });
});
