import type { FibreRoute, ImportIssue, ImportResult, ReportingUnit, Road, Site, Village } from '../../domain/model/types';
import { detectLayerKind, type LayerKind } from './detect';
import { readFibre } from './fibre';
import { parseGeoJsonText } from './parse';
import { readRoads } from './roads';
import { readSites } from './sites';
import { readUnits } from './units';
import { layerIssue, nested } from '../layer-issues';
import { readVillages } from './villages';

export type { LayerKind } from './detect';
export type { ParsedGeoJson } from './parse';
export { detectLayerKind } from './detect';
export { parseGeoJsonText } from './parse';
export { readUnits } from './units';
export { readVillages } from './villages';
export { readSites } from './sites';
export { readFibre } from './fibre';
export { readRoads, roadClassOf } from './roads';
export { unitsToGeoJson, villagesToGeoJson, sitesToGeoJson, fibreToGeoJson } from './write';

export type GeoJsonLayer =
  | { kind: 'units'; result: ImportResult<ReportingUnit> }
  | { kind: 'villages'; result: ImportResult<Village> }
  | { kind: 'sites'; result: ImportResult<Site> }
  | { kind: 'fibre'; result: ImportResult<FibreRoute> }
  | { kind: 'roads'; result: ImportResult<Road> };

function withIssues<T>(before: ImportIssue[], result: ImportResult<T>): ImportResult<T> {
  return { items: result.items, issues: [...before, ...result.issues] };
}

/** Parse, pick the layer (given or detected), read it; parse-level issues come first in the result. */
export function readGeoJsonLayer(
  text: string,
  fileName: string,
  kind?: LayerKind,
  /** Units to place villages that lack a unit code. */
  units?: readonly ReportingUnit[],
): GeoJsonLayer | { kind: null; issues: ImportIssue[] } {
  const parsed = parseGeoJsonText(text, fileName);
  if (parsed.issues.some((i) => i.severity === 'error')) return { kind: null, issues: parsed.issues };
  let chosen = kind;
  if (chosen === undefined) {
    const detected = detectLayerKind(parsed.features);
    if (detected.kind === null) {
      return { kind: null, issues: [...parsed.issues, layerIssue('error', nested('cannotTell', { file: fileName }, { detected: detected.text }))] };
    }
    chosen = detected.kind;
  }
  const { features, issues } = parsed;
  switch (chosen) {
    case 'units':
      return { kind: 'units', result: withIssues(issues, readUnits(features, fileName)) };
    case 'villages':
      return { kind: 'villages', result: withIssues(issues, readVillages(features, fileName, units)) };
    case 'sites':
      return { kind: 'sites', result: withIssues(issues, readSites(features, fileName)) };
    case 'fibre':
      return { kind: 'fibre', result: withIssues(issues, readFibre(features, fileName)) };
    case 'roads':
      return { kind: 'roads', result: withIssues(issues, readRoads(features, fileName)) };
  }
}
