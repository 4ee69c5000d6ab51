import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readShapefileLayer } from '../../../src/io/shapefile/read-shapefile-layer';
import { FIXTURE_URL } from './write-fixture';
import { metresBetween, vn2000ToWgs84Independent } from './helmert';
import { VN2000_SITE_XY } from './sample-layers';

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(name, FIXTURE_URL))));

describe('shapefile fixtures for the end-to-end test', () => {
  it('xa-dak-nong.zip reads as two communes with Vietnamese names', () => {
    const bytes = fixture('xa-dak-nong.zip');
    expect(bytes.length).toBeLessThan(20_000);
    const read = readShapefileLayer(bytes, 'xa-dak-nong.zip');
    expect(read.kind).toBe('units');
    if (read.kind === 'units') expect(read.result.items.map((u) => u.name)).toEqual(['Phường Nghĩa Đức', 'Xã Đắk Nia']);
  });

  it('tram-bts-vn2000.zip reads as two sites placed from VN-2000', () => {
    const read = readShapefileLayer(fixture('tram-bts-vn2000.zip'), 'tram-bts-vn2000.zip');
    expect(read.kind).toBe('sites');
    if (read.kind !== 'sites') return;
    const [e, n] = VN2000_SITE_XY[1] ?? [NaN, NaN];
    const site = read.result.items[1];
    expect(site?.id).toBe('DNG102');
    expect(metresBetween([site?.lon ?? NaN, site?.lat ?? NaN], vn2000ToWgs84Independent(e, n, 108.5))).toBeLessThan(1);
  });
});
