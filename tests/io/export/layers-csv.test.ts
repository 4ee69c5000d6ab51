import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { importSitesCsv } from '../../../src/io/csv/import-sites-csv';
import { SITE_CSV_HEADER, sitesToCsv, unitsToCsv, villagesToCsv } from '../../../src/io/export/layers-csv';
import { FIGURES, SITES, UNITS, VILLAGES } from './sample-data';

function parse(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('sitesToCsv', () => {
  const text = sitesToCsv(SITES);
  const rows = parse(text);

  it('writes the stable header and one row per sector × radio', () => {
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(SITE_CSV_HEADER.join(','));
    expect(rows).toHaveLength(3 * 2 + 1);
    expect(rows.filter((r) => r.site_id === 'DNG101').map((r) => `${r.tech}@${r.band_mhz}/${r.azimuth}`)).toEqual([
      '4G@1800/0', '5G@3500/0', '4G@1800/120', '5G@3500/120', '4G@1800/240', '5G@3500/240',
    ]);
  });

  it('writes numbers with a "." decimal and omni sectors as "omni"; negative tilts stay numbers', () => {
    const first = rows[0];
    expect(first).toMatchObject({ lat: '12.0031234', lon: '107.6912345', height_m: '42.5', beamwidth: '65', tilt: '4', proposed: 'false' });
    expect(rows[2]?.tilt).toBe('-2');
    expect(rows[6]).toMatchObject({ azimuth: 'omni', beamwidth: '360', proposed: 'true' });
  });

  it('keeps a site\'s power offset through export and import; a bad offset is reported by line and read as 0 dB', () => {
    const boosted = SITES.map((s, i) => (i === 0 ? { ...s, powerOffsetDb: -6.5 } : s));
    const text = sitesToCsv(boosted);
    const back = importSitesCsv(new TextEncoder().encode(text), { fileName: 'sites.csv' }).result.items;
    expect(back.map((s) => s.powerOffsetDb ?? 0)).toEqual([-6.5, 0]);
    const broken = text.replace(/,-6\.5,,\r\n/g, ',loud,,\r\n');
    const again = importSitesCsv(new TextEncoder().encode(broken), { fileName: 'sites.csv' }).result;
    const issue = again.issues.find((i) => i.code === 'powerOffsetBad');
    expect(issue).toMatchObject({ line: 2, column: 'power_offset_db', value: 'loud', severity: 'warning' });
    expect(again.items[0]?.powerOffsetDb).toBeUndefined();
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(rows[6]?.name).toBe("'+Quảng Thành");
  });

  it('reads back names guarded behind invisible or fullwidth signs as they were', () => {
    const names = ['\u200B=Quảng Thành', '\uFF1DĐắk Nia', ' @Gia Nghĩa'];
    const text = sitesToCsv(SITES.map((s, i) => ({ ...s, name: names[i] ?? s.name })));
    const back = importSitesCsv(new TextEncoder().encode(text), { fileName: 'sites.csv' }).result.items;
    expect(back.map((s) => s.name)).toEqual(names.slice(0, SITES.length));
  });

  it('reimports through the site CSV importer as the same sites: proposed, sectors, radios, guarded names', () => {
    const imported = importSitesCsv(new TextEncoder().encode(sitesToCsv(SITES)), { fileName: 'sites.csv' });
    expect(imported.result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(imported.mapping.proposed).toBe('proposed');
    expect(imported.mapping.powerOffset).toBe('power_offset_db');
    const items = imported.result.items;
    expect(items.map((s) => s.id)).toEqual(['DNG101', 'DNG102']);
    expect(items.map((s) => s.proposed)).toEqual([false, true]);
    // written as "'+Quảng Thành" (formula guard), read back as the name it was
    expect(items[1]?.name).toBe('+Quảng Thành');
    for (const site of SITES) {
      const back = items.find((s) => s.id === site.id);
      expect(back).toMatchObject({ name: site.name, carrier: site.carrier, heightM: site.heightM, sectors: site.sectors, radios: site.radios, proposed: site.proposed });
      expect(back?.powerOffsetDb ?? 0).toBe(site.powerOffsetDb ?? 0);
      expect(back?.lon).toBeCloseTo(site.lon, 7);
      expect(back?.lat).toBeCloseTo(site.lat, 7);
    }
  });
});

describe('unitsToCsv / villagesToCsv', () => {
  it('quotes names holding commas or quotes and guards a leading "="', () => {
    const rows = parse(unitsToCsv(UNITS));
    expect(rows.map((r) => r.name)).toEqual(['Phường Nghĩa Đức', '\'=Xã "Đắk" Nia, mới']);
    expect(rows[0]).toEqual({ code: '24616', name: 'Phường Nghĩa Đức', type: 'Phường', district: 'Thành phố Gia Nghĩa', population: '12873', clutter: 'urban' });
  });

  it('appends figure columns; a unit without figures gets blanks', () => {
    const rows = parse(unitsToCsv(UNITS, FIGURES));
    expect(rows[0]).toMatchObject({ area_km2: '30.123', pct_area_4g: '87.65', pct_villages_4g: '100', sites_mobi_fone_4g: '1', sites_viettel_4g: '2', ftth_reached: 'true', fibre_km_unknown: '0.5' });
    expect(rows[1]).toMatchObject({ code: '24620', area_km2: '', pct_area_4g: '', sites_viettel_4g: '' });
  });

  it('writes villages with their point and figures', () => {
    const rows = parse(villagesToCsv(VILLAGES, FIGURES));
    expect(rows[1]).toMatchObject({ id: 'V2', name: 'Bon Bu Prăng', unit_code: '24620', population: '340', lon: '107.6612345', lat: '12.0087654', best_dbm_4g: '', covered_4g: 'false' });
    expect(rows[0]).toMatchObject({ best_dbm_4g: '-92.3', serving_site_4g: 'DNG101', covered_share_4g: '0.8765', fibre_distance_m: '1234.6' });
  });

  it('uses CRLF line ends and writes just the header for no items', () => {
    expect(villagesToCsv([])).toBe('\uFEFFid,name,unit_code,population,lon,lat\r\n');
  });
});
