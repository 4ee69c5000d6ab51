import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// The real Đắk Nông boundaries live outside the repository (../shared); without them this check is skipped.
const DIR = join(root, '..', 'shared', 'data', 'daknong');
const REAL = existsSync(join(DIR, 'communes-2024.geojson')) && existsSync(join(DIR, 'communes-2025.geojson'));

interface Report { meta: { clutter: unknown }; totals: Record<string, number>; units: unknown[] }

function report(units: string, out: string): Report {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', '--units', units, '--out', out], {
    cwd: root, encoding: 'utf8', timeout: 300_000,
  });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

describe.skipIf(!REAL)('the same territory on the 2024 communes and on the 2025 units', () => {
  it('gives the same area-weighted coverage (within 0.3 points) for every computed technology: the signal is fixed to the ground', { timeout: 600_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'boundary-sets-'));
    const a = report(join(DIR, 'communes-2024.geojson'), join(dir, '2024.json'));
    const b = report(join(DIR, 'communes-2025.geojson'), join(dir, '2025.json'));
    expect(a.units.length).toBe(71);
    expect(b.units.length).toBe(28);
    expect(a.meta.clutter).toEqual(['generated land cover (demo, not surveyed)']);
    for (const tech of ['4g', '5g']) {
      expect(Math.abs((a.totals[`pct_area_${tech}`] ?? NaN) - (b.totals[`pct_area_${tech}`] ?? NaN))).toBeLessThanOrEqual(0.3);
    }
  });
});
