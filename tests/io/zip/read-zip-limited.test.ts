import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { layerEn as layerTextEn } from '../../helpers/reason-en';
import { formatBytes, readZipLimited, ZIP_LIMITS, type ZipRead } from '../../../src/io/zip/read-zip-limited';
import { deflatedRun, deflatedZeros, MiB, rawZip } from './make-zip';

const all = (): boolean => true;
/** The largest one push can inflate past a limit before the check: 16 KiB of input at DEFLATE's ~1030× ceiling. */
const ONE_PUSH = 17 * MiB;

const refusal = (read: ZipRead): { code: string; text: string; inflated: number } =>
  read.ok ? { code: 'ok', text: '', inflated: 0 } : { code: read.problem.code, text: layerTextEn(read.problem), inflated: read.inflated };

/** A zip written as a stream, as macOS and many servers do: sizes come after each entry, in a data descriptor. */
function streamedZip(files: Record<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  for (const [name, data] of Object.entries(files)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
}

describe('readZipLimited', () => {
  it('reads the wanted entries of a normal zip, byte for byte', () => {
    const shp = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) % 251);
    const read = readZipLimited(zipSync({ 'x/communes.shp': shp, 'x/communes.prj': strToU8('GEOGCS'), 'notes.txt': strToU8('hi') }), (n) => !n.endsWith('.txt'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect([...read.files.keys()].sort()).toEqual(['x/communes.prj', 'x/communes.shp']);
    expect(read.files.get('x/communes.shp')).toEqual(shp);
    expect(new TextDecoder().decode(read.files.get('x/communes.prj'))).toBe('GEOGCS');
  });

  it('reads a zip written as a stream (sizes in data descriptors)', () => {
    const kml = strToU8(`<kml>${'<Placemark/>'.repeat(10_000)}</kml>`);
    const read = readZipLimited(streamedZip({ 'doc.kml': kml, 'icon.png': new Uint8Array(300) }), all);
    expect(read.ok && read.files.get('doc.kml')).toEqual(kml);
    expect(read.ok && read.files.get('icon.png')?.length).toBe(300);
  });

  it('never inflates an entry it does not want, however big', () => {
    const zip = rawZip([
      { name: 'raster.tif', deflated: deflatedRun(1024 * MiB), declaredSize: 1024 * MiB },
      { name: 'a.prj', deflated: deflatedRun(10), declaredSize: 10 },
    ]);
    const read = readZipLimited(zip, (n) => n.endsWith('.prj'));
    expect(read.ok && read.files.get('a.prj')?.length).toBe(10);
  });

  it('stops a 1 GiB entry at the entry limit, long before it is inflated', () => {
    const zip = rawZip([{ name: 'doc.kml', deflated: deflatedRun(1024 * MiB), declaredSize: 1024 * MiB }]);
    const r = refusal(readZipLimited(zip, all));
    expect(r.code).toBe('zipEntryTooBig');
    expect(r.text).toBe('holds doc.kml, which inflates to more than 128 MB (the zip is 6 MB); refused as a likely zip bomb');
    expect(r.inflated).toBeGreaterThan(ZIP_LIMITS.maxEntryBytes);
    expect(r.inflated).toBeLessThan(ZIP_LIMITS.maxEntryBytes + ONE_PUSH);
  }, 120_000);

  it('counts what inflates, not what the headers declare', () => {
    // local header and central directory both say 1 KB; the data inflates to 1 GiB
    const zip = rawZip([{ name: 'communes.shp', deflated: deflatedRun(1024 * MiB), declaredSize: 1024 }]);
    const r = refusal(readZipLimited(zip, all));
    expect(r.code).toBe('zipEntryTooBig');
    expect(r.inflated).toBeLessThan(ZIP_LIMITS.maxEntryBytes + ONE_PUSH);
    const small = refusal(readZipLimited(zip, all, { ...ZIP_LIMITS, maxEntryBytes: 4 * MiB }));
    expect(small.text).toContain('inflates to more than 4 MB');
    expect(small.inflated).toBeLessThan(4 * MiB + ONE_PUSH);
  }, 120_000);

  it('stops at the total limit when each entry is within its own', () => {
    const entry = { deflated: deflatedRun(100 * MiB), declaredSize: 100 * MiB };
    const zip = rawZip([{ name: 'a.shp', ...entry }, { name: 'a.dbf', ...entry }, { name: 'b.shp', ...entry }]);
    const r = refusal(readZipLimited(zip, all));
    expect(r.text).toBe('inflates to more than 256 MB in all (the zip is 2 MB); refused as a likely zip bomb');
    expect(r.inflated).toBeLessThan(ZIP_LIMITS.maxTotalBytes + ONE_PUSH);
  }, 120_000);

  it('refuses an entry inflating more than 200× once it passes 1 MB, and keeps small compressible ones', () => {
    const bomb = rawZip([{ name: 'a.dbf', deflated: deflatedZeros(64 * MiB), declaredSize: 64 * MiB }]);
    const r = refusal(readZipLimited(bomb, all));
    expect(r.code).toBe('zipRatioTooHigh');
    expect(r.text).toMatch(/^holds a\.dbf, which inflates to over \d+ MB from 64 KB \(more than 200 times\); refused as a likely zip bomb$/);
    expect(r.inflated).toBeLessThan(ZIP_LIMITS.ratioFloorBytes + ONE_PUSH);
    const blank = zipSync({ 'a.dbf': new Uint8Array(ZIP_LIMITS.ratioFloorBytes).fill(0x20) }, { level: 9 });
    expect(readZipLimited(blank, all).ok).toBe(true);
  }, 120_000);

  it('reports a truncated zip as one that cannot be unzipped', () => {
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => (i * 2_654_435_761) >>> 24);
    const zip = zipSync({ 'a.shp': noise });
    expect(refusal(readZipLimited(zip.subarray(0, 800), all)).text).toMatch(/^cannot be unzipped: /);
  });

  it('formats sizes as people read them', () => {
    expect([100, 212 * 1024, 4 * MiB + 10, 128 * MiB, 1536 * MiB].map(formatBytes)).toEqual(['1 KB', '212 KB', '4 MB', '128 MB', '1.5 GB']);
  });
});
