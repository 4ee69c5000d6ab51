/** Structural checks for the baseline layers (domain/model/types.ts) and the sites a scenario carries. */
import { siteInputChecks } from '../../domain/coverage/input-checks';
import { TECHNOLOGIES, type Site, type UnitGeometry } from '../../domain/model/types';
import { geometryProblemPath, polygonalProblem } from '../../domain/model/geometry-problems';
import { message, type Message } from '../../domain/text/message';
import { MAX_UNIT_POPULATION, MAX_VILLAGE_POPULATION } from '../../domain/model/population-limits';
import { PCI_MAX, SITE_LIMITS } from '../../domain/model/site-rules';
import { VECTOR_LAYERS } from '../../domain/model/generated-layers';
import { isRecord, type Checker } from './validate-kit';
import { paramProblemMessage, validationMessage } from './validation-texts';

const CLUTTERS = ['urban', 'suburban', 'rural', 'open'] as const;
const LAYINGS = ['aerial', 'underground', 'duct', 'unknown'] as const;
const FIBRE_KINDS = ['backbone', 'spur', 'unknown'] as const;
const ROAD_CLASSES = ['main', 'minor'] as const;

export function checkClutter(c: Checker, v: unknown, path: string): void {
  c.oneOf(v, path, CLUTTERS);
}

/** A sector's cell as an upload named it: an id, and a PCI, technology and band when given. */
function checkCell(c: Checker, v: unknown, path: string): void {
  if (!c.obj(v, path)) return;
  c.nonEmpty(v.id, `${path}.id`);
  if (v.pci !== undefined) c.num(v.pci, `${path}.pci`, 0, PCI_MAX);
  if (v.tech !== undefined) c.oneOf(v.tech, `${path}.tech`, TECHNOLOGIES);
  if (v.bandMHz !== undefined) c.num(v.bandMHz, `${path}.bandMHz`, 0);
  if (v.downtiltDeg !== undefined) c.num(v.downtiltDeg, `${path}.downtiltDeg`, SITE_LIMITS.downtiltDeg.min, SITE_LIMITS.downtiltDeg.max);
  if (v.beamwidthDeg !== undefined) c.num(v.beamwidthDeg, `${path}.beamwidthDeg`, SITE_LIMITS.beamwidthDeg.min, SITE_LIMITS.beamwidthDeg.max);
  if (v.azimuthDeg !== undefined) c.num(v.azimuthDeg, `${path}.azimuthDeg`, SITE_LIMITS.azimuthDeg.min, SITE_LIMITS.azimuthDeg.max);
}

/**
 * A site must be well formed and also computable: the engine's own limits (height > 0, a band some model covers,
 * beamwidth > 0, …) apply, so a project is refused naming the field rather than opened with the site left out.
 */
export function checkSite(c: Checker, v: unknown, path: string): void {
  if (!c.obj(v, path)) return;
  const before = c.errors.length;
  c.nonEmpty(v.id, `${path}.id`);
  c.str(v.name, `${path}.name`);
  c.str(v.carrier, `${path}.carrier`);
  c.num(v.lon, `${path}.lon`, -180, 180);
  c.num(v.lat, `${path}.lat`, -90, 90);
  // the limits' exclusive minimum and maximum are the engine's checks below, which word them
  c.num(v.heightM, `${path}.heightM`, SITE_LIMITS.heightM.min);
  c.bool(v.proposed, `${path}.proposed`);
  if (v.powerOffsetDb !== undefined) c.num(v.powerOffsetDb, `${path}.powerOffsetDb`, SITE_LIMITS.powerOffsetDb.min, SITE_LIMITS.powerOffsetDb.max);
  if (v.layer !== undefined) c.str(v.layer, `${path}.layer`);
  c.arr(v.sectors, `${path}.sectors`, (s, p) => {
    if (!c.obj(s, p)) return;
    if (s.azimuthDeg !== null) c.num(s.azimuthDeg, `${p}.azimuthDeg`);
    c.num(s.beamwidthDeg, `${p}.beamwidthDeg`, SITE_LIMITS.beamwidthDeg.min, SITE_LIMITS.beamwidthDeg.max);
    c.num(s.downtiltDeg, `${p}.downtiltDeg`, SITE_LIMITS.downtiltDeg.min, SITE_LIMITS.downtiltDeg.max);
    if (s.cells !== undefined) c.arr(s.cells, `${p}.cells`, (cell, cp) => checkCell(c, cell, cp));
  });
  c.arr(v.radios, `${path}.radios`, (r, p) => {
    if (!c.obj(r, p)) return;
    c.oneOf(r.tech, `${p}.tech`, TECHNOLOGIES);
    c.num(r.bandMHz, `${p}.bandMHz`, 0);
  });
  // Every field the engine reads was checked above, so the record has the Site shape here.
  if (!c.full && c.errors.length === before) for (const problem of siteInputChecks(v as unknown as Site)) c.problem(paramProblemMessage(path, problem));
}

function checkRing(c: Checker, v: unknown, path: string): void {
  c.arr(v, path, (pt, p) => c.lngLat(pt, p));
}

/** Well formed, then usable as the engine uses it (closed rings of 4+ positions enclosing area); `who` names the feature. */
function checkGeometry(c: Checker, v: unknown, path: string, who: Message): void {
  if (!c.obj(v, path)) return;
  const before = c.errors.length;
  if (v.type === 'Polygon') c.arr(v.coordinates, `${path}.coordinates`, (ring, p) => checkRing(c, ring, p));
  else if (v.type === 'MultiPolygon') {
    c.arr(v.coordinates, `${path}.coordinates`, (poly, p) => c.arr(poly, p, (ring, rp) => checkRing(c, ring, rp)));
  } else c.fail(`${path}.type`, v.type, 'x_polygonType');
  if (c.full || c.errors.length > before) return;
  // The structure was checked above, so the record has the UnitGeometry shape here.
  const problem = polygonalProblem(v as unknown as UnitGeometry);
  if (problem) {
    const where = `${path}.coordinates${geometryProblemPath(problem)}`;
    c.problem(validationMessage('geometry', { path: where, who, problem: message('geometry', problem.code, { count: problem.count }) }));
  }
}

const named = (kind: 'w_unit' | 'w_village', id: unknown): Message => validationMessage(kind, { id: typeof id === 'string' ? JSON.stringify(id) : '?' });

function checkUnit(c: Checker, v: unknown, path: string): void {
  if (!c.obj(v, path)) return;
  c.nonEmpty(v.code, `${path}.code`);
  c.str(v.name, `${path}.name`);
  c.str(v.type, `${path}.type`);
  c.str(v.district, `${path}.district`);
  c.num(v.population, `${path}.population`, 0, MAX_UNIT_POPULATION);
  checkClutter(c, v.clutter, `${path}.clutter`);
  checkGeometry(c, v.geometry, `${path}.geometry`, named('w_unit', v.code));
  if (v.mergedFrom !== undefined) c.arr(v.mergedFrom, `${path}.mergedFrom`, (code, p) => c.str(code, p));
}

function checkVillage(c: Checker, v: unknown, path: string): void {
  if (!c.obj(v, path)) return;
  c.nonEmpty(v.id, `${path}.id`);
  c.str(v.name, `${path}.name`);
  c.str(v.unitCode, `${path}.unitCode`);
  c.num(v.population, `${path}.population`, 0, MAX_VILLAGE_POPULATION);
  if (v.geometry !== null) checkGeometry(c, v.geometry, `${path}.geometry`, named('w_village', v.id));
  c.lngLat(v.point, `${path}.point`);
}

function checkFibre(c: Checker, v: unknown, path: string): void {
  if (!c.obj(v, path)) return;
  c.nonEmpty(v.id, `${path}.id`);
  c.str(v.name, `${path}.name`);
  c.oneOf(v.laying, `${path}.laying`, LAYINGS);
  c.oneOf(v.kind, `${path}.kind`, FIBRE_KINDS);
  c.arr(v.coordinates, `${path}.coordinates`, (pt, p) => c.lngLat(pt, p));
}

function checkRoad(c: Checker, v: unknown, path: string): void {
  if (!c.obj(v, path)) return;
  c.nonEmpty(v.id, `${path}.id`);
  c.str(v.name, `${path}.name`);
  c.oneOf(v.class, `${path}.class`, ROAD_CLASSES);
  c.arr(v.coordinates, `${path}.coordinates`, (pt, p) => c.lngLat(pt, p));
}

/** A raster's grid; true when its size is usable for a check of the values' count. */
function checkGrid(c: Checker, g: unknown, at: string): g is Record<string, unknown> & { nx: number; ny: number } {
  if (!c.obj(g, at)) return false;
  c.num(g.phi0Deg, `${at}.phi0Deg`, -85, 85);
  c.num(g.lon0Deg, `${at}.lon0Deg`, -180, 180);
  c.num(g.x0, `${at}.x0`);
  c.num(g.y0, `${at}.y0`);
  c.num(g.cellSizeM, `${at}.cellSizeM`, 1, 100_000);
  return c.num(g.nx, `${at}.nx`, 1, MAX_RASTER_CELLS) && c.num(g.ny, `${at}.ny`, 1, MAX_RASTER_CELLS);
}

/** Values of exactly one typed-array element per cell of the grid, within the raster size limit. */
function checkValues(c: Checker, values: unknown, type: 'Int16Array' | 'Uint8Array', grid: { nx: number; ny: number } | null, at: string): void {
  const ok = type === 'Int16Array' ? values instanceof Int16Array : values instanceof Uint8Array;
  if (!ok) return c.problem(validationMessage('rasterType', { path: at, type }));
  const n = (values as Int16Array | Uint8Array).length;
  if (n > MAX_RASTER_CELLS) c.problem(validationMessage('rasterTooMany', { path: at, max: MAX_RASTER_CELLS }));
  else if (grid && n !== grid.nx * grid.ny) c.problem(validationMessage('rasterCount', { path: at, n, nx: grid.nx, ny: grid.ny }));
}

function checkRasterLayer(c: Checker, v: unknown, path: string, body: 'terrain' | 'cover', values: 'heights' | 'classes'): void {
  if (!c.obj(v, path)) return;
  c.nonEmpty(v.id, `${path}.id`);
  c.bool(v.generated, `${path}.generated`);
  c.arr(v.sources, `${path}.sources`, (s, p) => c.str(s, p));
  const inner = v[body];
  if (!c.obj(inner, `${path}.${body}`)) return;
  const grid = checkGrid(c, inner.grid, `${path}.${body}.grid`) ? inner.grid : null;
  checkValues(c, inner[values], values === 'heights' ? 'Int16Array' : 'Uint8Array', grid, `${path}.${body}.${values}`);
}

/** 64 M cells: far above what an import makes (25 MB of heights), below what a tab could not hold. */
const MAX_RASTER_CELLS = 64 * 1024 * 1024;

/** Checks the layers and that site ids are unique; returns the baseline site ids for scenario checks. */
export function checkDataset(c: Checker, v: unknown, path: string): Set<string> {
  const siteIds = new Set<string>();
  if (!c.obj(v, path)) return siteIds;
  if (c.obj(v.meta, `${path}.meta`)) {
    c.str(v.meta.name, `${path}.meta.name`);
    c.bool(v.meta.synthetic, `${path}.meta.synthetic`);
    if (v.meta.generatedLayers !== undefined) c.arr(v.meta.generatedLayers, `${path}.meta.generatedLayers`, (l, p) => c.oneOf(l, p, VECTOR_LAYERS));
    c.arr(v.meta.sources, `${path}.meta.sources`, (s, p) => c.str(s, p));
  }
  c.arr(v.sites, `${path}.sites`, (s, p) => {
    checkSite(c, s, p);
    if (isRecord(s)) c.unique(s.id, `${p}.id`, siteIds);
  });
  // Codes and ids key figures, edits and lookups: each is unique within its layer, as site ids are.
  const unique = (key: string, check: (c: Checker, item: unknown, p: string) => void) => {
    const seen = new Set<string>();
    return (item: unknown, p: string): void => {
      check(c, item, p);
      if (isRecord(item)) c.unique(item[key], `${p}.${key}`, seen);
    };
  };
  c.arr(v.units, `${path}.units`, unique('code', checkUnit));
  c.arr(v.villages, `${path}.villages`, unique('id', checkVillage));
  c.arr(v.fibre, `${path}.fibre`, unique('id', checkFibre));
  // Optional: projects saved before roads were a layer have none.
  if (v.roads !== undefined) c.arr(v.roads, `${path}.roads`, unique('id', checkRoad));
  if (v.elevation !== undefined) checkRasterLayer(c, v.elevation, `${path}.elevation`, 'terrain', 'heights');
  if (v.landCover !== undefined) checkRasterLayer(c, v.landCover, `${path}.landCover`, 'cover', 'classes');
  return siteIds;
}
