/** Issue 17: a carrier's per-cell rows keep each cell's id and PCI with its sector, and the site CSV export writes them back. */
import { describe, expect, it } from 'vitest';
import { importSitesCsv } from '../../../src/io/csv/import-sites-csv';
import { sitesToCsv } from '../../../src/io/export/layers-csv';
import { reasonEn } from '../../helpers/reason-en';

const FILE = [
  'Site ID;Cell Name;PCI;Lat;Lon;Tech;Band;Azimuth;Tilt;Height',
  'DNG001;DNG001_L18_1;101;12.0;107.69;LTE;1800;0;4;30',
  'DNG001;DNG001_L21_1;102;12.0;107.69;LTE;2100;0;4;30',
  'DNG001;DNG001_L18_2;104;12.0;107.69;LTE;1800;120;4;30',
  'DNG001;DNG001_L21_2;2000;12.0;107.69;LTE;2100;120;4;30',
  'DNG002;DNG002_1;;12.1;107.7;LTE;1800;90;4;30',
].join('\n');

const read = (text: string) => importSitesCsv(new TextEncoder().encode(text), { fileName: 'cells.csv' });

describe('cell id and PCI columns', () => {
  const r = read(FILE);

  it('are guessed from their headers and kept with the sector of each cell', () => {
    expect([r.mapping.cellId, r.mapping.pci]).toEqual(['Cell Name', 'PCI']);
    const [a, b] = r.result.items;
    expect(a?.sectors.map((s) => [s.azimuthDeg, s.cells])).toEqual([
      [0, [{ id: 'DNG001_L18_1', pci: 101, tech: '4G', bandMHz: 1800 }, { id: 'DNG001_L21_1', pci: 102, tech: '4G', bandMHz: 2100 }]],
      [120, [{ id: 'DNG001_L18_2', pci: 104, tech: '4G', bandMHz: 1800 }, { id: 'DNG001_L21_2', tech: '4G', bandMHz: 2100 }]],
    ]);
    expect(b?.sectors[0]?.cells).toEqual([{ id: 'DNG002_1', tech: '4G', bandMHz: 1800 }]);
  });

  it('a PCI outside 0-1007 is a warning on its line and left out', () => {
    const bad = r.result.issues.filter((i) => i.code === 'pciBad');
    expect(bad.map((i) => [i.line, i.column, i.value, i.severity])).toEqual([[5, 'PCI', '2000', 'warning']]);
    expect(reasonEn(bad[0])).toBe('PCI "2000" is not a whole number in 0..1007; ignored');
  });

  it('are written back by the site CSV export on the row of the cell\'s band, and read back the same', () => {
    const exported = sitesToCsv(r.result.items);
    const lines = exported.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]?.endsWith(',cell_id,pci')).toBe(true);
    expect(lines.filter((l) => l.startsWith('DNG001,')).map((l) => l.split(',').slice(-2).join(' '))).toEqual([
      'DNG001_L18_1 101', 'DNG001_L21_1 102', 'DNG001_L18_2 104', 'DNG001_L21_2 ',
    ]);
    const back = read(exported);
    expect(back.result.items.map((s) => s.sectors)).toEqual(r.result.items.map((s) => s.sectors));
    expect(sitesToCsv(back.result.items)).toBe(exported);
  });
});
