import { describe, expect, it } from 'vitest';
import { migrateProject, MIGRATIONS } from '../../../src/io/store/migrations';
import { defaultSettings } from '../../../src/io/store/new-project';
import { CURRENT_SCHEMA_VERSION } from '../../../src/io/store/project';
import { StoreError } from '../../../src/io/store/store';
import { dataset, sampleProject, site } from './fixtures';
import { storeErrorEn } from '../../helpers/reason-en';
import { problemsEn } from '../../helpers/reason-en';

function thrown(f: () => unknown): StoreError {
  try {
    f();
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('expected a StoreError');
}

describe('migrateProject', () => {
  it('has one migration per schema step', () => {
    expect(MIGRATIONS).toHaveLength(CURRENT_SCHEMA_VERSION);
  });

  it('turns a v0 save with edits into one active scenario over the untouched baseline', () => {
    const moved = site('S1', 107.73, 12.14);
    const v0 = { id: 'old-1', name: 'Bản nháp', dataset: dataset(), edits: { S1: moved }, savedAt: '2024-12-01T10:00:00.000Z' };
    const p = migrateProject(structuredClone(v0));
    expect(p.schemaVersion).toBe(1);
    expect(p.id).toBe('old-1');
    expect(p.name).toBe('Bản nháp');
    expect(p.baseline).toEqual(v0.dataset);
    expect(p.createdAt).toBe(v0.savedAt);
    expect(p.scenarios).toHaveLength(1);
    expect(p.scenarios[0]?.siteEdits).toEqual({ S1: moved });
    expect(p.activeScenarioId).toBe(p.scenarios[0]?.id);
    expect(p.settings).toEqual(defaultSettings());
  });

  it('gives a v0 save without edits or id no scenario and a fresh id', () => {
    const p = migrateProject({ schemaVersion: 0, name: 'Trống', dataset: dataset(), edits: {} });
    expect(p.scenarios).toEqual([]);
    expect(p.activeScenarioId).toBeNull();
    expect(p.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(p.createdAt))).toBe(false);
  });

  it('passes a current project through unchanged', () => {
    const p = sampleProject();
    expect(migrateProject(structuredClone(p))).toEqual(p);
  });

  it('refuses a newer schema with a message naming the project and both versions', () => {
    const e = thrown(() => migrateProject({ ...sampleProject({ name: 'Tỉnh mới' }), schemaVersion: 7 }));
    expect(e.kind).toBe('newer-version');
    expect(storeErrorEn(e)).toContain('"Tỉnh mới" was saved by a newer PhuSong (schema 7); this version reads up to 1');
  });

  it('rejects a broken v0 save with path errors after migrating', () => {
    const e = thrown(() => migrateProject({ name: 'Hỏng', edits: {} }));
    expect(e.kind).toBe('invalid');
    expect(problemsEn(e.details)).toContain('baseline: missing (expected an object)');
    expect(storeErrorEn(e)).toMatch(/^"Hỏng" is not a valid PhuSong project/);
  });

  it('rejects a schema version that is not a whole number, and non-objects', () => {
    expect(thrown(() => migrateProject({ ...sampleProject(), schemaVersion: '1' })).kind).toBe('invalid');
    expect(thrown(() => migrateProject({ ...sampleProject(), schemaVersion: 1.5 })).kind).toBe('invalid');
    expect(thrown(() => migrateProject([sampleProject()])).kind).toBe('invalid');
  });
});
