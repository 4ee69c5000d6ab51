import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../scripts/report/load';

const dir = mkdtempSync(join(tmpdir(), 'report-zone-'));
// Đắk Nông's 3° zone (central meridian 108°30′, Circular 973/2001/TT-TCĐC) with the Decision 05/2007 parameters
const DAK_NONG = '+proj=tmerc +lat_0=0 +lon_0=108.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 '
  + '+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 +units=m +no_defs';
/** Known positions in Gia Nghĩa, Đắk Mil, Krông Nô and Tuy Đức. */
const KNOWN: [string, number, number][] = [['GN1', 107.69, 12.0], ['DM1', 107.62, 12.44], ['KN1', 107.9, 12.37], ['TD1', 107.4, 12.15]];

describe('npm run report with a VN-2000 CSV and no profile', () => {
  it('reads the demo province in its zone, says so, and names a bad azimuth by line', async () => {
    const path = join(dir, 'vn2000.csv');
    const rows = KNOWN.map(([id, lon, lat], i) => {
      const [e, n] = proj4('WGS84', DAK_NONG, [lon, lat]) as [number, number];
      return `${id};${n.toFixed(3)};${e.toFixed(3)};4G;${i === 3 ? 400 : 120}`;
    });
    writeFileSync(path, ['Mã trạm;X;Y;Công nghệ;Góc phương vị', ...rows].join('\n'));
    const loaded = await loadInputs({ sites: path });
    const sites = loaded.dataset.sites;
    expect(sites.map((s) => s.id)).toEqual(['GN1', 'DM1', 'KN1']);
    sites.forEach((s, i) => {
      expect(s.lon).toBeCloseTo(KNOWN[i]?.[1] ?? NaN, 7);
      expect(s.lat).toBeCloseTo(KNOWN[i]?.[2] ?? NaN, 7);
    });
    const reasons = loaded.issues.map((i) => [i.severity, i.line, i.reason]);
    expect(reasons).toContainEqual([
      'warning', undefined, "VN-2000 zone taken from the boundaries' province Đắk Nông: central meridian 108°30′ (4 of 4 points tried fall inside the boundaries)",
    ]);
    expect(reasons.filter(([severity]) => severity === 'error').map(([, line]) => line)).toEqual([5]);
  }, 60_000);
});
