import { createGrid } from '../../../src/domain/grid/equal-area-grid';
import type { Project } from '../../../src/io/store/project';
import { sampleProject, site } from './fixtures';

/** A project of 2,000 sites (about 0.6 M characters of JSON) and two rasters of 180,000 cells (540 kB): many parts. */
export function bigProject(id = 'big'): Project {
  const p = sampleProject({ id, name: 'Tỉnh lớn' });
  const grid = { ...createGrid([107.5, 12, 107.9, 12.4], 50), nx: 600, ny: 300 };
  const heights = Int16Array.from({ length: grid.nx * grid.ny }, (_, i) => ((i * 7919) % 65536) - 32768);
  const classes = Uint8Array.from({ length: grid.nx * grid.ny }, (_, i) => i % 11);
  p.baseline = {
    ...p.baseline,
    sites: Array.from({ length: 2000 }, (_, i) => site(`S${i}`, 107.5 + (i % 40) * 0.01, 12 + Math.floor(i / 40) * 0.008, { name: `Trạm Quảng Khê ${i}` })),
    elevation: { id: 'dem:big', sources: ['N12E107.hgt'], generated: false, terrain: { grid, heights } },
    landCover: { id: 'lc', sources: ['lc.tif'], generated: false, cover: { grid, classes } },
  };
  return p;
}

