import { describe, expect, it } from 'vitest';
import type { Road } from '../../../src/domain/model/types';
import { validateProject } from '../../../src/io/store/validate';
import { problemsEn } from '../../helpers/reason-en';
import { sampleProject } from './fixtures';

const road = (over: Record<string, unknown> = {}): Road =>
  ({ id: 'r1', name: 'Quốc lộ 14', class: 'main', coordinates: [[107.7, 12.1], [107.8, 12.2]], ...over }) as unknown as Road;

function errorsWith(roads: unknown): string[] {
  const p = sampleProject();
  Reflect.set(p.baseline, 'roads', roads);
  const r = validateProject(p);
  return 'errors' in r ? problemsEn(r.errors) : [];
}

describe('validateProject: roads', () => {
  it('accepts a project without roads (saved before roads existed) and one with well-formed roads', () => {
    const old = sampleProject();
    Reflect.deleteProperty(old.baseline, 'roads');
    expect('project' in validateProject(old)).toBe(true);
    expect(errorsWith([road(), road({ id: 'r2', class: 'minor', name: '' })])).toEqual([]);
  });

  it('names the bad field of a road', () => {
    expect(errorsWith([road({ id: 'a', class: 'highway' }), road({ id: '' }), road({ id: 'c', name: 7 }), road({ id: 'd', coordinates: [[107, 12], [181, 12]] })])).toEqual([
      'baseline.roads[0].class: "highway" is not one of main, minor',
      'baseline.roads[1].id: "" is not a non-empty string',
      'baseline.roads[2].name: 7 is not a string',
      'baseline.roads[3].coordinates[1][0]: 181 is not within -180…180',
    ]);
  });

  it('refuses roads that are not a list', () => {
    expect(errorsWith({ r1: road() })).toHaveLength(1);
  });
});
