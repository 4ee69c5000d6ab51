import { destination } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { diffCarrierSites } from '../../../src/domain/model/site-diff';
import type { Site } from '../../../src/domain/model/types';

const site = (id: string, patch: Partial<Site> = {}): Site => ({
  id, name: id, carrier: 'Viettel', lon: 107.6, lat: 12.1, heightM: 30,
  sectors: [{ azimuthDeg: 0, beamwidthDeg: 65, downtiltDeg: 4 }, { azimuthDeg: 120, beamwidthDeg: 65, downtiltDeg: 4 }],
  radios: [{ tech: '4G', bandMHz: 1800 }], proposed: false, ...patch,
});

/** The site moved `metres` to the north-east. */
function movedBy(s: Site, metres: number): Site {
  const [lon, lat] = destination([s.lon, s.lat], metres, 45, { units: 'meters' }).geometry.coordinates;
  return { ...s, lon: lon ?? s.lon, lat: lat ?? s.lat };
}

describe('the quarter\'s diff of a carrier\'s sites', () => {
  it('a move of 49 m is not a move, 51 m is, with its distance', () => {
    const a = site('A');
    const b = site('B', { lon: 107.7 });
    const diff = diffCarrierSites([a, b], [movedBy(a, 49), movedBy(b, 51)]);
    expect(diff.moved.map((m) => [m.after.id, Math.round(m.metres)])).toEqual([['B', 51]]);
    expect(diff.unchanged).toBe(1);
    expect(diff.changed).toEqual([]);
  });

  it('lists added and removed sites by id, only against the file\'s carriers', () => {
    const vnpt = site('N1', { carrier: 'VNPT' });
    const diff = diffCarrierSites([site('A'), site('B'), vnpt], [site('A'), site('C')]);
    expect(diff.added.map((s) => s.id)).toEqual(['C']);
    expect(diff.removed.map((s) => s.id)).toEqual(['B']);
    expect(diff.unchanged).toBe(1);
  });

  it('a site not in the file is removed only when the commit removes it, else kept', () => {
    const diff = diffCarrierSites([site('A'), site('B'), site('D', { layer: 'q2' })], [site('A')], (s) => s.layer === 'q2');
    expect([diff.removed.map((s) => s.id), diff.kept.map((s) => s.id)]).toEqual([['D'], ['B']]);
    const replace = diffCarrierSites([site('A'), site('B')], [site('A')]);
    expect([replace.removed.map((s) => s.id), replace.kept]).toEqual([['B'], []]);
  });

  it('a height change', () => {
    const diff = diffCarrierSites([site('A')], [site('A', { heightM: 42 })]);
    expect(diff.changed.map((c) => [c.after.id, c.changes, c.before.heightM, c.after.heightM])).toEqual([['A', ['height'], 30, 42]]);
    expect(diff.unchanged).toBe(0);
  });

  it('a sector added', () => {
    const a = site('A');
    const diff = diffCarrierSites([a], [{ ...a, sectors: [...a.sectors, { azimuthDeg: 240, beamwidthDeg: 65, downtiltDeg: 4 }] }]);
    expect(diff.changed.map((c) => c.changes)).toEqual([['sectors']]);
  });

  it('a band change; the order of radios and sectors is no change', () => {
    const a = site('A', { radios: [{ tech: '4G', bandMHz: 1800 }, { tech: '3G', bandMHz: 2100 }] });
    const reordered = { ...a, radios: [...a.radios].reverse(), sectors: [...a.sectors].reverse() };
    expect(diffCarrierSites([a], [reordered]).unchanged).toBe(1);
    const diff = diffCarrierSites([a], [{ ...a, radios: [{ tech: '4G', bandMHz: 2100 }, { tech: '3G', bandMHz: 2100 }] }]);
    expect(diff.changed.map((c) => c.changes)).toEqual([['bands']]);
  });

  it('a site moved and changed is in both lists', () => {
    const a = site('A');
    const diff = diffCarrierSites([a], [{ ...movedBy(a, 200), heightM: 35 }]);
    expect(diff.moved).toHaveLength(1);
    expect(diff.changed.map((c) => c.changes)).toEqual([['height']]);
    expect(diff.unchanged).toBe(0);
  });
});
