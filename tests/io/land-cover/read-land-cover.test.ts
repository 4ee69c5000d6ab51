import { describe, expect, it } from 'vitest';
import { cellIndexAt } from '../../../src/domain/grid/equal-area-grid';
import { landCoverClutterAt } from '../../../src/domain/model/land-cover-clutter';
import { landCoverIssueText } from '../../../src/i18n/land-cover-strings';
import { isLandCoverGeoJson, readLandCoverGeoJson } from '../../../src/io/land-cover/read-land-cover';

const square = (x: number, y: number, s: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] });
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });
const AREA: [number, number, number, number] = [107.5, 12.0, 107.7, 12.2];

describe('land cover from GeoJSON polygons', () => {
  it('rasterises classes named in English or Vietnamese, later features over earlier ones, and gives each place its clutter', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature({ class: 'Rừng' }, square(107.5, 12.0, 0.2)),
        feature({ LOP_PHU: 'đô thị' }, square(107.58, 12.08, 0.04)),
        feature({ class: 'water' }, square(107.52, 12.02, 0.02)),
        feature({ class: 'moon rock' }, square(107.65, 12.15, 0.02)),
        feature({ name: 'no class' }, square(107.66, 12.16, 0.02)),
      ],
    });
    const read = readLandCoverGeoJson(text, 'lc.geojson', AREA);
    expect(read.model).not.toBeNull();
    const lc = read.model ?? undefined;
    expect(landCoverClutterAt(lc, 107.6, 12.1)).toBe('urban');
    expect(landCoverClutterAt(lc, 107.53, 12.03)).toBe('open');
    expect(landCoverClutterAt(lc, 107.55, 12.15)).toBe('rural');
    expect(landCoverClutterAt(lc, 108.5, 12.1)).toBeNull();
    expect(read.issues.map((i) => i.code)).toEqual(['lc-unknown-class', 'lc-no-class']);
    expect(landCoverIssueText('en', read.issues[0] ?? { severity: 'warning', code: 'lc-empty', params: {} }))
      .toMatch(/lc\.geojson, feature 4: unknown land-cover class "moon rock"/);
    expect(cellIndexAt(read.model?.cover.grid ?? { phi0Deg: 0, lon0Deg: 0, x0: 0, y0: 0, cellSizeM: 1, nx: 1, ny: 1 }, 107.6, 12.1)).toBeGreaterThan(0);
  });

  it('broken JSON is refused naming the file and where, in both languages', () => {
    const read = readLandCoverGeoJson('{"type": "FeatureCollection", "features": [', 'broken.geojson', AREA);
    expect(read.model).toBeNull();
    const issue = read.issues[0];
    expect(issue?.code).toBe('lc-unreadable');
    if (!issue) return;
    expect(landCoverIssueText('en', issue)).toMatch(/^broken\.geojson cannot be read as GeoJSON: .+/);
    expect(landCoverIssueText('vi', issue)).toMatch(/^không đọc được broken\.geojson dạng GeoJSON: .+/);
  });

  it('tells classed land-cover polygons from reporting units', () => {
    const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
    expect(isLandCoverGeoJson(collection(feature({ class: 'rừng' }, square(107.5, 12, 0.1)), feature({ name: 'x' }, square(107.6, 12, 0.1))))).toBe(true);
    expect(isLandCoverGeoJson(collection(feature({ ten_xa: 'Xã A', loai: 'Xã' }, square(107.5, 12, 0.1))))).toBe(false);
    // exported units carry their clutter, which may be a class name: still units
    expect(isLandCoverGeoJson(collection(feature({ code: 'P1', type: 'Phường', clutter: 'urban' }, square(107.5, 12, 0.1))))).toBe(false);
    expect(isLandCoverGeoJson('{"type": "FeatureCollection", "features": []}')).toBe(false);
    expect(isLandCoverGeoJson('not json')).toBe(false);
  });
});
