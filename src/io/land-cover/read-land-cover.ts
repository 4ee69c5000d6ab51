/**
 * A land-cover layer from GeoJSON polygons with a class property, rasterised once onto a grid over the area (later
 * features over earlier ones). Classes are the model's eight (model/land-cover), named in English or Vietnamese.
 * Problems come back as codes with parameters; the texts are in i18n/land-cover-strings.ts.
 */
import { cellAreaKm2, createGrid, type BBox } from '../../domain/grid/equal-area-grid';
import { paintLabel } from '../../domain/grid/rasterize-polygon';
import { LAND_COVER_CLASSES, landCoverCode, type LandCoverClass, type LandCoverModel } from '../../domain/model/land-cover';
import { foldText } from '../../domain/text/fold';
import type { ImportIssue } from '../../domain/model/types';
import type { TextParams } from '../coded-text';
import { newNotes } from '../geojson/coords';
import { readPolygonal } from '../geojson/geometry';
import { parseGeoJsonText } from '../geojson/parse';
import type { LandCoverIssue, LandCoverIssueCode } from './land-cover-issues';

export type { LandCoverIssue, LandCoverIssueCode } from './land-cover-issues';

/** Property names that may hold the class. */
const CLASS_KEYS = ['class', 'landcover', 'land_cover', 'clutter', 'lop_phu', 'lopphu', 'loai'];

/** Class names as users write them (folded: no diacritics, lower case), beside the model's own names. */
const SYNONYMS = new Map<string, LandCoverClass>([
  ['do thi day dac', 'dense-urban'], ['noi thi', 'dense-urban'], ['dense urban', 'dense-urban'],
  ['do thi', 'urban'], ['ven do', 'suburban'], ['ngoai thi', 'suburban'],
  ['lang', 'village'], ['thon', 'village'], ['khu dan cu nong thon', 'village'], ['dan cu nong thon', 'village'],
  ['dat trong trot', 'cropland'], ['nong nghiep', 'cropland'], ['cay cong nghiep', 'cropland'], ['ray', 'cropland'],
  ['vuon', 'cropland'], ['plantation', 'cropland'], ['rung', 'forest'], ['dat trong', 'open'], ['mat nuoc', 'water'],
  ['song', 'water'], ['ho', 'water'], ['grassland', 'open'], ['bare', 'open'],
]);

export function landCoverClassOf(raw: unknown): LandCoverClass | null {
  if (typeof raw !== 'string') return null;
  const folded = foldText(raw).replace(/[_]+/g, ' ').replace(/\s+/g, ' ');
  const own = LAND_COVER_CLASSES.find((c) => c === folded.replace(/ /g, '-'));
  return own ?? SYNONYMS.get(folded) ?? null;
}

function classProperty(props: Record<string, unknown>): unknown {
  for (const [key, value] of Object.entries(props)) if (CLASS_KEYS.includes(foldText(key))) return value;
  return undefined;
}

/**
 * Keys that say a file is land cover: not `clutter` or `loai`, which reporting units carry too (a ward's clutter is
 * "urban", a class name).
 */
const LAND_COVER_KEYS = ['class', 'landcover', 'land_cover', 'lop_phu', 'lopphu'];

/**
 * True when at least half the features (and one) carry a land-cover key naming a land-cover class: such a file is
 * a land cover, not reporting units (whose polygons it would otherwise be taken for).
 */
export function isLandCoverGeoJson(text: string): boolean {
  const parsed = parseGeoJsonText(text, '');
  if (parsed.features.length === 0) return false;
  let classed = 0;
  for (const raw of parsed.features) {
    const props = (raw as { properties?: unknown }).properties;
    if (typeof props !== 'object' || props === null) continue;
    const value = Object.entries(props).find(([key]) => LAND_COVER_KEYS.includes(foldText(key)))?.[1];
    if (landCoverClassOf(value)) classed++;
  }
  return classed * 2 >= parsed.features.length;
}

export interface LandCoverRead {
  model: LandCoverModel | null;
  issues: LandCoverIssue[];
  /** km² given each class, in LAND_COVER_CLASSES order. */
  areaKm2: number[];
}

let reads = 0;

export function readLandCoverGeoJson(text: string, fileName: string, area: BBox, cellM = 100): LandCoverRead {
  const parsed = parseGeoJsonText(text, fileName);
  const issues: LandCoverIssue[] = [];
  const none = (code: LandCoverIssueCode, params: TextParams, cause?: ImportIssue): LandCoverRead => ({
    model: null, issues: [...issues, { severity: 'error', code, params: { file: fileName, ...params }, ...(cause ? { cause } : {}) }], areaKm2: [],
  });
  const broken = parsed.issues.find((i) => i.severity === 'error');
  if (broken) return none('lc-unreadable', {}, broken);
  const grid = createGrid(area, cellM);
  const classes = new Int16Array(grid.nx * grid.ny);
  let painted = 0;
  parsed.features.forEach((raw, index) => {
    const feature = raw as { properties?: unknown; geometry?: unknown };
    const props = typeof feature.properties === 'object' && feature.properties !== null ? (feature.properties as Record<string, unknown>) : {};
    const value = classProperty(props);
    const at = { file: fileName, feature: index + 1 };
    if (value === undefined) return void issues.push({ severity: 'warning', code: 'lc-no-class', params: { ...at, keys: CLASS_KEYS.join(', ') } });
    const cls = landCoverClassOf(value);
    if (!cls) return void issues.push({ severity: 'warning', code: 'lc-unknown-class', params: { ...at, value: String(value), classes: LAND_COVER_CLASSES.join(', ') } });
    const shape = readPolygonal(feature.geometry, newNotes());
    if (!shape.ok) return void issues.push({ severity: 'warning', code: 'lc-not-polygon', params: at });
    painted += paintLabel(grid, shape.value, classes, landCoverCode(cls));
  });
  if (painted === 0) return none('lc-empty', {});
  const out = Uint8Array.from(classes);
  const areaKm2 = LAND_COVER_CLASSES.map(() => 0);
  for (const c of out) if (c > 0) areaKm2[c - 1] = (areaKm2[c - 1] ?? 0) + cellAreaKm2(grid);
  reads++;
  const model: LandCoverModel = { id: `land-cover:${Date.now().toString(36)}:${reads}`, sources: [fileName], generated: false, cover: { grid, classes: out } };
  return { model, issues, areaKm2 };
}
