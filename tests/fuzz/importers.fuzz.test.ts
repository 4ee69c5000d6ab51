import { describe, it, expect, beforeAll } from 'vitest';
import { MemoryProjectStore } from '../../src/io/store';
import { checkCase, type FuzzWorld } from './check-case';
import { fuzzProject, smallDemo, validFixtures, type Fixture } from './fixtures';
import { mutate } from './mutators';
import { TEXT_TARGETS, type FuzzTarget } from './targets';

const CASES = 2000;
const BASE_SEED = 0x5eed;
/**
 * Hang guards, not speed targets: one case (a mutated input through its targets) took 3.1 s for a 50 kB string
 * in a KML while Chromium e2e ran beside it on this 2-core machine; a hang would run for hours.
 */
const CASE_HANG_GUARD_MS = 120_000;
const SUITE_HANG_GUARD_MS = 1_200_000;

async function world(): Promise<FuzzWorld> {
  const loaded = fuzzProject(smallDemo());
  const store = new MemoryProjectStore();
  await store.save(loaded);
  return { store, loaded, snapshot: JSON.stringify(loaded) };
}

const OWN_TARGET: Record<Fixture['kind'], string> = {
  units: 'geojson-units', villages: 'geojson-villages', sites: 'geojson-sites', fibre: 'geojson-fibre', roads: 'geojson-roads',
  project: 'project-file', csv: 'csv-sites', kml: 'kml', shapefile: 'shapefile',
};

/** The fixture's own importer, the auto-detecting GeoJSON reader, and the project importer. */
function targetsFor(f: Fixture): FuzzTarget[] {
  return TEXT_TARGETS.filter((t) => t.name === 'geojson-auto' || t.name === 'project-file' || t.name === OWN_TARGET[f.kind]);
}

describe('importers and engine under seeded mutation', () => {
  let w: FuzzWorld;
  let fixtures: Fixture[];
  beforeAll(async () => {
    w = await world();
    fixtures = validFixtures(w.loaded.baseline);
  });

  it('the unmutated fixtures are accepted by their own importer', async () => {
    for (const f of fixtures) {
      const own = targetsFor(f).filter((t) => t.name === OWN_TARGET[f.kind]);
      expect(own).toHaveLength(1);
      for (const t of own) {
        expect(t.run(f.text, f.fileName, w.loaded.baseline.units).kind, `${t.name} on ${f.fileName}`).not.toBe('rejected');
        expect(await checkCase(w, t, f.text, f.fileName)).toBeNull();
      }
    }
  });

  it(`${CASES} mutated inputs: no throw, no hang, explained rejections, loaded project untouched`, async () => {
    const failures: string[] = [];
    let tried = 0;
    for (let i = 0; i < CASES; i++) {
      const seed = BASE_SEED + i;
      const fixture = fixtures[i % fixtures.length];
      if (!fixture) continue;
      const { text, applied } = mutate(fixture.text, seed);
      const started = performance.now();
      for (const target of targetsFor(fixture)) {
        const broken = await checkCase(w, target, text, fixture.fileName);
        if (broken) failures.push(`seed ${seed} (${fixture.fileName}, ${applied.join('+')}) ${target.name}: ${broken.slice(0, 400)}`);
      }
      const elapsed = performance.now() - started;
      if (elapsed > CASE_HANG_GUARD_MS) failures.push(`seed ${seed} (${fixture.fileName}, ${applied.join('+')}): took ${elapsed.toFixed(0)} ms`);
      tried++;
    }
    console.log(`fuzz: ${tried} cases, ${failures.length} failures`);
    for (const f of failures.slice(0, 20)) console.log(f);
    expect(tried).toBe(CASES);
    expect(failures).toEqual([]);
  }, SUITE_HANG_GUARD_MS);
});
