/**
 * Inputs whose coverage grid would exceed the stated limit: the report exits with code 2 and one English line
 * naming the file and the feature, with no stack trace (it used to die on "Array buffer allocation failed").
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'report-grid-')), name);
  writeFileSync(path, text);
  return path;
}

const square = (code: string, name: string, lon: number, lat: number) => ({
  type: 'Feature', properties: { code, name },
  geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.1, lat], [lon + 0.1, lat + 0.1], [lon, lat + 0.1], [lon, lat]]] },
});

function expectRefused(child: ReturnType<typeof run>, pattern: RegExp): void {
  expect(child.status).toBe(2);
  expect(child.stdout).toBe('');
  const lines = child.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(child.stderr).not.toMatch(/RangeError|\n\s+at /);
}

describe('npm run report refuses a grid beyond the limit', () => {
  it('the 241-byte world polygon of the malformed corpus: exit 2, the file and the feature named', () => {
    const world = join(root, 'tests/fixtures/malformed/world-polygon-unit.geojson');
    expect(readFileSync(world).length).toBe(241);
    expectRefused(run(['--units', world]), /^report: .*world-polygon-unit\.geojson \(--units\): no valid units in the file \(feature 0: rejected: spans [\d,]+ km²; the coverage grid holds at most 1,000,000 km²/);
  }, 120_000);

  it('a commune far from the others: exit 2 naming the file and the unit', () => {
    const units = file('far.geojson', JSON.stringify({ type: 'FeatureCollection', features: [square('A1', 'Gia Nghĩa', 107.6, 12), square('A2', 'Far away', 10, 5)] }));
    expectRefused(run(['--units', units]), /^report: .*far\.geojson \(--units\): unit "A2" \(Far away\): the coverage grid would span [\d,]+ km², [\d,]+ cells of 100 m .*; the limit is 100,000,000 cells/);
  }, 120_000);

  it('cells too small for the area: exit 2 saying so', () => {
    expectRefused(run(['--cell', '10']), /^report: the coverage grid would span [\d,]+ km², [\d,]+ cells of 10 m .*; use larger cells \(--cell\)$/);
  }, 120_000);
});
