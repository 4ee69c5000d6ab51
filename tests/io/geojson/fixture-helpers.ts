import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ImportIssue } from '../../../src/domain/model/types';
import { parseGeoJsonText } from '../../../src/io/geojson';

export function fixtureText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/geojson/${name}`, import.meta.url)), 'utf8');
}

export function fixtureFeatures(name: string): unknown[] {
  return parseGeoJsonText(fixtureText(name), name).features;
}

export function issuesAt(issues: readonly ImportIssue[], index: number): ImportIssue[] {
  return issues.filter((i) => i.index === index);
}

export function square(lon: number, lat: number, size = 0.01): [number, number][] {
  return [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]];
}

export function feature(geometry: unknown, properties: Record<string, unknown> = {}): unknown {
  return { type: 'Feature', properties, geometry };
}
