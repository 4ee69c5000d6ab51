import { whereInVietnam } from '../../domain/boundaries/vietnam-outline';
import { coded, type CodedText, type IssueParams } from './issue-codes';
import { positionFixes, type Cell, type Located, type LocatedWarning } from './location';
import type { CsvFix } from './row-issue';
import type { ZoneArea } from './vn2000-zone';

/** How far outside the province's boundary a site may lie, km, before it is an error. */
export const PROVINCE_MARGIN_KM = 5;

/** Sites are checked against the loaded boundaries. */
export interface ProvinceCheck {
  area: ZoneArea;
  /** Beyond this, km, a site outside the boundary is an error (default PROVINCE_MARGIN_KM). */
  marginKm: number;
  /** Lines the user keeps as read although outside: no error, no swap or sign fix. */
  keptLines: ReadonlySet<number>;
}

export type Placed =
  | { ok: true; lon: number; lat: number; warnings: LocatedWarning[] }
  | { ok: false; reason: CodedText; cell: Cell };

const COUNTRY = { china: 'w_china', laos: 'w_laos', cambodia: 'w_cambodia' } as const;

/** Where a point outside the province is: elsewhere in Vietnam, at sea, in which neighbouring country, or far away. */
function whereParams(lon: number, lat: number): IssueParams {
  const where = whereInVietnam(lon, lat);
  if (where === 'vietnam') return { whereCode: 'w_inVietnam' };
  if (where === 'coast') return { whereCode: 'w_atSea' };
  if (where === 'far') return { whereCode: 'w_farAway' };
  return { whereCode: 'w_abroad', countryCode: COUNTRY[where] };
}

const kmText = (m: number): string => (m / 1000).toFixed(1);

/**
 * The row's position checked against the province: inside, or within the margin (a warning naming the distance);
 * further out, a swap or sign change that lands inside is applied with a warning, and otherwise the row is an error
 * unless the user keeps its line as read.
 */
export function placeInProvince(check: ProvinceCheck, siteId: string, line: number, at: Located & { ok: true }): Placed {
  const { lon, lat, cell } = at;
  const metres = check.area.metresOutside(lon, lat);
  if (metres === 0) return at;
  const point = { lat: lat.toFixed(5), lon: lon.toFixed(5), km: kmText(metres) };
  if (metres <= check.marginKm * 1000) {
    return { ...at, warnings: [...at.warnings, { text: coded('outsideNear', { ...point, margin: check.marginKm }), cell }] };
  }
  const where = { ...point, ...whereParams(lon, lat) };
  const kept = check.keptLines.has(line);
  if (at.fixable && !kept) {
    for (const [kind, fLon, fLat, why] of positionFixes(lon, lat)) {
      if (!check.area.contains(fLon, fLat)) continue;
      const fix: CsvFix = { kind, siteId, lon: fLon, lat: fLat, applied: true };
      const text = coded('outsideFixed', { ...where, whyCode: why, fixLat: fLat.toFixed(5), fixLon: fLon.toFixed(5) });
      return { ok: true, lon: fLon, lat: fLat, warnings: [...at.warnings, { text, cell, fix }] };
    }
  }
  if (kept) return { ...at, warnings: [...at.warnings, { text: coded('outsideIncluded', where), cell }] };
  return { ok: false, reason: coded('outsideProvince', where), cell };
}
