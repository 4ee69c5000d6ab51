import { describe, expect, it } from 'vitest';
import { isClassifiedTiff } from '../../../src/io/land-cover/classified-tiff-probe';
import { makeGeoTiff } from '../dem/make-dem';
import { makeClassTiff } from './make-land-cover';

const blob = (bytes: Uint8Array): Blob => new Blob([bytes.slice().buffer]);

describe('telling a class map from a DEM by its header', () => {
  it('an 8-bit GeoTIFF is a class map; int16 and float32 heights and non-TIFF bytes are not', async () => {
    expect(await isClassifiedTiff(blob(makeClassTiff({ width: 4, height: 4, values: new Uint8Array(16).fill(10), tie: [107, 12], pixelDeg: 0.01 })))).toBe(true);
    expect(await isClassifiedTiff(blob(makeGeoTiff({ width: 4, height: 4, values: new Int16Array(16).fill(500), tie: [107, 12], scale: [0.01, 0.01], epsg: 4326, projected: false })))).toBe(false);
    expect(await isClassifiedTiff(blob(makeClassTiff({ width: 4, height: 4, values: new Float32Array(16).fill(1), tie: [107, 12], pixelDeg: 0.01 })))).toBe(false);
    expect(await isClassifiedTiff(blob(new TextEncoder().encode('not a tiff')))).toBe(false);
  });
});
