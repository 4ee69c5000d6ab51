import { describe, expect, it } from 'vitest';
import { hitAt, type HitScene, type ScreenProjection } from '../../src/map/hit-tester';
import { newProposedSite } from '../../src/domain/scenario/proposed-site';
import type { FibreRoute, ReportingUnit, Village } from '../../src/domain/model/types';

/** 1000 px a degree, north up, origin at (107, 13): enough of a map to hit-test against. */
const projection: ScreenProjection = {
  project: ([lon, lat]) => ({ x: (lon - 107) * 1000, y: (13 - lat) * 1000 }),
  unproject: ([x, y]) => ({ lng: 107 + x / 1000, lat: 13 - y / 1000 }),
  zoom: 10,
};
const px = (x: number, y: number): [number, number] => [107 + x / 1000, 13 - y / 1000];
const square = (x: number, y: number, size: number) => ({
  type: 'Polygon' as const,
  coordinates: [[px(x, y), px(x + size, y), px(x + size, y + size), px(x, y + size), px(x, y)]],
});

const unit: ReportingUnit = { code: 'U1', name: 'Xã A', type: 'Xã', district: 'D', population: 100, clutter: 'rural', geometry: square(0, 0, 400) };
const village: Village = { id: 'V1', name: 'Thôn 1', unitCode: 'U1', population: 10, geometry: square(100, 100, 100), point: px(150, 150) };
const dotVillage: Village = { id: 'V2', name: 'Thôn 2', unitCode: 'U1', population: 10, geometry: null, point: px(300, 300) };
const site = newProposedSite('P-1', ...px(150, 150), '');
const other = newProposedSite('P-2', ...px(156, 150), '');
const route: FibreRoute = { id: 'F1', name: 'Tuyến', laying: 'aerial', kind: 'spur', coordinates: [px(0, 350), px(400, 350)] };

const scene: HitScene = {
  handles: [{ siteId: 'P-1', sectorIndex: 0, position: px(150, 94) }],
  sites: [site, other],
  selectedSiteId: 'P-1',
  fibre: [route],
  villages: [village, dotVillage],
  units: [unit],
};

describe('hitAt', () => {
  it('tests layers top first: handle, site, fibre, village (dot, then polygon), commune, nothing', () => {
    expect(hitAt(projection, scene, 152, 96)).toMatchObject({ kind: 'handle', handle: { sectorIndex: 0 } });
    expect(hitAt(projection, scene, 149, 151)).toMatchObject({ kind: 'site', site: { id: 'P-1' } });
    expect(hitAt(projection, scene, 160, 150)).toMatchObject({ kind: 'site', site: { id: 'P-2' } });
    expect(hitAt(projection, scene, 200, 352)).toMatchObject({ kind: 'fibre', route: { id: 'F1' } });
    expect(hitAt(projection, scene, 303, 298)).toMatchObject({ kind: 'village', village: { id: 'V2' } });
    expect(hitAt(projection, scene, 120, 180)).toMatchObject({ kind: 'village', village: { id: 'V1' } });
    expect(hitAt(projection, scene, 50, 50)).toMatchObject({ kind: 'unit', index: 0 });
    expect(hitAt(projection, scene, 500, 500)).toEqual({ kind: 'none' });
  });

  it('symbols count a slack of 5 px beyond their drawn radius unless told less', () => {
    expect(hitAt(projection, scene, 150, 141)).toMatchObject({ kind: 'site', site: { id: 'P-1' } });
    expect(hitAt(projection, scene, 150, 141, 1)).toMatchObject({ kind: 'village', village: { id: 'V1' } });
    expect(hitAt(projection, scene, 150, 144, 1)).toMatchObject({ kind: 'site', site: { id: 'P-1' } });
  });

  it('hidden layers are not hit: what lies under them is', () => {
    const bare: HitScene = { ...scene, handles: [], sites: null, villages: null };
    expect(hitAt(projection, bare, 149, 151)).toMatchObject({ kind: 'unit' });
    expect(hitAt(projection, { ...bare, units: null, fibre: null }, 149, 151)).toEqual({ kind: 'none' });
  });
});
