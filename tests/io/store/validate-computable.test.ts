/**
 * Projects that pass the structural checks but that the engine can never compute (a ring of two positions, a
 * polygon with no rings, a MultiPolygon with an empty ring, a ring enclosing no area, a commune covering the world)
 * are refused on import and on save, each naming the unit and the reason. They used to be stored and then fail on
 * every start with turf's English error, or with "Invalid array buffer length".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryProjectStore } from '../../../src/io/store';
import { importProjectFile, type ProjectFile } from '../../../src/io/store/project-file';
import { StoreError } from '../../../src/io/store/store';
import { validateProject } from '../../../src/io/store/validate';
import { errorsEn } from '../../helpers/reason-en';
import { problemsEn, storeErrorEn } from '../../helpers/reason-en';

const DIR = join(import.meta.dirname, '../../fixtures/malformed');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');

const POISONED: [file: string, message: RegExp][] = [
  ['project-two-point-ring.phusong.json', /^baseline\.units\[1\]\.geometry\.coordinates\[0\] \(unit "U2"\): has a ring of 2 positions; a ring needs at least 4$/],
  ['project-empty-polygon.phusong.json', /^baseline\.units\[1\]\.geometry\.coordinates \(unit "U2"\): has a polygon with no rings$/],
  ['project-multipolygon-empty-ring.phusong.json', /^baseline\.units\[1\]\.geometry\.coordinates\[1\]\[0\] \(unit "U2"\): has a ring of 0 positions/],
  ['project-zero-area-ring.phusong.json', /^baseline\.units\[1\]\.geometry\.coordinates\[0\] \(unit "U2"\): has a ring that encloses no area$/],
  ['project-world-unit.phusong.json', /^baseline\.units\[1\]: unit "W1" \(The whole world\): the coverage grid would span [\d,]+ km², [\d,]+ cells of 100 m .*the limit is 100,000,000 cells/],
];

describe('projects the engine cannot compute', () => {
  it.each(POISONED)('%s is refused, naming the unit and the reason', (file, message) => {
    const result = importProjectFile(read(file), file);
    expect(errorsEn(result)).toEqual([expect.stringMatching(message)]);
  });

  it.each(POISONED)('%s without its bad unit is accepted (the control)', (file) => {
    const parsed = JSON.parse(read(file)) as ProjectFile;
    parsed.project.baseline.units.splice(1, 1);
    expect('project' in validateProject(parsed.project)).toBe(true);
  });

  it.each(POISONED)('%s is never stored: the save is refused naming the unit', async (file) => {
    const { project } = JSON.parse(read(file)) as ProjectFile;
    const store = new MemoryProjectStore();
    const saving = store.save(project);
    await expect(saving).rejects.toBeInstanceOf(StoreError);
    expect(storeErrorEn(await saving.catch((e: unknown) => e))).toMatch(/^Could not save "Poisoned": unit "(U2|W1)"|^Could not save "Poisoned": .*unit "W1"/);
    expect(await store.list()).toEqual([]);
  });

  it('a project whose cell size makes its grid too big is refused, and fits at 100 m', () => {
    const { project } = JSON.parse(read('project-world-unit.phusong.json')) as ProjectFile;
    project.baseline.units.splice(1, 1);
    // 700,000 km² of one unit: within the 1,000,000 km² at 100 m, beyond the 250,000 km² at 50 m.
    const side = Math.sqrt(700_000) / 111.2;
    project.baseline.units[0] = { ...project.baseline.units[0]!, geometry: { type: 'Polygon', coordinates: [[[100, 10], [100 + side, 10], [100 + side, 10 + side], [100, 10 + side], [100, 10]]] } };
    expect('project' in validateProject(project)).toBe(true);
    project.settings.cellSizeM = 50;
    const result = validateProject(project);
    expect('errors' in result && problemsEn(result.errors)[0]).toMatch(/^baseline\.units\[0\]: unit "U1" \(Good\): the coverage grid would span [\d,]+ km², [\d,]+ cells of 50 m .*\(250,000 km² at 50 m cells\)/);
  });
});
