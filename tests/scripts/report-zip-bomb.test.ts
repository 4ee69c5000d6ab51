/** Issue 14 defect 3 in the CLI: zipped shapefiles and KMZ are read as the app reads them, zip bombs refused in one line. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deflatedRun, deflatedZeros, MiB, rawZip } from '../io/zip/make-zip';

const root = join(import.meta.dirname, '..', '..');
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('npm run report with zipped inputs', () => {
  it('exits 2 with one line naming the file and the sizes for a shapefile zip bomb', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-bomb-'));
    const bomb = join(dir, 'bomb.zip');
    const gib = { deflated: deflatedRun(1024 * MiB, 0), declaredSize: 1024 * MiB };
    writeFileSync(bomb, rawZip(['xa.shp', 'xa.dbf', 'xa.prj', 'xa.cpg'].map((name) => ({ name, ...gib }))));
    const child = run(['--units', bomb]);
    expect(child.status).toBe(2);
    expect(child.stderr).toBe(
      `report: ${bomb} (--units): bomb.zip holds xa.shp, which inflates to more than 128 MB (the zip is 26 MB); refused as a likely zip bomb\n`);
    expect(child.stdout).toBe('');
  }, 120_000);

  it('exits 2 with one line for a KMZ whose doc.kml is zero-filled', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-bomb-'));
    const bomb = join(dir, 'tram.kmz');
    writeFileSync(bomb, rawZip([{ name: 'doc.kml', deflated: deflatedZeros(64 * MiB), declaredSize: 1024 }]));
    const child = run(['--sites', bomb]);
    expect(child.status).toBe(2);
    expect(child.stderr).toMatch(/^report: .*tram\.kmz \(--sites\): tram\.kmz holds doc\.kml, which inflates to over \d+ MB from 64 KB \(more than 200 times\); refused as a likely zip bomb\n$/);
  }, 120_000);

  it('reads a real zipped shapefile and a KML file', () => {
    const child = run(['--units', 'tests/fixtures/shapefile/xa-dak-nong.zip', '--sites', 'tests/fixtures/kml/sites.kml', '--cell', '500']);
    expect(child.stderr).not.toMatch(/report:/);
    expect(child.status).toBe(0);
    const report = JSON.parse(child.stdout) as { meta: { inputs: Record<string, string> }; units: unknown[] };
    expect(report.meta.inputs.units).toBe('tests/fixtures/shapefile/xa-dak-nong.zip');
    expect(report.meta.inputs.sites).toBe('tests/fixtures/kml/sites.kml');
    expect(report.units.length).toBeGreaterThan(0);
  }, 120_000);
});
