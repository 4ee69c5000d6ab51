/**
 * The importers under fuzz, each wrapped to one outcome shape. Adding an importer is one line in TEXT_TARGETS.
 * Byte importers get the text as UTF-8, except the zip reader, which gets it as a binary string (one char a byte)
 * so that text mutations become byte mutations.
 */
import type { ImportIssue, ReportingUnit } from '../../src/domain/model/types';
import { readGeoJsonLayer, type GeoJsonLayer, type LayerKind } from '../../src/io/geojson';
import { importProjectFile, type Project } from '../../src/io/store';
import { DOMParser } from '@xmldom/xmldom';
import { importSitesCsv } from '../../src/io/csv/import-sites-csv';
import { readKmlLayer, type ParseXml } from '../../src/io/kml';
import { readShapefileLayer } from '../../src/io/shapefile/read-shapefile-layer';
import { renderMessage } from '../../src/i18n/messages';
import { reasonEn } from '../helpers/reason-en';

export type TargetOutcome =
  | { kind: 'layer'; layer: GeoJsonLayer; messages: string[] }
  | { kind: 'project'; project: Project; messages: string[] }
  | { kind: 'rejected'; messages: string[] };

export interface FuzzTarget {
  name: string;
  run(text: string, fileName: string, units: readonly ReportingUnit[]): TargetOutcome;
}

const reasons = (issues: readonly ImportIssue[]): string[] => issues.map((i) => reasonEn(i));

function fromLayer(result: GeoJsonLayer | { kind: null; issues: ImportIssue[] }): TargetOutcome {
  if (result.kind === null) return { kind: 'rejected', messages: reasons(result.issues) };
  const messages = reasons(result.result.issues);
  return result.result.items.length === 0 ? { kind: 'rejected', messages } : { kind: 'layer', layer: result, messages };
}

function geoJsonTarget(kind?: LayerKind): FuzzTarget {
  return { name: `geojson-${kind ?? 'auto'}`, run: (text, fileName, units) => fromLayer(readGeoJsonLayer(text, fileName, kind, units)) };
}

/** A text importer giving a layer, or nothing with the reasons why. */
export function layerTarget(name: string, read: (text: string, fileName: string) => GeoJsonLayer | { kind: null; issues: ImportIssue[] }): FuzzTarget {
  return { name, run: (text, fileName) => fromLayer(read(text, fileName)) };
}

const projectTarget: FuzzTarget = {
  name: 'project-file',
  run: (text, fileName) => {
    const r = importProjectFile(text, fileName);
    return 'project' in r ? { kind: 'project', project: r.project, messages: [] } : { kind: 'rejected', messages: r.errors.map((m) => renderMessage('en', m)) };
  },
};

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Chars of a binary string as bytes (see binaryString in fixtures.ts). */
const bytesOf = (text: string): Uint8Array => Uint8Array.from(text, (c) => (c.codePointAt(0) ?? 0) & 0xff);
/** As lenient as a browser's DOMParser: malformed XML yields a partial document, never a throw. */
const parseXml: ParseXml = (text) => new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');

export const TEXT_TARGETS: readonly FuzzTarget[] = [
  geoJsonTarget(),
  geoJsonTarget('units'),
  geoJsonTarget('villages'),
  geoJsonTarget('sites'),
  geoJsonTarget('fibre'),
  projectTarget,
  layerTarget('csv-sites', (t, f) => ({ kind: 'sites', result: importSitesCsv(utf8(t), { fileName: f }).result })),
  layerTarget('kml', (t, f) => readKmlLayer(t, f, undefined, parseXml)),
  layerTarget('shapefile', (t, f) => readShapefileLayer(bytesOf(t), f)),
];
