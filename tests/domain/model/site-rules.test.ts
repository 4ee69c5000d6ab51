import { describe, expect, it } from 'vitest';
import { siteInputChecks } from '../../../src/domain/coverage/input-checks';
import { validateRadioParams } from '../../../src/domain/radio/validate';
import { SITE_LIMITS, checkSiteValue, type SiteLimitField } from '../../../src/domain/model/site-rules';
import type { Site } from '../../../src/domain/model/types';
import { guessMapping } from '../../../src/io/csv/mapping';
import { readSitesFromRows } from '../../../src/io/csv/read-sites';
import { readSites } from '../../../src/io/geojson';
import { checkSite } from '../../../src/io/store/validate-dataset';
import { Checker } from '../../../src/io/store/validate-kit';

type Reader = (field: SiteLimitField, value: number) => Site | null;

const SECTOR = { azimuthDeg: 0, beamwidthDeg: 65, downtiltDeg: 4 };
const SITE: Site = {
  id: 'A', name: 'A', carrier: 'Viettel', lon: 107.6, lat: 12.1, heightM: 30, proposed: false,
  sectors: [SECTOR], radios: [{ tech: '4G', bandMHz: 1800 }],
};

function withValue(field: SiteLimitField, value: number): Site {
  if (field === 'heightM' || field === 'powerOffsetDb') return { ...SITE, [field]: value };
  return { ...SITE, sectors: [{ ...SECTOR, [field]: value }] };
}

const valueOf = (site: Site, field: SiteLimitField): number | null | undefined =>
  field === 'heightM' || field === 'powerOffsetDb' ? site[field] : site.sectors[0]?.[field];

const CSV_COLUMN: Record<SiteLimitField, string> = {
  heightM: 'height', azimuthDeg: 'azimuth', beamwidthDeg: 'beamwidth', downtiltDeg: 'tilt', powerOffsetDb: 'power_offset_db',
};
const readCsv: Reader = (field, value) => {
  const headers = ['id', 'lat', 'lon', 'tech', 'band', 'azimuth', 'beamwidth', 'tilt', 'height', 'power_offset_db'];
  const cells = ['A', '12.1', '107.6', '4G', '1800', '0', '65', '4', '30', '1'];
  cells[headers.indexOf(CSV_COLUMN[field])] = String(value);
  const r = readSitesFromRows(headers, [{ line: 2, cells }], guessMapping(headers), { fileName: 't.csv', crs: 'wgs84' });
  return r.items[0] ?? null;
};

const GEOJSON_KEY: Partial<Record<SiteLimitField, string>> = { heightM: 'height_m', azimuthDeg: 'azimuth', beamwidthDeg: 'beamwidth', downtiltDeg: 'tilt' };
const readGeoJson: Reader = (field, value) => {
  const props = { id: 'A', carrier: 'Viettel', tech: '4G', azimuth: 0, [GEOJSON_KEY[field] ?? field]: value };
  return readSites([{ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [107.6, 12.1] } }], 's.geojson').items[0] ?? null;
};

/** Does each part take the value as it is (a reader: keep it on the site it reads)? */
const TAKES: Record<string, (field: SiteLimitField, value: number) => boolean> = {
  editor: (field, value) => checkSiteValue(field, value) === null,
  'CSV reader': (field, value) => { const s = readCsv(field, value); return s !== null && valueOf(s, field) === value; },
  'project validator': (field, value) => {
    const c = new Checker();
    checkSite(c, withValue(field, value), 'site');
    return c.errors.length === 0;
  },
  engine: (field, value) => siteInputChecks(withValue(field, value)).length === 0,
  'radio parameter checks': (field, value) => validateRadioParams({ [field]: value }).length === 0,
};
const GEOJSON_TAKES = (field: SiteLimitField, value: number): boolean => {
  const s = readGeoJson(field, value);
  return s !== null && valueOf(s, field) === value;
};

/**
 * Fields each part refuses out of range: the checks take any azimuth (the engine turns it), the CSV reader reads an
 * azimuth of "360" as omnidirectional (its refusals are tested below); GeoJSON has no power offset.
 */
const FIELDS: Record<string, SiteLimitField[]> = {
  editor: ['heightM', 'azimuthDeg', 'beamwidthDeg', 'downtiltDeg', 'powerOffsetDb'],
  'CSV reader': ['heightM', 'beamwidthDeg', 'downtiltDeg', 'powerOffsetDb'],
  'GeoJSON reader': ['heightM', 'azimuthDeg', 'beamwidthDeg', 'downtiltDeg'],
  'project validator': ['heightM', 'beamwidthDeg', 'downtiltDeg', 'powerOffsetDb'],
  engine: ['heightM', 'beamwidthDeg', 'downtiltDeg', 'powerOffsetDb'],
  'radio parameter checks': ['heightM', 'beamwidthDeg'],
};

const cases = Object.entries(FIELDS).flatMap(([part, fields]) => fields.map((field) => [part, field] as const));

describe('site rules: the editor, the readers, the project validator and the engine agree', () => {
  it.each(cases)('%s takes %s at its limits and refuses one past them', (part, field) => {
    const takes = TAKES[part] ?? GEOJSON_TAKES;
    const { min, max, aboveMin } = SITE_LIMITS[field];
    expect(takes(field, max)).toBe(true);
    expect(takes(field, max + 1)).toBe(false);
    expect(takes(field, min)).toBe(!aboveMin);
    expect(takes(field, aboveMin ? min + 0.5 : min - 1)).toBe(aboveMin);
  });

  it.each([['CSV reader', readCsv], ['GeoJSON reader', readGeoJson]] as const)('the %s refuses azimuths outside 0-360 instead of wrapping them', (_, read) => {
    for (const az of [-30, -1, 361, 400]) expect(read('azimuthDeg', az)).toBeNull();
  });
});
