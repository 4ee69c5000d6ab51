import { DEFAULT_BAND, IMPORT_DEFAULTS, SITE_LIMITS, USUAL_BANDS, withinLimit } from '../../domain/model/site-rules';
import type { Radio, Sector, Technology } from '../../domain/model/types';
import { layerText, nested, type LayerText } from '../layer-issues';
import { formatValue } from './issues';
import { normalizeKey, toList, toNumber } from './props';
import { own } from '../../domain/model/dict';

const TECH_WORDS: Record<string, Technology> = {
  '2g': '2G', gsm: '2G', '3g': '3G', umts: '3G', wcdma: '3G', hspa: '3G',
  '4g': '4G', lte: '4G', '4g_lte': '4G', '5g': '5G', nr: '5G', '5g_nr': '5G',
};

export function readTechs(value: unknown, warnings: LayerText[]): Technology[] {
  const techs: Technology[] = [];
  for (const token of toList(value)) {
    const tech = own(TECH_WORDS, normalizeKey(String(token)));
    if (tech) techs.push(tech);
    else warnings.push(layerText('techUnknown', { value: formatValue(token) }));
  }
  return techs;
}

export function readNumberList(value: unknown, what: LayerText, warnings: LayerText[]): number[] {
  const out: number[] = [];
  for (const token of toList(value)) {
    const n = toNumber(token);
    if (n === undefined) warnings.push(nested('listNotNumber', { value: formatValue(token) }, { what }));
    else out.push(n);
  }
  return out;
}

/**
 * Pairs technologies with bands. Equal counts pair in order; otherwise each technology takes the first unused band
 * it is usually deployed on (or its default band), and a left-over band goes to the newest listed technology that
 * uses it; a band none uses is passed to `unfit` (the CSV and GeoJSON readers word it in their own tables).
 */
export function pairRadios(techs: readonly Technology[], bands: readonly number[], unfit: (band: number) => void): Radio[] {
  if (bands.length === techs.length) return techs.map((tech, i) => ({ tech, bandMHz: bands[i] ?? DEFAULT_BAND[tech] }));
  const unused = [...bands];
  const radios: Radio[] = techs.map((tech) => {
    const at = unused.findIndex((b) => USUAL_BANDS[tech].includes(b));
    const bandMHz = at >= 0 ? (unused.splice(at, 1)[0] ?? DEFAULT_BAND[tech]) : DEFAULT_BAND[tech];
    return { tech, bandMHz };
  });
  for (const band of unused) {
    const tech = [...techs].reverse().find((t) => USUAL_BANDS[t].includes(band));
    if (tech) radios.push({ tech, bandMHz: band });
    else unfit(band);
  }
  return radios;
}

const OMNI_WORDS = new Set(['omni', 'o', 'none', '']);

/** Sectors from azimuths; beamwidth and tilt are one value for all or a list matching the azimuths. */
export function readSectors(azimuths: unknown, beamwidths: unknown, tilts: unknown, warnings: LayerText[]): Sector[] | LayerText {
  const azs: (number | null)[] = [];
  for (const token of toList(azimuths)) {
    const n = toNumber(token);
    if (n !== undefined) {
      if (!withinLimit('azimuthDeg', n)) return layerText('azimuthRange', { value: n, min: SITE_LIMITS.azimuthDeg.min, max: SITE_LIMITS.azimuthDeg.max });
      azs.push(n);
    } else if (OMNI_WORDS.has(normalizeKey(String(token)))) azs.push(null);
    else return layerText('azimuthNotNumber', { value: formatValue(token) });
  }
  if (azs.length === 0) azs.push(null);
  const bws = readNumberList(beamwidths, layerText('w_beamwidth'), warnings);
  const tls = readNumberList(tilts, layerText('w_tilt'), warnings);
  const badBeam = bws.find((b) => !withinLimit('beamwidthDeg', b));
  if (badBeam !== undefined) return layerText('beamwidthRange', { value: badBeam, min: SITE_LIMITS.beamwidthDeg.min, max: SITE_LIMITS.beamwidthDeg.max });
  const badTilt = tls.find((t) => !withinLimit('downtiltDeg', t));
  if (badTilt !== undefined) return layerText('tiltRange', { value: badTilt, min: SITE_LIMITS.downtiltDeg.min, max: SITE_LIMITS.downtiltDeg.max });
  return azs.map((azimuthDeg, i) => ({
    azimuthDeg,
    beamwidthDeg: bws[i] ?? bws[0] ?? (azimuthDeg === null ? IMPORT_DEFAULTS.omniBeamwidthDeg : IMPORT_DEFAULTS.beamwidthDeg),
    downtiltDeg: tls[i] ?? tls[0] ?? IMPORT_DEFAULTS.downtiltDeg,
  }));
}
