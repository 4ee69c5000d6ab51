/** Issue 14 defect 3: a shapefile zip or KMZ that inflates to gigabytes is refused, naming the sizes, not read. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../../src/domain/model/types';
import { readKmzLayer, type ParseXml } from '../../../src/io/kml/read-kml';
import { readShapefileLayer } from '../../../src/io/shapefile/read-shapefile-layer';
import { layerIssueReason } from '../../../src/i18n/layer-issue-strings';
import { deflatedRun, deflatedZeros, MiB, rawZip } from './make-zip';
import { reasonEn } from '../../helpers/reason-en';

const parseXml: ParseXml = (text) => new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
const issuesOf = (read: ReturnType<typeof readShapefileLayer>): ImportIssue[] => (read.kind === null ? read.issues : read.result.issues);
const GiB = 1024 * MiB;

describe('zip bombs', () => {
  it('a shapefile zip of four 1 GiB entries is refused at the entry limit, named in both languages', () => {
    const gib = { deflated: deflatedRun(GiB, 0), declaredSize: GiB };
    const zip = rawZip(['communes.shp', 'communes.dbf', 'communes.prj', 'communes.cpg'].map((name) => ({ name, ...gib })));
    const read = readShapefileLayer(zip, 'bomb.zip');
    expect(read.kind).toBeNull();
    const issues = issuesOf(read);
    expect(issues).toHaveLength(1);
    expect(reasonEn(issues[0])).toBe('bomb.zip holds communes.shp, which inflates to more than 128 MB (the zip is 26 MB); refused as a likely zip bomb');
    expect(issues[0] && layerIssueReason('vi', issues[0])).toBe(
      'bomb.zip chứa communes.shp, giải nén ra hơn 128 MB (tệp zip chỉ 26 MB); bị từ chối vì có thể là bom zip');
  }, 120_000);

  it('a 4 MB-class zip of zero-filled entries is refused by its ratio after about a megabyte', () => {
    const zeros = { deflated: deflatedZeros(64 * MiB), declaredSize: 64 * MiB };
    const zip = rawZip(['a.shp', 'a.dbf', 'b.shp', 'b.dbf'].map((name) => ({ name, ...zeros })));
    const issues = issuesOf(readShapefileLayer(zip, 'zeros.zip'));
    expect(issues.map((i) => reasonEn(i))).toEqual([
      expect.stringMatching(/^zeros\.zip holds a\.shp, which inflates to over \d+ MB from 64 KB \(more than 200 times\); refused as a likely zip bomb$/),
    ]);
  }, 120_000);

  it('a KMZ whose doc.kml inflates to 1 GiB is refused as a bomb, not called empty', () => {
    const kmz = rawZip([{ name: 'doc.kml', deflated: deflatedRun(GiB), declaredSize: GiB }]);
    const read = readKmzLayer(kmz, 'bomb.kmz', undefined, parseXml);
    expect(read.kind).toBeNull();
    const issues = issuesOf(read);
    expect(issues.map((i) => reasonEn(i))).toEqual([
      'bomb.kmz holds doc.kml, which inflates to more than 128 MB (the zip is 6 MB); refused as a likely zip bomb',
    ]);
    expect(issues[0] && layerIssueReason('vi', issues[0])).toBe(
      'bomb.kmz chứa doc.kml, giải nén ra hơn 128 MB (tệp zip chỉ 6 MB); bị từ chối vì có thể là bom zip');
  }, 120_000);

  it('a KMZ whose headers declare a 1 KB doc.kml that inflates to 1 GiB is refused all the same', () => {
    const kmz = rawZip([{ name: 'doc.kml', deflated: deflatedRun(GiB), declaredSize: 1024 }]);
    expect(issuesOf(readKmzLayer(kmz, 'liar.kmz', undefined, parseXml)).map((i) => i.layerCode)).toEqual(['kmzProblem']);
    expect(reasonEn(issuesOf(readKmzLayer(kmz, 'liar.kmz', undefined, parseXml))[0])).toContain('liar.kmz holds doc.kml, which inflates to more than 128 MB');
  }, 120_000);

  it('the real shapefile fixtures still read', () => {
    const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/shapefile/${name}`, import.meta.url))));
    const communes = readShapefileLayer(fixture('xa-dak-nong.zip'), 'xa-dak-nong.zip');
    expect(communes.kind).toBe('units');
    expect(communes.kind === 'units' && communes.result.items.length).toBeGreaterThan(0);
    expect(readShapefileLayer(fixture('tram-bts-vn2000.zip'), 'tram.zip').kind).toBe('sites');
  });
});
