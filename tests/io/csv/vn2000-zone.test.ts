import { pointOnFeature } from '@turf/turf';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { generateCommunes } from '../../../src/domain/demo/communes';
import { DAKNONG_FACTS } from '../../../src/domain/demo/daknong-facts';
import { importSitesCsv } from '../../../src/io/csv/import-sites-csv';
import type { CsvRowIssue } from '../../../src/io/csv/row-issue';
import { fitVn2000Zone, meridianText, zoneAreaOf, zoneCandidates } from '../../../src/io/csv/vn2000-zone';
import { reasonEn } from '../../helpers/reason-en';

const units = generateCommunes(DAKNONG_FACTS).units;
/** One known WGS84 position inside each of the demo's communes. */
const positions = units.map((u) => pointOnFeature(u.geometry).geometry.coordinates as [number, number]);

/** VN-2000 3° zone as the Decision 05/2007/QĐ-BTNMT seven parameters define it, written out here, not the app's. */
const zoneDef = (meridian: number) => `+proj=tmerc +lat_0=0 +lon_0=${meridian} +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 `
  + '+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 +units=m +no_defs';

/** A surveyor's file (X = northing) of the positions in the zone of `meridian`, one site per line. */
function vn2000Csv(meridian: number, points = positions): Uint8Array {
  const lines = points.map(([lon, lat], i) => {
    const [easting, northing] = proj4('WGS84', zoneDef(meridian), [lon, lat]) as [number, number];
    return `DNG${100 + i};${northing.toFixed(3)};${easting.toFixed(3)};30;0/120/240`;
  });
  return new TextEncoder().encode(['Mã trạm;Toạ độ X;Toạ độ Y;Độ cao;Góc phương vị', ...lines].join('\n'));
}

const zoneIssues = (issues: readonly CsvRowIssue[]) => issues.filter((i) => i.code.startsWith('zone') || i.code === 'noProvince');

describe('VN-2000 zone inferred from the loaded boundaries', () => {
  const demoArea = zoneAreaOf(units, 'Đắk Nông (demo)');

  it('names the demo province from the project name and starts at its meridian, then the neighbours', () => {
    expect(demoArea?.province).toBe('Đắk Nông');
    expect(zoneCandidates(108.5).slice(0, 5)).toEqual([108.5, 108.25, 108.75, 108, 109]);
    expect(meridianText(108.5)).toBe('108°30′');
    expect(meridianText(107.75)).toBe('107°45′');
    expect(meridianText(105)).toBe('105°');
  });

  it("reads a file in Đắk Nông's own zone (108°30′) without a province chosen, each site where proj4 put it", () => {
    const r = importSitesCsv(vn2000Csv(108.5), { fileName: 'q3.csv', zoneArea: demoArea });
    expect(r.result.stats).toMatchObject({ dataRows: positions.length, rejectedRows: 0, sites: positions.length, meridianDeg: 108.5 });
    r.result.items.forEach((site, i) => {
      expect(site.lon).toBeCloseTo(positions[i]?.[0] ?? NaN, 7);
      expect(site.lat).toBeCloseTo(positions[i]?.[1] ?? NaN, 7);
    });
    const said = zoneIssues(r.result.issues);
    expect(said).toHaveLength(1);
    expect(reasonEn(said[0])).toBe(
      `VN-2000 zone taken from the boundaries' province Đắk Nông: central meridian 108°30′ (${positions.length} of ${positions.length} points tried fall inside the boundaries)`,
    );
  });

  it('tries the neighbouring meridians when the points fall outside, and says which fitted', () => {
    for (const meridian of [108.25, 107.75]) {
      const r = importSitesCsv(vn2000Csv(meridian), { fileName: 'q3.csv', zoneArea: demoArea });
      expect(r.result.stats).toMatchObject({ rejectedRows: 0, sites: positions.length, meridianDeg: meridian });
      expect(r.result.items[0]?.lon).toBeCloseTo(positions[0]?.[0] ?? NaN, 7);
      const said = zoneIssues(r.result.issues);
      expect(said.map((i) => i.code)).toEqual(['zoneNeighbour']);
      expect(reasonEn(said[0])).toContain(`fit central meridian ${meridianText(meridian)}, not Đắk Nông's 108°30′`);
    }
  });

  it('searches from the boundaries’ middle when the project name gives no province', () => {
    const unnamed = zoneAreaOf(units, 'my project');
    expect(unnamed?.province).toBeNull();
    const r = importSitesCsv(vn2000Csv(108.5), { fileName: 'q3.csv', zoneArea: unnamed });
    expect(r.result.stats).toMatchObject({ rejectedRows: 0, meridianDeg: 108.5 });
    expect(zoneIssues(r.result.issues).map((i) => i.code)).toEqual(['zoneFromArea']);
  });

  it('a province chosen by the user is used as it is, with nothing inferred', () => {
    const r = importSitesCsv(vn2000Csv(108.25), { fileName: 'q3.csv', zoneArea: demoArea, province: 'Đắk Nông' });
    expect(r.result.stats.meridianDeg).toBe(108.5);
    expect(zoneIssues(r.result.issues)).toEqual([]);
  });

  it('points of another province: the named province’s zone is used with a warning; unnamed boundaries ask for the province', () => {
    const hanoi: [number, number][] = [[105.85, 21.03], [105.8, 21.0], [105.9, 21.1]];
    const named = importSitesCsv(vn2000Csv(105, hanoi), { fileName: 'hn.csv', zoneArea: demoArea });
    expect(zoneIssues(named.result.issues).map((i) => i.code)).toEqual(['zoneUnchecked']);
    expect(named.result.stats.meridianDeg).toBe(108.5);
    const unnamed = importSitesCsv(vn2000Csv(105, hanoi), { fileName: 'hn.csv', zoneArea: zoneAreaOf(units, '') });
    expect(zoneIssues(unnamed.result.issues).map((i) => i.code)).toEqual(['zoneNotFound']);
    expect(unnamed.result.stats).toMatchObject({ importedRows: 0, rejectedRows: 3 });
  });

  it('fits on a sample of a big file', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ easting: 430_000 + (i % 50) * 100, northing: 1_330_000 + Math.floor(i / 50) * 100 }));
    const fit = fitVn2000Zone(many, demoArea ?? { province: null, centreLon: 0, contains: () => false, metresOutside: () => Infinity });
    expect(fit?.sampled).toBe(200);
  });

  it('without boundaries an X/Y file still needs the province', () => {
    const r = importSitesCsv(vn2000Csv(108.5), { fileName: 'q3.csv' });
    expect(zoneIssues(r.result.issues).map((i) => i.code)).toEqual(['noProvince']);
  });
});
