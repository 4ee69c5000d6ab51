import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layerImportApi } from '../../src/worker/import-layer';

const fixture = (path: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures', path)));

describe('layer files read in the worker', () => {
  it('reads a KML with the worker XML parser', () => {
    const read = layerImportApi.readLayerFile(fixture('kml/sites.kml'), 'sites.kml', 'kml');
    expect(read.kind).toBe('sites');
    if (read.kind === 'sites') expect(read.result.items.length).toBeGreaterThan(0);
  });

  it('reports broken KML as one read error', () => {
    const read = layerImportApi.readLayerFile(fixture('kml/broken.kml'), 'broken.kml', 'kml');
    expect(read.kind).toBeNull();
    if (read.kind === null) expect(read.issues[0]?.severity).toBe('error');
  });

  it('reads the commune shapefile zip as units', () => {
    const read = layerImportApi.readLayerFile(fixture('shapefile/xa-dak-nong.zip'), 'xa.zip', 'shapefile');
    expect(read.kind).toBe('units');
    if (read.kind === 'units') expect(read.result.items.map((u) => u.name)).toHaveLength(2);
  });
});
