import { describe, expect, it } from 'vitest';
import { readFibre } from '../../../src/io/geojson';
import { fixtureFeatures, issuesAt } from './fixture-helpers';
import { reasonEn } from '../../helpers/reason-en';

describe('readFibre', () => {
  const r = readFibre(fixtureFeatures('fibre.geojson'), 'fibre.geojson');
  const byId = (id: string) => r.items.find((f) => f.id === id);

  it('maps Vietnamese laying words and route kinds', () => {
    expect(byId('F1')).toEqual({
      id: 'F1',
      name: 'Gia Nghĩa – Đắk Song',
      laying: 'aerial',
      kind: 'backbone',
      coordinates: [[107.6, 12.0], [107.65, 12.02], [107.7, 12.05]],
    });
    expect(byId('F3')?.laying).toBe('duct');
  });

  it('splits a MultiLineString into routes id, id-2, id-3', () => {
    const parts = r.items.filter((f) => f.id.startsWith('F2'));
    expect(parts.map((p) => p.id)).toEqual(['F2', 'F2-2', 'F2-3']);
    expect(parts.every((p) => p.laying === 'underground' && p.kind === 'spur')).toBe(true);
    expect(parts[1]?.coordinates).toEqual([[107.72, 12.06], [107.75, 12.1]]);
  });

  it('warns only when a laying property exists but is not recognised', () => {
    expect(byId('F4')?.laying).toBe('unknown');
    expect(issuesAt(r.issues, 3).map((i) => reasonEn(i))).toEqual(['feature 3: laying "submarine" is not a known laying (aerial/underground/duct); used unknown']);
    expect(issuesAt(r.issues, 0)).toEqual([]);
  });

  it('rejects a one-point line and a point geometry', () => {
    expect(reasonEn(issuesAt(r.issues, 4)[0])).toBe('feature 4: rejected: line has 1 positions; a line needs at least 2');
    expect(reasonEn(issuesAt(r.issues, 5)[0])).toBe('feature 5: rejected: geometry is Point; expected LineString or MultiLineString');
  });

  it('generates an id for an unnamed route, with unknown laying and no laying warning', () => {
    expect(byId('fibre.geojson#6')).toMatchObject({ name: 'fibre.geojson#6', laying: 'unknown', kind: 'unknown' });
    expect(issuesAt(r.issues, 6).map((i) => i.severity)).toEqual(['warning']);
  });
});
