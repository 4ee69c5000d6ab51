import { describe, expect, it } from 'vitest';
import type { Site } from '../../../src/domain/model/types';
import {
  applyEdits, editCount, NO_EDITS, revertSite, siteIn, transition, withoutSite, withSite,
} from '../../../src/domain/scenario/scenario-edits';

const site = (id: string, lon = 107.5, extra: Partial<Site> = {}): Site => ({
  id, name: id, carrier: 'Viettel', lon, lat: 12, heightM: 30,
  sectors: [{ azimuthDeg: 0, beamwidthDeg: 65, downtiltDeg: 4 }], radios: [{ tech: '4G', bandMHz: 1800 }], proposed: false, ...extra,
});
const base = [site('A'), site('B'), site('C')];

describe('scenario edits', () => {
  it('edits a baseline site without touching the baseline array', () => {
    const e = withSite(base, NO_EDITS, site('B', 108));
    expect(applyEdits(base, e).map((s) => [s.id, s.lon])).toEqual([['A', 107.5], ['B', 108], ['C', 107.5]]);
    expect(base[1]?.lon).toBe(107.5);
    expect(editCount(e)).toBe(1);
  });

  it('adds, changes and removes a proposed site', () => {
    let e = withSite(base, NO_EDITS, site('P-1', 107.9, { proposed: true }));
    e = withSite(base, e, site('P-1', 107.95, { proposed: true }));
    expect(e.addedSites.map((s) => s.lon)).toEqual([107.95]);
    e = withoutSite(base, e, 'P-1');
    expect(e.addedSites).toEqual([]);
    expect(e.removedSiteIds).toEqual([]);
  });

  it('removing a baseline site marks it removed and drops its edit; revert restores it', () => {
    let e = withSite(base, NO_EDITS, site('A', 108));
    e = withoutSite(base, e, 'A');
    expect(e.siteEdits).toEqual({});
    expect(e.removedSiteIds).toEqual(['A']);
    expect(applyEdits(base, e).map((s) => s.id)).toEqual(['B', 'C']);
    expect(siteIn(base, e, 'A')).toBeNull();
    expect(applyEdits(base, revertSite(e, 'A')).map((s) => s.id)).toEqual(['A', 'B', 'C']);
  });

  it('transition lists only the sites that differ between two scenarios', () => {
    const from = withSite(base, withSite(base, NO_EDITS, site('A', 108)), site('P-1', 107.7, { proposed: true }));
    const to = withoutSite(base, withSite(base, NO_EDITS, site('A', 108)), 'C');
    const t = transition(base, from, to);
    expect(t.upserts).toEqual([]);
    expect(t.removals.sort()).toEqual(['C', 'P-1']);
    const back = transition(base, to, NO_EDITS);
    expect(back.upserts.map((s) => [s.id, s.lon]).sort()).toEqual([['A', 107.5], ['C', 107.5]]);
    expect(back.removals).toEqual([]);
  });
});

describe('edits of sites the baseline no longer has', () => {
  it('are ignored alike by applyEdits and transition', () => {
    const e = withSite(base, NO_EDITS, site('B', 108));
    const newBase = [site('A'), site('C')];
    expect(applyEdits(newBase, e).map((s) => s.id)).toEqual(['A', 'C']);
    expect(transition(newBase, NO_EDITS, e)).toEqual({ upserts: [], removals: [] });
  });
});
