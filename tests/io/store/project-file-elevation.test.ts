import { describe, expect, it } from 'vitest';
import { createGrid } from '../../../src/domain/grid/equal-area-grid';
import type { ElevationModel } from '../../../src/domain/terrain/elevation-model';
import { NO_ELEVATION } from '../../../src/domain/terrain/terrain-grid';
import { exportProject, importProjectFile } from '../../../src/io/store/project-file';
import { decodeInt16, encodeInt16 } from '../../../src/io/store/int16-base64';
import { validateProject } from '../../../src/io/store/validate';
import { sampleProject } from './fixtures';
import { problemsEn } from '../../helpers/reason-en';

function elevation(nx = 7, ny = 5): ElevationModel {
  const grid = { ...createGrid([107.5, 12, 107.6, 12.1], 50), nx, ny };
  const heights = Int16Array.from({ length: nx * ny }, (_, i) => (i === 3 ? NO_ELEVATION : i * 300 - 5000));
  return { id: 'dem:test', sources: ['N12E107.hgt'], generated: false, terrain: { grid, heights } };
}

describe('elevation layer in project files', () => {
  it('int16 heights survive base64, negative values and voids included', () => {
    const a = Int16Array.from([0, 1, -1, 32767, -32768, 1234, -4321]);
    expect(decodeInt16(encodeInt16(a))).toEqual(a);
    expect(decodeInt16({ int16leBase64: 'AA==' })).toBeNull();
  });

  it('a project with an elevation and a land-cover layer exports as compact JSON and imports equal', () => {
    const p = sampleProject();
    const e = elevation();
    const classes = Uint8Array.from({ length: 35 }, (_, i) => i % 9);
    p.baseline = { ...p.baseline, elevation: e, landCover: { id: 'lc', sources: ['lc.geojson'], generated: false, cover: { grid: e.terrain.grid, classes } } };
    const text = exportProject(p);
    expect(text).toContain('int16leBase64');
    expect(text).toContain('uint8Base64');
    const back = importProjectFile(text, 'dem.phusong.json');
    expect(back).toEqual({ project: p });
  });

  it('heights that do not fit the grid are refused by name', () => {
    const p = sampleProject();
    const e = elevation();
    p.baseline = { ...p.baseline, elevation: { ...e, terrain: { ...e.terrain, heights: new Int16Array(3) } } };
    const r = validateProject(p);
    expect('errors' in r ? problemsEn(r.errors).join('\n') : '').toMatch(/baseline\.elevation\.terrain\.heights: has 3 values for a 7 × 5 grid/);
  });
});
