import { describe, expect, it } from 'vitest';
import { guessMeasureMapping, readMeasurementsCsv } from '../../../src/io/measure/read-measurements';

const AREA = [107.2, 11.7, 108.2, 12.9] as const;
const read = (text: string) => readMeasurementsCsv(text, { fileName: 'drive.csv', area: AREA });

describe('measurement CSV: band, EARFCN, PCI, cell id and indoor/outdoor', () => {
  it('guesses the optional columns from English and Vietnamese headers', () => {
    expect(guessMeasureMapping(['lat', 'lon', 'rsrp', 'Band', 'EARFCN', 'PCI', 'Cell ID', 'Indoor'])).toMatchObject({
      band: 'Band', earfcn: 'EARFCN', pci: 'PCI', cell: 'Cell ID', indoor: 'Indoor',
    });
    expect(guessMeasureMapping(['Vĩ độ', 'Kinh độ', 'Mức thu', 'Băng tần', 'Mã cell', 'Trong nhà'])).toMatchObject({
      band: 'Băng tần', cell: 'Mã cell', indoor: 'Trong nhà',
    });
  });

  it('keeps the band in MHz (from the band, else the EARFCN), the PCI, the cell id and whether indoors, per sample', () => {
    const text = [
      'lat,lon,rsrp,band,earfcn,pci,cell id,indoor',
      '12.1,107.5,-95,1800,,101,VTL-0063-2,outdoor',
      '12.2,107.5,-96,L1800,,102,VTL-0063-1,indoor',
      '12.3,107.5,-97,,1850,9999,,',
      '12.4,107.5,-98,,3500,,VTL-0064-1,trong nhà',
      '12.5,107.5,-99,,,,,no',
    ].join('\n');
    const set = read(text).set;
    expect(set?.count).toBe(5);
    expect([...(set?.bandMHz ?? [])]).toEqual([1800, 1800, 1800, 900, 0]);
    expect([...(set?.pci ?? [])]).toEqual([101, 102, -1, -1, -1]);
    expect(set?.cellIds).toEqual(['VTL-0063-2', 'VTL-0063-1', 'VTL-0064-1']);
    expect([...(set?.cell ?? [])]).toEqual([0, 1, -1, 2, -1]);
    expect([...(set?.indoor ?? [])]).toEqual([0, 1, 0, 1, 0]);
  });

  it('samples at one place and time from two cells are not duplicates', () => {
    const set = read(['lat,lon,rsrp,cell id', '12.1,107.5,-95,A-1', '12.1,107.5,-95,A-2', '12.1,107.5,-95,A-2'].join('\n')).set;
    expect(set?.count).toBe(2);
  });
});
