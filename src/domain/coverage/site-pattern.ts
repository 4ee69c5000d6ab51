/**
 * The horizontal side of a site's antenna pattern: per sector, its tilt group, azimuth bucket and the shared
 * gain table of its beamwidth (by bearing offset bucket). Nothing per site is tabulated, so memory stays flat
 * for country-sized site lists. Sectors sharing a downtilt share a vertical table (the tilt group); the band
 * does not enter the pattern, so every technology of the site reuses it.
 */
import type { Sector } from '../model/types';
import { BEARING_BUCKETS, BEARING_MASK, bearingBucketOfDeg, type FootprintLuts } from './footprint-luts';

/** Gain table of an isotropic antenna (azimuth unknown or beam ≥ 360°). */
const ISOTROPIC = new Float32Array(BEARING_BUCKETS);

export interface SitePattern {
  /** Downtilt of each group, or null when the site has no sector (isotropic: no vertical pattern either). */
  tilts: (number | null)[];
  /** Per sector: index into `tilts`. */
  sectorGroup: Int32Array;
  /** The first sector's azimuth as a bearing bucket. */
  az0: number;
  /** Per sector: its azimuth bucket minus az0 (mod the buckets); interned, as rotated patterns share it. */
  sectorOffset: Int32Array;
  /** Per sector: horizontal gain (dB ≤ 0) by bearing offset bucket from the azimuth. */
  sectorTables: Float32Array[];
  /** The pattern up to a rotation (relative azimuths, beamwidths, groups): sites with equal keys share a SectorPick. */
  pickKey: string;
}

export function sitePattern(sectors: readonly Sector[], luts: FootprintLuts): SitePattern {
  if (sectors.length === 0) {
    return { tilts: [null], sectorGroup: new Int32Array(1), az0: 0, sectorOffset: new Int32Array(1), sectorTables: [ISOTROPIC], pickKey: 'iso' };
  }
  const tilts = [...new Set(sectors.map((s) => s.downtiltDeg))];
  const isotropic = (s: Sector): boolean => s.azimuthDeg === null || !(s.beamwidthDeg > 0) || s.beamwidthDeg >= 360;
  const groups = sectors.map((s) => tilts.indexOf(s.downtiltDeg));
  // Interned: a country of three-sector sites has a handful of group lists, not one typed array per site.
  const sectorGroup = luts.memo(`groups|${groups.join()}`, () => Int32Array.from(groups));
  const azimuths = sectors.map((s) => (s.azimuthDeg === null ? 0 : bearingBucketOfDeg(s.azimuthDeg)));
  const az0 = azimuths[0] ?? 0;
  const offsets = azimuths.map((az) => (az - az0) & BEARING_MASK);
  const pickKey = sectors.map((s, i) => `${offsets[i] ?? 0}:${isotropic(s) ? 'iso' : s.beamwidthDeg}:${sectorGroup[i] ?? 0}`).join();
  const beams = sectors.map((s) => (isotropic(s) ? 'iso' : s.beamwidthDeg));
  return {
    tilts, sectorGroup, az0,
    sectorOffset: luts.memo(`offsets|${offsets.join()}`, () => Int32Array.from(offsets)),
    pickKey,
    sectorTables: luts.memo(`tables|${beams.join()}`, () => beams.map((b) => (b === 'iso' ? ISOTROPIC : luts.horizontalTable(b)))),
  };
}
