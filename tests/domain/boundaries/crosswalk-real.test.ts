import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { buildCrosswalk, crosswalkFromTable } from '../../../src/domain/boundaries/crosswalk';
import { parseGeoJsonText, readUnits } from '../../../src/io/geojson';

const DIR = '/work/shared/data/daknong';
const present = existsSync(`${DIR}/communes-2024.geojson`) && existsSync(`${DIR}/communes-2025.geojson`);

function load(file: string): { units: ReturnType<typeof readUnits>['items']; merged: string[][] } {
  const text = readFileSync(`${DIR}/${file}`, 'utf8');
  const parsed = parseGeoJsonText(text, file);
  const merged = parsed.features.map((f) => {
    const props: unknown = typeof f === 'object' && f !== null && 'properties' in f ? f.properties : null;
    const codes: unknown = typeof props === 'object' && props !== null && 'merged_from_codes' in props ? props.merged_from_codes : [];
    return Array.isArray(codes) ? codes.map(String) : [];
  });
  return { units: readUnits(parsed.features, file).items, merged };
}

describe.skipIf(!present)('crosswalk of the real Đắk Nông 2024 communes onto the 2025 units', () => {
  // Speed against pairwise turf.intersect: `npm run bench -- --only crosswalk-real`.
  it('finds, by area alone, the merges the 2025 file lists in merged_from_codes', () => {
    const old = load('communes-2024.geojson');
    const next = load('communes-2025.geojson');
    expect(old.units).toHaveLength(71);
    expect(next.units).toHaveLength(28);
    const cw = buildCrosswalk(old.units, next.units);
    next.units.forEach((u, i) => {
      const mostlyInside = (cw.byNew.get(u.code) ?? []).filter((l) => l.share > 0.5).map((l) => l.oldCode).sort();
      expect(mostlyInside).toEqual([...(next.merged[i] ?? [])].sort());
    });
    expect(cw.unmatched).toEqual({ old: [], new: [] });
    // The two real files were drawn separately: most merges nest, a border may have moved by a percent or so.
    const nesting = [...cw.nests.values()].filter(Boolean).length;
    expect(nesting).toBeGreaterThanOrEqual(25);
    const table = crosswalkFromTable(next.units.flatMap((u, i) => (next.merged[i] ?? []).map((oldCode) => ({ oldCode, newCode: u.code }))));
    expect(table.unmatched.old).toEqual([]);
    expect(new Set(table.links.map((l) => l.oldCode)).size).toBe(71);
  });
});
