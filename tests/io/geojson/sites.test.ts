import { describe, expect, it } from 'vitest';
import { readSites } from '../../../src/io/geojson';
import { feature, fixtureFeatures, issuesAt } from './fixture-helpers';
import { reasonEn, withReasonEn } from '../../helpers/reason-en';

describe('readSites on a fixture', () => {
  const r = readSites(fixtureFeatures('sites.geojson'), 'sites.geojson');
  const byId = (id: string) => r.items.find((s) => s.id === id);

  it('reads Vietnamese keys, delimited tech/band/azimuth lists and pairs bands in order', () => {
    expect(byId('DNG001')).toEqual({
      id: 'DNG001',
      name: 'Gia Nghĩa 1',
      carrier: 'Viettel',
      lon: 107.69,
      lat: 12.0,
      heightM: 42,
      sectors: [0, 120, 240].map((azimuthDeg) => ({ azimuthDeg, beamwidthDeg: 65, downtiltDeg: 4 })),
      radios: [
        { tech: '2G', bandMHz: 900 },
        { tech: '3G', bandMHz: 2100 },
        { tech: '4G', bandMHz: 1800 },
      ],
      proposed: false,
    });
    expect(issuesAt(r.issues, 0)).toEqual([]);
  });

  it('reads array techs and azimuths, a single beamwidth for all sectors and a tilt list; bands default per tech', () => {
    const s = byId('DNG002');
    expect(s?.heightM).toBe(30);
    expect(s?.sectors).toEqual([
      { azimuthDeg: 30, beamwidthDeg: 90, downtiltDeg: 6 },
      { azimuthDeg: 150, beamwidthDeg: 90, downtiltDeg: 6 },
      { azimuthDeg: 270, beamwidthDeg: 90, downtiltDeg: 8 },
    ]);
    expect(s?.radios).toEqual([
      { tech: '4G', bandMHz: 1800 },
      { tech: '5G', bandMHz: 3500 },
    ]);
  });

  it('takes the first point of a MultiPoint with a warning; an empty azimuth means omni; one tech may carry two bands', () => {
    const s = byId('DNG003');
    expect([s?.lon, s?.lat]).toEqual([107.71, 12.02]);
    expect(s?.sectors).toEqual([{ azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: 4 }]);
    expect(s?.radios).toEqual([
      { tech: '4G', bandMHz: 1800 },
      { tech: '4G', bandMHz: 2100 },
    ]);
    expect(issuesAt(r.issues, 2).map((i) => reasonEn(i))).toEqual(['feature 2: 2 points; used the first']);
  });

  it('rejects negative and zero heights naming the value', () => {
    expect(issuesAt(r.issues, 3).map((i) => ({ severity: i.severity, index: i.index, reason: reasonEn(i) }))).toEqual([
      { severity: 'error', index: 3, reason: 'feature 3: rejected: height -5 must be a positive height in metres' },
    ]);
    expect(reasonEn(issuesAt(r.issues, 4)[0])).toBe('feature 4: rejected: height 0 must be a positive height in metres');
  });

  it('generates an id for a site without one, and reads a proposed status', () => {
    const s = byId('sites.geojson#5');
    expect(s?.proposed).toBe(true);
    expect(issuesAt(r.issues, 5).map(withReasonEn)[0]).toMatchObject({ severity: 'warning', reason: 'feature 5: no id property (id/site_id/ma_tram); using "sites.geojson#5"' });
  });

  it('rejects a null coordinate', () => {
    expect(reasonEn(issuesAt(r.issues, 6)[0])).toBe('feature 6: rejected: coordinate [107.76, null] is not a number');
    expect(r.items).toHaveLength(4);
  });
});

describe('readSites band pairing and defaults', () => {
  const read = (props: Record<string, unknown>) => readSites([feature({ type: 'Point', coordinates: [107.7, 12] }, { id: 's', height: 30, ...props })], 'f');

  it('gives each tech its default band when no bands are given', () => {
    expect(read({ tech: '2G,3G,4G,5G' }).items[0]?.radios).toEqual([
      { tech: '2G', bandMHz: 900 },
      { tech: '3G', bandMHz: 2100 },
      { tech: '4G', bandMHz: 1800 },
      { tech: '5G', bandMHz: 3500 },
    ]);
  });

  it('matches a shorter band list to the technologies that use those bands', () => {
    expect(read({ tech: '3G;4G;5G', band: 3500 }).items[0]?.radios).toEqual([
      { tech: '3G', bandMHz: 2100 },
      { tech: '4G', bandMHz: 1800 },
      { tech: '5G', bandMHz: 3500 },
    ]);
  });

  it('warns about an unknown technology and an out-of-range band, and assumes 4G when none is readable', () => {
    const r = read({ tech: '6G', band: 28000 });
    expect(r.items[0]?.radios).toEqual([{ tech: '4G', bandMHz: 1800 }]);
    const reasons = r.issues.map((i) => reasonEn(i));
    expect(reasons).toContain('feature 0: technology "6G" is not 2G/3G/4G/5G; ignored');
    expect(reasons).toContain('feature 0: band 28000 MHz is outside 300-7200 MHz; ignored');
    expect(reasons).toContain('feature 0: no technology property (tech/technologies/cong_nghe); assumed 4G');
  });

  it('warns about a left-over band that none of the technologies uses', () => {
    const r = read({ tech: '2G', band: '900;3500' });
    expect(r.items[0]?.radios).toEqual([{ tech: '2G', bandMHz: 900 }]);
    expect(r.issues.map((i) => reasonEn(i))).toEqual(['feature 0: band 3500 MHz fits none of the technologies 2G; ignored']);
  });

  it('rejects a non-numeric azimuth and height', () => {
    expect(reasonEn(read({ azimuth: '0;north' }).issues[0])).toBe('feature 0: rejected: azimuth "north" is not a number');
    expect(reasonEn(read({ height: 'tall' }).issues[0])).toBe('feature 0: rejected: height "tall" is not a number');
  });

  it('defaults a missing height with a warning and rejects azimuths outside 0-360 rather than wrapping them', () => {
    const r = readSites([feature({ type: 'Point', coordinates: [107.7, 12] }, { id: 's', tech: '4G', azimuth: [0, 360] })], 'f');
    expect(r.items[0]?.heightM).toBe(30);
    expect(r.items[0]?.sectors.map((s) => s.azimuthDeg)).toEqual([0, 360]);
    expect(reasonEn(r.issues[0])).toContain('no height property');
    for (const az of [-30, 370]) {
      const bad = readSites([feature({ type: 'Point', coordinates: [107.7, 12] }, { id: 's', tech: '4G', height: 30, azimuth: [0, az] })], 'f');
      expect(bad.items).toEqual([]);
      expect(reasonEn(bad.issues[0])).toBe(`feature 0: rejected: azimuth ${az} must be within [0, 360] degrees`);
    }
  });
});
