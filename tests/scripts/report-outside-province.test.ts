import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../scripts/report/load';

const dir = mkdtempSync(join(tmpdir(), 'report-outside-'));

describe('npm run report names the CSV lines of sites outside the province', () => {
  it('as errors saying how far and where, and applies a sign fix that lands inside', async () => {
    const path = join(dir, 'q3.csv');
    writeFileSync(path, [
      'id,lat,lon,tech,azimuth,height',
      'GIA,12.0,107.69,4G,0,30', // line 2: Gia Nghĩa, inside the demo province
      'SEA,12.5,110.5,4G,0,30', // line 3: East Sea
      'PNH,11.56,104.92,4G,0,30', // line 4: Phnom Penh
      'BMT,12.67,108.04,4G,0,30', // line 5: Buôn Ma Thuột
      'SIGN,12.05,-107.75,4G,0,30', // line 6: lost minus sign
    ].join('\n'));
    const loaded = await loadInputs({ sites: path });
    expect(loaded.dataset.sites.map((s) => [s.id, s.lon])).toEqual([['GIA', 107.69], ['SIGN', 107.75]]);
    const of = (line: number) => loaded.issues.find((i) => i.file === path && 'line' in i && i.line === line);
    expect(of(3)).toMatchObject({ severity: 'error', reason: expect.stringMatching(/km outside the province boundary, at sea; row not imported/) });
    expect(of(4)).toMatchObject({ severity: 'error', reason: expect.stringMatching(/outside Vietnam \(Cambodia\)/) });
    expect(of(5)).toMatchObject({ severity: 'error', reason: expect.stringMatching(/10\.\d km outside the province boundary, elsewhere in Vietnam/) });
    expect(of(6)).toMatchObject({ severity: 'warning', reason: expect.stringMatching(/longitude has the wrong sign: read as 12\.05000, 107\.75000, inside the province/) });
  }, 60_000);
});
