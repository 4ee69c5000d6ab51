import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DAKNONG_FACTS } from '../../../src/domain/demo/daknong-facts';

const NUMERIC = new Set(['population_2019', 'area_ha', 'centroid_lon', 'centroid_lat']);

function parseCsv(text: string): Record<string, string | number>[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const keys = (header ?? '').split(',');
  return lines.map((line) => {
    const values = line.split(',');
    return Object.fromEntries(keys.map((k, i) => [k, NUMERIC.has(k) ? Number(values[i]) : values[i] ?? '']));
  });
}

describe('daknong-communes.json', () => {
  it('is exactly the facts CSV with typed fields', () => {
    const csv = readFileSync(new URL('../../../data/daknong-communes-facts.csv', import.meta.url), 'utf8');
    expect(DAKNONG_FACTS).toEqual(parseCsv(csv));
  });

  it('holds 71 communes of 8 districts, 2019 population 622,168', () => {
    expect(DAKNONG_FACTS).toHaveLength(71);
    expect(new Set(DAKNONG_FACTS.map((f) => f.district)).size).toBe(8);
    expect(DAKNONG_FACTS.reduce((s, f) => s + f.population_2019, 0)).toBe(622168);
    expect(new Set(DAKNONG_FACTS.map((f) => f.commune_2025)).size).toBe(28);
  });
});
