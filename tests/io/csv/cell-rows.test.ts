/**
 * Issue 17, second round: every cell of a carrier's file keeps its band, tilt, azimuth, PCI and id — on rows listing
 * several azimuths, on omni cells beside directional ones, two cells of one band on one sector — and the site CSV
 * export writes every cell back, so import → export → import gives the same cells.
 */
import { describe, expect, it } from 'vitest';
import { importSitesCsv } from '../../../src/io/csv/import-sites-csv';
import { sitesToCsv } from '../../../src/io/export/layers-csv';
import { reasonEn } from '../../helpers/reason-en';

const HEADER = 'Site ID;Cell Name;PCI;Lat;Lon;Tech;Band;Azimuth;Tilt;Height';
const read = (lines: readonly string[]) =>
  importSitesCsv(new TextEncoder().encode([HEADER, ...lines].join('\n')), { fileName: 'cells.csv' }).result;
const readText = (text: string) => importSitesCsv(new TextEncoder().encode(text), { fileName: 'export.csv' }).result;

const FILE = [
  // one row, three sectors: ids, PCIs and tilts listed in azimuth order
  'MULTI;M_1/M_2/M_3;11/12/13;12.0;107.69;LTE;1800;0/120/240;2/4/6;30',
  // an omni 2G cell beside directional 4G cells
  'OMNI;O_G9;;12.01;107.7;GSM;900;omni;0;30',
  'OMNI;O_L18_1;21;12.01;107.7;LTE;1800;60;4;30',
  'OMNI;O_L18_2;22;12.01;107.7;LTE;1800;180;4;30',
  // two 1800 cells on one sector, and a 2100 cell with its own tilt on it
  'TWO;T_L18_1;31;12.02;107.71;LTE;1800;90;3;30',
  'TWO;T_L18_4;34;12.02;107.71;LTE;1800;90;3;30',
  'TWO;T_L21_1;35;12.02;107.71;LTE;2100;90;7;30',
];

describe('per-cell rows keep every cell', () => {
  const r = read(FILE);
  const site = (id: string) => r.items.find((s) => s.id === id);

  it('reads no error', () => {
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => reasonEn(i))).toEqual([]);
  });

  it('a row listing several azimuths gives each sector its cell id, PCI and tilt', () => {
    expect(site('MULTI')?.sectors).toEqual([
      { azimuthDeg: 0, beamwidthDeg: 65, downtiltDeg: 2, cells: [{ id: 'M_1', pci: 11, tech: '4G', bandMHz: 1800 }] },
      { azimuthDeg: 120, beamwidthDeg: 65, downtiltDeg: 4, cells: [{ id: 'M_2', pci: 12, tech: '4G', bandMHz: 1800 }] },
      { azimuthDeg: 240, beamwidthDeg: 65, downtiltDeg: 6, cells: [{ id: 'M_3', pci: 13, tech: '4G', bandMHz: 1800 }] },
    ]);
  });

  it('an omni cell beside directional cells keeps its omni sector', () => {
    expect(site('OMNI')?.sectors.map((s) => [s.azimuthDeg, s.cells?.map((c) => `${c.id} ${c.tech ?? ''}${c.bandMHz ?? ''}`)])).toEqual([
      [null, ['O_G9 2G900']], [60, ['O_L18_1 4G1800']], [180, ['O_L18_2 4G1800']],
    ]);
  });

  it('two cells of one band on a sector are both kept, and a cell whose tilt differs from its sector keeps it', () => {
    expect(site('TWO')?.sectors).toEqual([{
      azimuthDeg: 90, beamwidthDeg: 65, downtiltDeg: 3,
      cells: [
        { id: 'T_L18_1', pci: 31, tech: '4G', bandMHz: 1800 },
        { id: 'T_L18_4', pci: 34, tech: '4G', bandMHz: 1800 },
        { id: 'T_L21_1', pci: 35, tech: '4G', bandMHz: 2100, downtiltDeg: 7 },
      ],
    }]);
  });

  it('the site CSV export writes every cell on its own row, and reading it back gives the same sites', () => {
    const exported = sitesToCsv(r.items);
    const rows = exported.replace(/^\uFEFF/, '').split('\r\n').slice(1).map((l) => l.split(','));
    const cellIds = rows.map((c) => c[13] ?? '').filter((id) => id !== '');
    expect(cellIds.sort()).toEqual(['M_1', 'M_2', 'M_3', 'O_G9', 'O_L18_1', 'O_L18_2', 'T_L18_1', 'T_L18_4', 'T_L21_1']);
    const t21 = rows.find((c) => c[13] === 'T_L21_1');
    expect([t21?.[7], t21?.[8], t21?.[10]]).toEqual(['2100', '90', '7']);
    const back = readText(exported);
    expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(back.items.map(({ id, sectors }) => ({ id, sectors }))).toEqual(r.items.map(({ id, sectors }) => ({ id, sectors })));
    expect(sitesToCsv(back.items)).toBe(exported);
  });

  it('a row whose cell ids do not match its azimuths in number says so on its line and keeps no id', () => {
    const bad = read(['BAD;B_1/B_2;;12.0;107.69;LTE;1800;0/120/240;4;30']);
    const issue = bad.issues.find((i) => i.code === 'cellListCount');
    expect([issue?.line, issue?.severity, issue?.column]).toEqual([2, 'warning', 'Cell Name']);
    expect(reasonEn(issue)).toBe('2 cell ids for 3 azimuths; cell ids of this row not kept');
    expect(bad.items[0]?.sectors.map((s) => s.cells)).toEqual([undefined, undefined, undefined]);
  });

  it('without cell ids, a later row of a sector whose tilt differs says so on its line instead of losing it quietly', () => {
    const text = ['Site ID;Lat;Lon;Tech;Band;Azimuth;Tilt;Height', 'NOID;12.0;107.69;LTE;1800;0;4;30', 'NOID;12.0;107.69;LTE;2100;0;7;30'].join('\n');
    const r = importSitesCsv(new TextEncoder().encode(text), { fileName: 'noid.csv' }).result;
    expect(r.items[0]?.sectors).toEqual([{ azimuthDeg: 0, beamwidthDeg: 65, downtiltDeg: 4 }]);
    const w = r.issues.filter((i) => i.code === 'sectorShapeDiffers');
    expect(w.map((i) => [i.line, i.severity, i.column, i.value])).toEqual([[3, 'warning', 'Tilt', '7']]);
    expect(reasonEn(w[0])).toBe("site NOID, sector 0°: tilt 7° and beamwidth 65° differ from line 2 (4°, 65°); kept line 2's (a cell id column keeps each cell's own)");
    // with cell ids the same rows keep each cell's tilt, and nothing is said
    expect(read(FILE).issues.filter((i) => i.code === 'sectorShapeDiffers')).toEqual([]);
  });
});
