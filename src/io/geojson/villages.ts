import { bbox, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { ImportResult, LngLat, ReportingUnit, UnitGeometry, Village } from '../../domain/model/types';
import { layerText } from '../layer-issues';
import { readPosition, type Checked, type CoordNotes } from './coords';
import { generatedId, readEach, type RawFeature } from './features';
import { readPoints, readPolygonal, shapeClasses } from './geometry';
import { pick, toText, type PropMap } from './props';
import { readPopulation } from './unit-props';
import { keepIdsUnique } from './unique-ids';
import { MAX_VILLAGE_POPULATION } from '../../domain/model/population-limits';

const ID_KEYS = ['id', 'village_id', 'ma_thon', 'ma_ap', 'code', 'ma'];
const NAME_KEYS = ['name', 'ten', 'ten_thon', 'village', 'village_name', 'thon', 'ten_ap'];
const UNIT_KEYS = ['unit_code', 'unitcode', 'ma_xa', 'commune_code', 'ma_dvhc_xa', 'ma_phuong', 'adm3_pcode'];
const LON_KEYS = ['lon', 'lng', 'longitude', 'kinh_do', 'x'];
const LAT_KEYS = ['lat', 'latitude', 'vi_do', 'y'];

interface UnitIndex {
  code: string;
  box: number[];
  geometry: UnitGeometry;
}

export function findUnitCode(point: LngLat, units: readonly UnitIndex[]): string | undefined {
  const [lon, lat] = point;
  const hit = units.find(
    (u) => lon >= (u.box[0] ?? 0) && lat >= (u.box[1] ?? 0) && lon <= (u.box[2] ?? 0) && lat <= (u.box[3] ?? 0) && booleanPointInPolygon([lon, lat], u.geometry),
  );
  return hit?.code;
}

/** A polygon village's label point: lon/lat properties when given, else a point guaranteed inside. */
function labelPoint(props: PropMap, geometry: UnitGeometry, notes: CoordNotes): LngLat {
  const lon = pick(props, LON_KEYS)?.value;
  const lat = pick(props, LAT_KEYS)?.value;
  if (lon !== undefined && lat !== undefined) {
    const pos = readPosition([Number(lon), Number(lat)], notes);
    if (pos.ok) return pos.value;
    notes.warnings.push(layerText('villageBadLonLat', { lon: String(lon), lat: String(lat) }));
  }
  const [x = 0, y = 0] = pointOnFeature(geometry).geometry.coordinates;
  return [x, y];
}

function readShape(feature: RawFeature, notes: CoordNotes): Checked<{ geometry: UnitGeometry | null; point: LngLat }> {
  if (shapeClasses(feature.geometry).includes('polygon')) {
    const poly = readPolygonal(feature.geometry, notes);
    return poly.ok ? { ok: true, value: { geometry: poly.value, point: labelPoint(feature.props, poly.value, notes) } } : poly;
  }
  const points = readPoints(feature.geometry, notes);
  if (!points.ok) return points;
  const [first, ...rest] = points.value;
  if (!first) return { ok: false, reason: layerText('noPoints') };
  if (rest.length > 0) notes.warnings.push(layerText('villageManyPoints', { count: points.value.length }));
  return { ok: true, value: { geometry: null, point: first } };
}

function readVillage(feature: RawFeature, index: number, notes: CoordNotes, fileName: string, units: readonly UnitIndex[] | undefined): Checked<Village[]> {
  const shape = readShape(feature, notes);
  if (!shape.ok) return shape;
  const { props } = feature;
  let id = toText(pick(props, ID_KEYS)?.value) ?? toText(feature.id);
  if (id === undefined) {
    id = generatedId(fileName, index);
    notes.warnings.push(layerText('noVillageId', { id: JSON.stringify(id) }));
  }
  const name = toText(pick(props, NAME_KEYS)?.value) ?? id;
  let unitCode = toText(pick(props, UNIT_KEYS)?.value);
  if (unitCode === undefined && units) unitCode = findUnitCode(shape.value.point, units);
  if (unitCode === undefined) {
    unitCode = '';
    notes.warnings.push(layerText(units ? 'villageNoUnit' : 'villageNoUnits'));
  }
  const population = readPopulation(props, MAX_VILLAGE_POPULATION, 'w_village');
  if (population.warning && population.warning.code !== 'noPopulation') notes.warnings.push(population.warning);
  return { ok: true, value: [{ id, name, unitCode, population: population.population, geometry: shape.value.geometry, point: shape.value.point }] };
}

export function readVillages(features: readonly unknown[], fileName: string, units?: readonly ReportingUnit[]): ImportResult<Village> {
  const index = units?.map((u) => ({ code: u.code, box: bbox(u.geometry), geometry: u.geometry }));
  const read = readEach(features, fileName, (f, i, notes) => readVillage(f, i, notes, fileName, index));
  const items = keepIdsUnique(read.items, read.issues, (v) => v.id, (v, id) => ({ ...v, id }), 'duplicateVillageId');
  return { items, issues: read.issues };
}
