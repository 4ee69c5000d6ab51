/** A project file is refused, naming the path, for an implausible population or an id repeated within a layer. */
import { describe, expect, it } from 'vitest';
import { MAX_UNIT_POPULATION, MAX_VILLAGE_POPULATION } from '../../../src/domain/model/population-limits';
import { renderMessage } from '../../../src/i18n/messages';
import { exportProject, importProjectFile } from '../../../src/io/store';
import type { Project } from '../../../src/io/store/project';
import { sampleProject } from './fixtures';

function errorsOf(mutate: (p: Project) => void): string[] {
  const p = sampleProject();
  mutate(p);
  const r = importProjectFile(exportProject(p), 'p.phusong.json');
  return 'errors' in r ? r.errors.map((m) => renderMessage('en', m)) : [];
}

describe('project validation: populations and unique ids', () => {
  it('refuses a population of 1e308, or above the bound, for a unit or a village', () => {
    expect(errorsOf((p) => {
      const [u] = p.baseline.units;
      const [v] = p.baseline.villages;
      if (u) u.population = 1e308;
      if (v) v.population = MAX_VILLAGE_POPULATION + 1;
    })).toEqual([
      `baseline.units[0].population: 1e+308 is not within 0…${MAX_UNIT_POPULATION}`,
      `baseline.villages[0].population: ${MAX_VILLAGE_POPULATION + 1} is not within 0…${MAX_VILLAGE_POPULATION}`,
    ]);
    expect(errorsOf((p) => {
      const [u] = p.baseline.units;
      if (u) u.population = MAX_UNIT_POPULATION;
    })).toEqual([]);
  });

  it('refuses a unit code, village id, fibre id or road id repeated in its layer, naming the second', () => {
    const errors = errorsOf((p) => {
      const b = p.baseline;
      const [u] = b.units;
      const [v] = b.villages;
      const [f] = b.fibre;
      if (u) b.units.push({ ...u, name: 'again' });
      if (v) b.villages.push({ ...v });
      if (f) b.fibre.push({ ...f });
      b.roads = [{ id: 'r1', name: 'QL14', class: 'main', coordinates: [[107.7, 12.1], [107.8, 12.2]] }, { id: 'r1', name: 'QL14', class: 'main', coordinates: [[107.7, 12.1], [107.8, 12.2]] }];
    });
    expect(errors).toEqual([
      'baseline.units[1].code: "24610" appears more than once',
      'baseline.villages[1].id: "v1" appears more than once',
      'baseline.fibre[1].id: "f1" appears more than once',
      'baseline.roads[1].id: "r1" appears more than once',
    ]);
  });

  it('accepts the same id in different layers (a village and a site both "X")', () => {
    expect(errorsOf((p) => {
      const [v] = p.baseline.villages;
      if (v) v.id = 'S1';
    })).toEqual([]);
  });
});
