/** Valid inputs the fuzz mutates: a small corner of the demo province written by the app's own writers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoDataset } from '../../src/domain/demo';
import type { Dataset } from '../../src/domain/model/types';
import { fibreToGeoJson, sitesToGeoJson, unitsToGeoJson, villagesToGeoJson, type LayerKind } from '../../src/io/geojson';
import { exportProject, newProject, type Project } from '../../src/io/store';

export interface Fixture {
  fileName: string;
  /** The layer it holds, 'project' for a project file, or the format of another importer's own fixture. */
  kind: LayerKind | 'project' | 'csv' | 'kml' | 'shapefile';
  text: string;
}

/** A few units with their villages and sites, and the fibre routes touching them. */
export function smallDemo(units = 3, perLayer = 8): Dataset {
  const demo = generateDemoDataset();
  const chosen = demo.units.slice(0, units);
  const codes = new Set(chosen.map((u) => u.code));
  const villages = demo.villages.filter((v) => codes.has(v.unitCode)).slice(0, perLayer);
  const lons = chosen.flatMap((u) => (u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates).flat(2).map((p) => p[0] ?? 0));
  const lo = Math.min(...lons);
  const hi = Math.max(...lons);
  const inside = (lon: number): boolean => lon >= lo && lon <= hi;
  return {
    meta: { ...demo.meta, name: 'fuzz' },
    units: chosen,
    villages,
    sites: demo.sites.filter((s) => inside(s.lon)).slice(0, perLayer),
    fibre: demo.fibre.filter((f) => f.coordinates.some(([lon]) => inside(lon))).slice(0, perLayer),
  };
}

/** Fixed id and dates, so a seed reproduces the same bytes. */
export function fuzzProject(d: Dataset): Project {
  return { ...newProject('Dự án fuzz', d, new Date('2025-01-02T03:04:05.000Z')), id: 'fuzz-project' };
}

const FIXTURES = join(__dirname, '../fixtures');
/** Bytes as a string of chars 0–255, so the text mutators edit them byte by byte. */
const binaryString = (bytes: Uint8Array): string => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

/** The CSV, KML and shapefile importers' own valid fixtures. */
function otherFormats(): Fixture[] {
  const text = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
  return [
    { fileName: 'sectors-clean.csv', kind: 'csv', text: text('csv/sectors-clean.csv') },
    { fileName: 'sites-messy.csv', kind: 'csv', text: text('csv/sites-messy.csv') },
    { fileName: 'sites.kml', kind: 'kml', text: text('kml/sites.kml') },
    { fileName: 'routes.kml', kind: 'kml', text: text('kml/routes.kml') },
    { fileName: 'xa-dak-nong.zip', kind: 'shapefile', text: binaryString(readFileSync(join(FIXTURES, 'shapefile/xa-dak-nong.zip'))) },
  ];
}

export function validFixtures(d: Dataset): Fixture[] {
  return [
    ...otherFormats(),
    { fileName: 'units.geojson', kind: 'units', text: JSON.stringify(unitsToGeoJson(d.units)) },
    { fileName: 'villages.geojson', kind: 'villages', text: JSON.stringify(villagesToGeoJson(d.villages)) },
    { fileName: 'sites.geojson', kind: 'sites', text: JSON.stringify(sitesToGeoJson(d.sites)) },
    { fileName: 'fibre.geojson', kind: 'fibre', text: JSON.stringify(fibreToGeoJson(d.fibre)) },
    { fileName: 'project.phusong.json', kind: 'project', text: exportProject(fuzzProject(d)) },
  ];
}
