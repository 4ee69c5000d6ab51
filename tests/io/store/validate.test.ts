import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/io/store/project';
import { validateProject } from '../../../src/io/store/validate';
import { problemsEn } from '../../helpers/reason-en';
import { MAX_ERRORS } from '../../../src/io/store/validate-kit';
import { sampleProject, site, XSS } from './fixtures';

function errorsOf(mutate: (p: Record<string, unknown> & Project) => void): string[] {
  const p = sampleProject() as Record<string, unknown> & Project;
  mutate(p);
  const r = validateProject(p);
  return 'errors' in r ? problemsEn(r.errors) : [];
}

/** Writes `value` where the type forbids it, as a hostile or broken file would. */
function put(target: object, key: string, value: unknown): void {
  Reflect.set(target, key, value);
}

describe('validateProject', () => {
  it('accepts a well-formed project and returns it', () => {
    const p = sampleProject();
    expect(validateProject(p)).toEqual({ project: p });
  });

  it('names the path and the bad value', () => {
    const errors = errorsOf((p) => {
      p.baseline.sites.push(site('S3', 107, 12));
      const s = p.baseline.sites[2];
      if (s) put(s, 'lon', 'abc');
    });
    expect(errors).toEqual(['baseline.sites[2].lon: "abc" is not a number']);
  });

  it('checks coordinate ranges and finiteness', () => {
    const errors = errorsOf((p) => {
      put(p.baseline.sites[0] ?? {}, 'lat', 95);
      put(p.baseline.sites[1] ?? {}, 'lon', Number.NaN);
      p.baseline.fibre[0]?.coordinates.push([200, 12]);
      const unit = p.baseline.units[0];
      if (unit?.geometry.type === 'Polygon') unit.geometry.coordinates[0]?.push([107, -91]);
    });
    expect(errors).toEqual([
      'baseline.sites[0].lat: 95 is not within -90…90',
      'baseline.sites[1].lon: NaN is not a number',
      'baseline.units[0].geometry.coordinates[0][4][1]: -91 is not within -90…90',
      'baseline.fibre[0].coordinates[2][0]: 200 is not within -180…180',
    ]);
  });

  it('reports missing fields, wrong types and bad enum values', () => {
    const errors = errorsOf((p) => {
      Reflect.deleteProperty(p, 'createdAt');
      put(p, 'name', 42);
      put(p.settings, 'lang', 'fr');
      put(p.baseline.sites[0]?.radios[0] ?? {}, 'tech', '6G');
    });
    expect(errors).toContain('name: 42 is not a string');
    expect(errors).toContain('createdAt: missing (expected an ISO date)');
    expect(errors).toContain('settings.lang: "fr" is not one of vi, en');
    expect(errors).toContain('baseline.sites[0].radios[0].tech: "6G" is not one of 2G, 3G, 4G, 5G');
  });

  it('requires unique site ids, also for sites a scenario adds', () => {
    const errors = errorsOf((p) => {
      p.baseline.sites.push(site('S1', 107.7, 12.1));
      p.scenarios[0]?.addedSites.push(site('S2', 107.7, 12.1));
    });
    expect(errors).toEqual(['baseline.sites[2].id: "S1" appears more than once', 'scenarios[0].addedSites[1].id: "S2" appears more than once']);
  });

  it('checks scenario references and edit keys', () => {
    const errors = errorsOf((p) => {
      p.activeScenarioId = 'missing';
      const sc = p.scenarios[0];
      if (sc) sc.siteEdits = { S2: site('S1', 107.7, 12.1) };
    });
    expect(errors).toEqual([
      'scenarios[0].siteEdits["S2"].id: "S1" does not match its key',
      'activeScenarioId: "missing" is not null or the id of one of the scenarios',
    ]);
  });

  it(`stops at ${MAX_ERRORS} errors`, () => {
    const errors = errorsOf((p) => {
      p.baseline.sites = Array.from({ length: 300 }, (_, i) => ({ ...site(`X${i}`, 0, 0), lon: 'bad' }) as unknown as ReturnType<typeof site>);
    });
    expect(errors).toHaveLength(MAX_ERRORS);
    expect(errors[MAX_ERRORS - 1]).toBe(`baseline.sites[${MAX_ERRORS - 1}].lon: "bad" is not a number`);
  });

  it('accepts markup inside strings as plain text, unchanged', () => {
    const p = sampleProject({ name: XSS });
    p.baseline.meta.sources.push(XSS);
    const r = validateProject(structuredClone(p));
    expect('project' in r && r.project.name).toBe(XSS);
    expect('project' in r && r.project.baseline.meta.sources).toContain(XSS);
  });

  it('rejects a non-object outright', () => {
    const r = validateProject('{"id":1}');
    expect('errors' in r && problemsEn(r.errors)).toEqual(['project: "{\\"id\\":1}" is not an object']);
  });

  describe('sites the engine could not compute are refused, naming the field', () => {
    it('a mast of height 0 (the structural check alone allows 0)', () => {
      const errors = errorsOf((p) => put(p.baseline.sites[0] ?? {}, 'heightM', 0));
      expect(errors).toEqual(['baseline.sites[0].heightM: 0 must be > 0']);
    });

    it('a band below every model (20 MHz) in an added scenario site', () => {
      const errors = errorsOf((p) => {
        const added = p.scenarios[0]?.addedSites[0];
        if (added) added.radios = [{ tech: '4G', bandMHz: 20 }];
      });
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^scenarios\[0\]\.addedSites\[0\]\.radios\[0\]\.bandMHz: 20 outside 30.100000 MHz/);
    });

    it('a beamwidth of 0 degrees in a scenario edit', () => {
      const errors = errorsOf((p) => {
        const edited = p.scenarios[0]?.siteEdits.S1;
        if (edited) edited.sectors = [{ azimuthDeg: 90, beamwidthDeg: 0, downtiltDeg: 2 }];
      });
      expect(errors).toEqual(['scenarios[0].siteEdits["S1"].sectors[0].beamwidthDeg: 0 must be in (0, 360]']);
    });

    it('a malformed site gets only the structural message, not an engine message on top', () => {
      const errors = errorsOf((p) => put(p.baseline.sites[0] ?? {}, 'radios', 'none'));
      expect(errors).toEqual(['baseline.sites[0].radios: "none" is not a list']);
    });
  });
});
