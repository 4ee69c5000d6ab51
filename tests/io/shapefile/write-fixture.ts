/** Regenerates tests/fixtures/shapefile/dak-nong-sample.zip: `npx tsx tests/io/shapefile/write-fixture.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shapefileZip } from './make-shapefile';
import { COMMUNES, VN2000_SITES } from './sample-layers';

export const FIXTURE_URL = new URL('../../fixtures/shapefile/', import.meta.url);

export function fixtureZips(): Record<string, Uint8Array> {
  return { 'xa-dak-nong.zip': shapefileZip(COMMUNES), 'tram-bts-vn2000.zip': shapefileZip(VN2000_SITES) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, bytes] of Object.entries(fixtureZips())) writeFileSync(fileURLToPath(new URL(name, FIXTURE_URL)), bytes);
}
