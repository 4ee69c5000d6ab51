import type { ImportResult, ReportingUnit, UnitGeometry } from '../../domain/model/types';
import type { Checked, CoordNotes } from './coords';
import { asFeature, generatedId, readEach, type RawFeature } from './features';
import { readPolygonal } from './geometry';
import { groupDigits, unitGridSize } from '../../domain/coverage/area-limit';
import { COARSEST_CELL_M, exceedsGridLimit, limitAreaKm2 } from '../../domain/grid/grid-limit';
import { layerText, type LayerText } from '../layer-issues';
import { pick, toText } from './props';
import { CODE_KEYS, NAME_KEYS, nameWithType, readClutter, readDistrict, readMergedFrom, readPopulation, readUnitType, typeFromName } from './unit-props';
import { slugify } from '../../domain/text/fold';
import { keepIdsUnique } from './unique-ids';
import { MAX_UNIT_POPULATION } from '../../domain/model/population-limits';

/** A unit whose own extent needs a grid beyond the engine's limit even at the coarsest cells (a world polygon). */
function gridTooLarge(geometry: UnitGeometry): LayerText | null {
  const size = unitGridSize(geometry);
  if (!exceedsGridLimit(size)) return null;
  return layerText('areaTooLarge', { area: groupDigits(size.areaKm2), limit: groupDigits(limitAreaKm2(COARSEST_CELL_M)) });
}

/**
 * Whether the file gives the unit type apart from bare names ("Bắc Gia Nghĩa", type "Phường"): no name in it starts
 * with a type. A file whose names carry their types keeps every name as written, an odd one included.
 */
function typesApartFromNames(features: readonly unknown[]): boolean {
  return !features.some((raw) => {
    const f = asFeature(raw);
    const name = f.ok ? toText(pick(f.value.props, NAME_KEYS)?.value) : undefined;
    return name !== undefined && typeFromName(name) !== undefined;
  });
}

function readUnit(feature: RawFeature, index: number, notes: CoordNotes, fileName: string, prefixNames: boolean): Checked<ReportingUnit[]> {
  const geometry = readPolygonal(feature.geometry, notes);
  if (!geometry.ok) return geometry;
  const tooLarge = gridTooLarge(geometry.value);
  if (tooLarge) return { ok: false, reason: tooLarge };
  const { props } = feature;
  const warn = (w: LayerText | undefined): void => {
    if (w) notes.warnings.push(w);
  };
  const given = toText(pick(props, NAME_KEYS)?.value);
  const type = given === undefined ? null : readUnitType(props, given);
  const typedName = given === undefined || !type ? undefined : prefixNames ? nameWithType(given, type.type) : given;
  let code = toText(pick(props, CODE_KEYS)?.value) ?? toText(feature.id);
  if (code === undefined) {
    // Made from the name where there is one (readable, and the same whatever the features' order), else the place in the file.
    code = (typedName !== undefined && slugify(typedName)) || generatedId(fileName, index);
    warn(layerText('noUnitCode', { code: JSON.stringify(code) }));
  }
  let name = typedName;
  if (name === undefined) {
    name = code;
    warn(layerText('noUnitName', { code: JSON.stringify(code) }));
  }
  const unitType = type ?? readUnitType(props, name);
  warn(unitType.warning);
  const population = readPopulation(props, MAX_UNIT_POPULATION, 'w_unit');
  warn(population.warning);
  const clutter = readClutter(props, unitType.type);
  warn(clutter.warning);
  const mergedFrom = readMergedFrom(props);
  const unit: ReportingUnit = { code, name, type: unitType.type, district: readDistrict(props), population: population.population, clutter: clutter.clutter, geometry: geometry.value };
  return { ok: true, value: [mergedFrom ? { ...unit, mergedFrom } : unit] };
}

export function readUnits(features: readonly unknown[], fileName: string): ImportResult<ReportingUnit> {
  const prefixNames = typesApartFromNames(features);
  const read = readEach(features, fileName, (f, i, notes) => readUnit(f, i, notes, fileName, prefixNames));
  const items = keepIdsUnique(read.items, read.issues, (u) => u.code, (u, code) => ({ ...u, code }), 'duplicateUnitCode');
  const issues = read.issues.map((issue, order) => ({ issue, order }));
  issues.sort((a, b) => (a.issue.index ?? -1) - (b.issue.index ?? -1) || a.order - b.order);
  return { items, issues: issues.map((x) => x.issue) };
}
