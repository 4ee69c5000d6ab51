import { describe, expect, it } from 'vitest';
import { importRouteOf } from '../../src/app/import-route';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('importRouteOf', () => {
  it('routes by extension', () => {
    expect(importRouteOf('a.phusong.json', bytes('{'))).toBe('project');
    expect(importRouteOf('a.geojson', bytes('{'))).toBe('geojson');
    expect(importRouteOf('A.JSON', bytes('{'))).toBe('geojson');
    expect(importRouteOf('tram.csv', bytes('x'))).toBe('csv');
    expect(importRouteOf('tram.txt', bytes('x'))).toBe('csv');
    expect(importRouteOf('xa.zip', bytes('PK'))).toBe('shapefile');
    expect(importRouteOf('a.kml', bytes('<'))).toBe('kml');
    expect(importRouteOf('a.kmz', bytes('PK'))).toBe('kml');
  });

  it('routes an unknown extension by content', () => {
    expect(importRouteOf('export', new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('shapefile');
    expect(importRouteOf('export', bytes('\uFEFF {"type":"FeatureCollection"}'))).toBe('geojson');
    expect(importRouteOf('export', bytes('{"format":"phusong-project"}'))).toBe('project');
    expect(importRouteOf('export', bytes('<?xml version="1.0"?><kml/>'))).toBe('kml');
    expect(importRouteOf('export', bytes('id;lat;lon'))).toBe('csv');
  });
});
