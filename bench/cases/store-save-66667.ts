import type { Dataset, Site } from '../../src/domain/model/types';
import { newProject } from '../../src/io/store/new-project';
import { projectFromParts, projectParts, type Part } from '../../src/io/store/stored-copy';
import { type CaseResult, median, round } from '../timing';

const SITES = 66_667;

function timed(fn: () => void, runs = 5): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/**
 * What one autosave of a big project costs on the page since a save is made of parts (io/store/stored-copy): the
 * demo province (its generated relief and land cover included) with 66,667 sites, made into parts and read back.
 * Beside it in the same run, the structured clone the browser made of the whole project before (the naive store).
 */
export function storeSave66667Case(demo: Dataset): CaseResult {
  const sites: Site[] = Array.from({ length: SITES }, (_, i) => {
    const base = demo.sites[i % demo.sites.length] as Site;
    return { ...base, id: `S${i}`, name: `Trạm ${i}`, lon: base.lon + (i % 97) * 1e-4, lat: base.lat + (i % 89) * 1e-4 };
  });
  const project = newProject('Đắk Nông 66.667 trạm', { ...demo, sites });
  let parts: Part[] = [];
  const saveMs = timed(() => {
    parts = projectParts(project);
  });
  const readMs = timed(() => void projectFromParts(parts));
  const cloneMs = timed(() => void structuredClone(project));
  const chars = parts.reduce((n, p) => n + (typeof p === 'string' ? p.length : 0), 0);
  const bytes = parts.reduce((n, p) => n + (typeof p === 'string' ? 0 : p.byteLength), 0);
  return {
    sites: SITES,
    parts: parts.length,
    text_mchars: round(chars / 1e6, 1),
    raster_mb: round(bytes / 1e6, 1),
    to_parts_ms: round(saveMs, 0),
    from_parts_ms: round(readMs, 0),
    structured_clone_ms: round(cloneMs, 0),
    parts_vs_clone: round(saveMs / cloneMs, 2),
  };
}
