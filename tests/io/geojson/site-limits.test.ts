import { describe, it, expect } from 'vitest';
import { readSites } from '../../../src/io/geojson';
import { quoteNonFiniteLiterals } from '../../../src/io/geojson/json-errors';
import { reasonEn } from '../../helpers/reason-en';

const feature = (props: Record<string, unknown>, lon = 107.5): unknown => ({
  type: 'Feature', properties: { carrier: 'Viettel', tech: '4G', ...props }, geometry: { type: 'Point', coordinates: [lon, 12.3] },
});

describe('site limits found by fuzzing', () => {
  it('rejects beamwidths and tilts no antenna has, naming them', () => {
    const r = readSites([feature({ id: 'A', azimuth: '0', beamwidth: '1e308' }), feature({ id: 'B', azimuth: '0', tilt: '-1e308' })], 's.geojson');
    expect(r.items).toHaveLength(0);
    expect(r.issues.map((i) => reasonEn(i))).toEqual([
      'feature 0: rejected: beamwidth 1e+308 must be within (0, 360] degrees',
      'feature 1: rejected: tilt -1e+308 must be within [-90, 90] degrees',
    ]);
  });

  it('rejects antenna heights above 1000 m', () => {
    const r = readSites([feature({ id: 'A', height_m: 3000 })], 's.geojson');
    expect(r.items).toHaveLength(0);
    expect(reasonEn(r.issues[0])).toMatch(/height_m 3000 exceeds 1000 m/);
  });

  it('keeps sites with a repeated id under a new unique id, with a warning', () => {
    const r = readSites([feature({ id: 'S' }), feature({ id: 'S' }, 107.6), feature({ id: 'S-2' }, 107.7)], 's.geojson');
    expect(r.items.map((s) => s.id)).toEqual(['S', 'S-3', 'S-2']);
    expect(r.items.map((s) => s.lon)).toEqual([107.5, 107.6, 107.7]);
    expect(r.issues.filter((i) => i.severity === 'warning' && /duplicate site id "S"/.test(reasonEn(i)))).toHaveLength(1);
  });
});

describe('quoteNonFiniteLiterals', () => {
  it('quotes bare literals outside strings only', () => {
    expect(quoteNonFiniteLiterals('[NaN,-Infinity,"NaN \\" Infinity",Infinity]')).toBe('["NaN","-Infinity","NaN \\" Infinity","Infinity"]');
  });

  it('returns null when there is nothing to quote, even inside strings', () => {
    expect(quoteNonFiniteLiterals('{"a":"NaN"}')).toBeNull();
    expect(quoteNonFiniteLiterals('[1,2]')).toBeNull();
  });
});
