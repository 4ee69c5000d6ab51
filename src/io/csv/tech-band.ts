import type { Radio, Technology } from '../../domain/model/types';
import { DEFAULT_BAND } from '../../domain/model/site-rules';
import { pairRadios } from '../geojson/site-radios';
import { coded, type CodedText } from './issue-codes';
import { parseCsvNumber } from './numbers';
import { own } from '../../domain/model/dict';

/** Technology words as carriers write them, with an optional band glued on: "LTE1800", "NR3500", "GSM900", "U2100", "D1800" (DCS). */
const TECH_PATTERNS: readonly [RegExp, Technology][] = [
  [/^(2G|GSM|DCS|G|D)(\d{3,4})?$/, '2G'],
  [/^(3G|UMTS|WCDMA|HSPA\+?|U)(\d{3,4})?$/, '3G'],
  [/^(4G|LTE|4GLTE|LTEA|LTE-A|LTEADVANCED|L)(\d{3,4})?$/, '4G'],
  [/^(5G|NR|5GNR|5GSA|5GNSA|N)(\d{3,4})?$/, '5G'],
];
/** Single letters are only technologies with a band: "L1800" is 4G, a bare "L" is not. */
const NEEDS_BAND = new Set(['G', 'D', 'U', 'L', 'N']);

/** 3GPP band numbers used in Vietnam → MHz. */
const BAND_NUMBERS: Readonly<Record<string, number>> = {
  B1: 2100, B3: 1800, B7: 2600, B8: 900, B28: 700, B40: 2300, B41: 2600,
  N1: 2100, N3: 1800, N28: 700, N41: 2600, N77: 3700, N78: 3500, N79: 4900,
};

export interface TechToken {
  tech: Technology;
  bandMHz: number | null;
}

/** "2G/3G/4G", "4G LTE", "5G NR", "LTE1800 + NR3500": technologies with any glued band, and the unknown words. */
export function parseTechs(raw: string): { techs: TechToken[]; unknown: string[] } {
  const techs: TechToken[] = [];
  const unknown: string[] = [];
  const tokens = raw.toUpperCase().split(/[/,;+&|]|\s+-\s+/).map((t) => t.replace(/[\s_]+/g, '')).filter((t) => t !== '');
  for (const token of tokens) {
    let found: TechToken | null = null;
    for (const [pattern, tech] of TECH_PATTERNS) {
      const m = pattern.exec(token);
      if (!m || (NEEDS_BAND.has(m[1] ?? '') && m[2] === undefined)) continue;
      found = { tech, bandMHz: m[2] === undefined ? null : Number(m[2]) };
      break;
    }
    if (found) {
      if (!techs.some((t) => t.tech === found.tech && t.bandMHz === found.bandMHz)) techs.push(found);
    } else unknown.push(token);
  }
  return { techs, unknown };
}

/** "Band 7", "band 3", "B 3", "n 78" → "B7", "B3", "B3", "N78"; "band 1800" → "1800" (already MHz). */
function joinBandNumbers(text: string): string {
  return text
    .replace(/\bBAND\s*(\d{1,2})(?!\d)/g, 'B$1')
    .replace(/\bBAND\s*(?=\d)/g, '')
    .replace(/\b([BN])\s+(\d{1,2})(?!\d)/g, '$1$2');
}

/** "1800/2100", "3.5 GHz", "B3", "band 7", "n78", "900MHz": bands in MHz, and the tokens that are not bands. */
export function parseBands(raw: string): { bands: number[]; unknown: string[] } {
  const bands: number[] = [];
  const unknown: string[] = [];
  // a comma is a list separator here ("900,1800") except as the decimal mark of GHz ("3,5 GHz")
  const text = joinBandNumbers(raw.toUpperCase().replace(/(\d),(\d+\s*GHZ)/g, '$1.$2'));
  for (const token of text.split(/[/;+&|,]|\s+(?=\d)/).map((t) => t.trim()).filter((t) => t !== '')) {
    const compact = token.replace(/\s+/g, '');
    const named = own(BAND_NUMBERS, compact);
    const ghz = /GHZ$/.test(compact);
    const value = named ?? parseCsvNumber(compact.replace(/[GM]HZ$/, ''));
    if (value === undefined) unknown.push(token);
    else bands.push(named !== undefined ? named : ghz || value < 10 ? Math.round(value * 1000) : value);
  }
  return { bands, unknown };
}

/** Radios of one row: bands glued to technologies win; other technologies pair with the band column's values. */
export function rowRadios(techs: readonly TechToken[], bands: readonly number[], warnings: CodedText[]): Radio[] {
  const radios: Radio[] = techs.filter((t) => t.bandMHz !== null).map((t) => ({ tech: t.tech, bandMHz: t.bandMHz ?? DEFAULT_BAND[t.tech] }));
  const bare = techs.filter((t) => t.bandMHz === null).map((t) => t.tech);
  const unfit = (techList: readonly Technology[]) => (band: number) => warnings.push(coded('bandFitsNone', { band: String(band), techs: techList.join(', ') }));
  if (bare.length > 0) radios.push(...pairRadios(bare, bands, unfit(bare)));
  else if (radios.length === 0 && bands.length > 0) {
    warnings.push(coded('bandNoTech', { bands: bands.join('/') }));
    radios.push(...pairRadios(['4G'], bands, unfit(['4G'])));
  }
  return radios;
}
