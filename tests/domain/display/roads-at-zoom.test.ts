import { describe, expect, it } from 'vitest';
import { MINOR_ROADS_FROM_ZOOM, roadsAtZoom } from '../../../src/domain/display/roads-at-zoom';
import type { Road } from '../../../src/domain/model/types';

const road = (id: string, cls: Road['class']): Road => ({ id, name: id, class: cls, coordinates: [[107, 12], [107.1, 12.1]] });

describe('roadsAtZoom', () => {
  const roads = [road('a', 'main'), road('b', 'minor'), road('c', 'main')];

  it('draws only main roads below the threshold and every road from it on', () => {
    expect(roadsAtZoom(roads, MINOR_ROADS_FROM_ZOOM - 0.5).map((r) => r.id)).toEqual(['a', 'c']);
    expect(roadsAtZoom(roads, MINOR_ROADS_FROM_ZOOM)).toBe(roads);
  });

  it('gives the same array for the same roads, so the map keeps its simplified and uploaded paths', () => {
    expect(roadsAtZoom(roads, 8)).toBe(roadsAtZoom(roads, 9.5));
    expect(roadsAtZoom([...roads], 8)).not.toBe(roadsAtZoom(roads, 8));
  });
});
