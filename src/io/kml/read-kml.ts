import { kml } from '@tmcw/togeojson';
import type { ImportIssue, ReportingUnit } from '../../domain/model/types';
import { errorMessage } from '../../domain/text/error-message';
import { detectLayerKind, type LayerKind } from '../geojson';
import { readFeaturesAsLayer, type LayerRead } from '../shapefile/features-layer';
import { looksLikeZip } from '../shapefile/shapefile-parts';
import { layerIssue, layerText, nested, withProblem, type LayerText } from '../layer-issues';
import { readZipLimited } from '../zip/read-zip-limited';

/** An XML DOM togeojson can walk: the browser's Document, or @xmldom/xmldom's in Node. */
export type KmlDocument = Parameters<typeof kml>[0];
export type ParseXml = (text: string) => KmlDocument;

const error = (text: LayerText): ImportIssue => layerIssue('error', text);

function browserParseXml(text: string): KmlDocument {
  if (typeof DOMParser === 'undefined') throw new Error('no XML parser here (DOMParser is missing); pass parseXml');
  return new DOMParser().parseFromString(text, 'application/xml');
}

/** Browsers report malformed XML as a <parsererror> element instead of throwing. */
function xmlProblem(doc: KmlDocument): LayerText | null {
  const root = doc.documentElement;
  if (!root) return layerText('xmlNoRoot');
  if (doc.getElementsByTagName('parsererror').length > 0) {
    return layerText('xmlMalformed', { detail: (doc.getElementsByTagName('parsererror')[0]?.textContent ?? '').trim().split('\n')[0] ?? '' });
  }
  const name = root.nodeName.replace(/^.*:/, '');
  return name.toLowerCase() === 'kml' ? null : layerText('notKml', { root: root.nodeName });
}

/** Placemarks as raw GeoJSON features; folders are flattened. */
export function kmlFeatures(text: string, fileName: string, parseXml: ParseXml = browserParseXml): { features: unknown[]; issues: ImportIssue[] } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { features: [], issues: [error(layerText('fileEmpty', { file: fileName }))] };
  let doc: KmlDocument;
  try {
    doc = parseXml(body);
  } catch (e) {
    return { features: [], issues: [error(layerText('notXml', { file: fileName, detail: errorMessage(e).split('\n')[0] ?? '' }))] };
  }
  const problem = xmlProblem(doc);
  if (problem) return { features: [], issues: [error(withProblem('xmlProblem', { file: fileName }, problem))] };
  return { features: kml(doc).features.map(nameAsId), issues: [] };
}

/**
 * A placemark without an id attribute takes its name as its id (Google Earth files seldom carry ids); an id or
 * code among its attributes still comes first, as the readers pick those before the feature's own id.
 */
function nameAsId<F extends { id?: unknown; properties?: unknown }>(feature: F): F {
  if (feature.id !== undefined && feature.id !== null && feature.id !== '') return feature;
  const props = feature.properties;
  const name = typeof props === 'object' && props !== null ? (props as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? { ...feature, id: name.trim() } : feature;
}

function isPointFeature(feature: unknown): boolean {
  if (feature === null || typeof feature !== 'object' || !('geometry' in feature)) return false;
  const geometry = feature.geometry;
  return geometry !== null && typeof geometry === 'object' && 'type' in geometry && (geometry.type === 'Point' || geometry.type === 'MultiPoint');
}

/** Google Earth point placemarks seldom carry site attributes; unless told otherwise such a file is read as sites. */
function chooseKind(features: readonly unknown[], fileName: string, issues: ImportIssue[]): LayerKind | undefined {
  const detected = detectLayerKind(features);
  const points = features.filter(isPointFeature).length;
  if (detected.kind !== null || points * 2 <= features.length) return undefined;
  issues.push(layerIssue('warning', nested('kmlReadAsSites', { file: fileName }, { detected: detected.text })));
  return 'sites';
}

/** A KML document read like readGeoJsonLayer: sites from points, fibre routes from lines, units/villages from polygons. */
export function readKmlLayer(text: string, fileName: string, kind?: LayerKind, parseXml?: ParseXml, units?: readonly ReportingUnit[]): LayerRead {
  const { features, issues } = kmlFeatures(text, fileName, parseXml);
  if (issues.some((i) => i.severity === 'error')) return { kind: null, issues };
  const chosen = kind ?? chooseKind(features, fileName, issues);
  return readFeaturesAsLayer(features, issues, fileName, chosen, units);
}

/** KMZ is a zip whose main document is doc.kml (or, failing that, the first .kml in it). */
export function readKmzLayer(bytes: Uint8Array, fileName: string, kind?: LayerKind, parseXml?: ParseXml, units?: readonly ReportingUnit[]): LayerRead {
  if (!looksLikeZip(bytes)) return { kind: null, issues: [error(layerText('notKmz', { file: fileName }))] };
  const unzipped = readZipLimited(bytes, (name) => name.toLowerCase().endsWith('.kml'));
  if (!unzipped.ok) return { kind: null, issues: [error(withProblem('kmzProblem', { file: fileName }, unzipped.problem))] };
  const names = [...unzipped.files.keys()].sort();
  const main = names.find((n) => n.toLowerCase() === 'doc.kml') ?? names[0];
  const data = main === undefined ? undefined : unzipped.files.get(main);
  if (main === undefined || !data) return { kind: null, issues: [error(layerText('kmzNoKml', { file: fileName }))] };
  return readKmlLayer(new TextDecoder().decode(data), `${fileName} (${main})`, kind, parseXml, units);
}

/** Either format from the bytes of a dropped file: a zip is taken as KMZ, anything else as KML text. */
export function readKmlOrKmzLayer(bytes: Uint8Array, fileName: string, kind?: LayerKind, parseXml?: ParseXml, units?: readonly ReportingUnit[]): LayerRead {
  if (looksLikeZip(bytes)) return readKmzLayer(bytes, fileName, kind, parseXml, units);
  return readKmlLayer(new TextDecoder().decode(bytes), fileName, kind, parseXml, units);
}
