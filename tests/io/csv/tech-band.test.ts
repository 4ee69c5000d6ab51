import { describe, expect, it } from 'vitest';
import type { CodedText } from '../../../src/io/csv/issue-codes';
import { csvEn as issueTextEn } from '../../helpers/reason-en';
import { parseBands, parseTechs, rowRadios } from '../../../src/io/csv/tech-band';

describe('parseTechs', () => {
  it.each([
    ['4G', [['4G', null]]],
    ['LTE', [['4G', null]]],
    ['LTE1800', [['4G', 1800]]],
    ['5G NR', [['5G', null]]],
    ['NR3500', [['5G', 3500]]],
    ['2G/3G/4G', [['2G', null], ['3G', null], ['4G', null]]],
    ['GSM900 + U2100', [['2G', 900], ['3G', 2100]]],
    ['4G LTE, 5G', [['4G', null], ['5G', null]]],
    ['L1800/L2600', [['4G', 1800], ['4G', 2600]]],
    ['G900/D1800', [['2G', 900], ['2G', 1800]]],
    ['L700', [['4G', 700]]],
    ['U900', [['3G', 900]]],
    ['N3500', [['5G', 3500]]],
  ] as const)('reads %j', (text, expected) => {
    const read = parseTechs(text);
    expect(read.unknown).toEqual([]);
    expect(read.techs.map((t) => [t.tech, t.bandMHz])).toEqual(expected);
  });

  it('lists words that are no technology, and does not read a bare "L" as LTE', () => {
    expect(parseTechs('6G/L/4G')).toEqual({ techs: [{ tech: '4G', bandMHz: null }], unknown: ['6G', 'L'] });
    expect(parseTechs('D').unknown).toEqual(['D']);
  });
});

describe('parseBands', () => {
  it('reads MHz, GHz, 3GPP band names and lists', () => {
    expect(parseBands('900/1800/2100').bands).toEqual([900, 1800, 2100]);
    expect(parseBands('900,1800').bands).toEqual([900, 1800]);
    expect(parseBands('3.5 GHz').bands).toEqual([3500]);
    expect(parseBands('3,5GHz').bands).toEqual([3500]);
    expect(parseBands('B3; n78').bands).toEqual([1800, 3500]);
    expect(parseBands('1800 MHz').bands).toEqual([1800]);
    expect(parseBands('abc').unknown).toEqual(['ABC']);
  });

  it('reads band numbers written with a space or the word "band"', () => {
    expect(parseBands('band 7')).toEqual({ bands: [2600], unknown: [] });
    expect(parseBands('Band 3')).toEqual({ bands: [1800], unknown: [] });
    expect(parseBands('B 3')).toEqual({ bands: [1800], unknown: [] });
    expect(parseBands('B3/band 28')).toEqual({ bands: [1800, 700], unknown: [] });
    expect(parseBands('n 78')).toEqual({ bands: [3500], unknown: [] });
    expect(parseBands('Band 1800')).toEqual({ bands: [1800], unknown: [] });
  });
});

describe('rowRadios', () => {
  it('keeps glued bands and pairs bare technologies with the band column', () => {
    const notes: CodedText[] = [];
    const radios = rowRadios(parseTechs('2G/3G/4G').techs, [900, 2100, 1800], notes);
    expect(radios).toEqual([{ tech: '2G', bandMHz: 900 }, { tech: '3G', bandMHz: 2100 }, { tech: '4G', bandMHz: 1800 }]);
    expect(rowRadios(parseTechs('LTE1800/5G').techs, [3500], notes)).toEqual([{ tech: '4G', bandMHz: 1800 }, { tech: '5G', bandMHz: 3500 }]);
    expect(notes).toEqual([]);
  });

  it('assumes 4G for a band without a technology, saying so', () => {
    const notes: CodedText[] = [];
    expect(rowRadios([], [2600], notes)).toEqual([{ tech: '4G', bandMHz: 2600 }]);
    expect(notes).toEqual([{ code: 'bandNoTech', params: { bands: '2600' } }]);
    expect(notes.map(issueTextEn)).toEqual(['no technology for band 2600 MHz; assumed 4G']);
  });

  it('reports a band no bare technology can use as a coded warning', () => {
    const notes: CodedText[] = [];
    expect(rowRadios(parseTechs('2G/4G').techs, [900, 1800, 3500], notes)).toHaveLength(2);
    expect(notes).toEqual([{ code: 'bandFitsNone', params: { band: '3500', techs: '2G, 4G' } }]);
  });
});
