import { describe, expect, it } from 'vitest';
import { exportProject, importProjectFile, projectFileName } from '../../../src/io/store/project-file';
import { dataset, sampleProject, XSS } from './fixtures';
import { errorsEn } from '../../helpers/reason-en';

describe('exportProject / importProjectFile', () => {
  it('round-trips a project exactly', () => {
    const p = sampleProject();
    const text = exportProject(p);
    expect(JSON.parse(text)).toMatchObject({ format: 'phusong-project' });
    expect(importProjectFile(text, 'a.phusong.json')).toEqual({ project: p });
  });

  it('keeps markup as plain strings through export and import', () => {
    const p = sampleProject({ name: XSS });
    p.scenarios[0] = { ...(p.scenarios[0] ?? { id: 'sc', siteEdits: {}, addedSites: [], removedSiteIds: [] }), name: XSS, note: '<script>alert(1)</script>' };
    const r = importProjectFile(exportProject(p), 'x.json');
    expect('project' in r && r.project.name).toBe(XSS);
    expect('project' in r && r.project.scenarios[0]?.note).toBe('<script>alert(1)</script>');
  });

  it('accepts a byte-order mark', () => {
    const p = sampleProject();
    expect(importProjectFile(`\uFEFF${exportProject(p)}`, 'bom.json')).toEqual({ project: p });
  });

  it('points at the line and column of broken JSON', () => {
    const text = '{\n  "format": "phusong-project",\n  "project": {,}\n}';
    expect(errorsEn(importProjectFile(text, 'broken.json'))).toEqual([
      'Could not open broken.json: it is not valid JSON at line 3, column 15 (expected a property name in double quotes)',
    ]);
  });

  it('requires the format marker, and recognises GeoJSON dropped in by mistake', () => {
    const bare = importProjectFile(JSON.stringify(sampleProject()), 'bare.json');
    expect(errorsEn(bare)).toEqual(['Could not open bare.json: it is not a PhuSong project file (no "format": "phusong-project")']);
    const geo = importProjectFile('{"type":"FeatureCollection","features":[]}', 'sites.geojson');
    expect(errorsEn(geo)[0]).toMatch(/GeoJSON layer/);
  });

  it('migrates a v0 project inside a file', () => {
    const text = JSON.stringify({ format: 'phusong-project', project: { id: 'v0', name: 'Cũ', dataset: dataset(), edits: {} } });
    const r = importProjectFile(text, 'old.json');
    expect('project' in r && r.project.schemaVersion).toBe(1);
    expect('project' in r && r.project.baseline).toEqual(dataset());
  });

  it('refuses a project from a newer schema with a readable reason', () => {
    const text = JSON.stringify({ format: 'phusong-project', project: { ...sampleProject({ name: 'Mới' }), schemaVersion: 7 } });
    const r = importProjectFile(text, 'new.json');
    expect(errorsEn(r)[0]).toContain('"Mới" was saved by a newer PhuSong (schema 7); this version reads up to 1');
  });

  it('lists validation errors with their paths', () => {
    const p = sampleProject();
    const file = JSON.parse(exportProject(p)) as { project: { baseline: { sites: Record<string, unknown>[] } } };
    const s = file.project.baseline.sites[1];
    if (s) s.lon = 'abc';
    expect(errorsEn(importProjectFile(JSON.stringify(file), 'bad.json'))).toEqual(['baseline.sites[1].lon: "abc" is not a number']);
  });
});

describe('projectFileName', () => {
  it('folds Vietnamese to an ASCII slug', () => {
    expect(projectFileName({ name: 'Đắk Nông – Quy hoạch 2025!' })).toBe('dak-nong-quy-hoach-2025.phusong.json');
    expect(projectFileName({ name: '***' })).toBe('project.phusong.json');
  });
});
