import { distance } from '@turf/turf';
import type { Radio, Sector, SectorCell, Site } from '../../domain/model/types';
import { DEFAULT_BAND, IMPORT_DEFAULTS, SITE_ROWS_APART_MAX_M } from '../../domain/model/site-rules';
import type { RowRecord } from './read-row';
import { coded } from './issue-codes';
import type { IssueLog } from './row-issue';
import { SITE_FIELDS } from './mapping';

export type RowMode = 'per-site' | 'per-sector';

/** Rows of one site further apart than this are reported: sector rows of a tower share its position. */
const SAME_PLACE_M = 50;

const metresApart = (a: RowRecord, b: RowRecord): number => distance([a.lon, a.lat], [b.lon, b.lat], { units: 'meters' });
const sameRadioPart = (a: RowRecord, b: RowRecord): boolean =>
  a.values.azimuth === b.values.azimuth && a.values.tech === b.values.tech && a.values.band === b.values.band;

/**
 * Per-sector when the file has cell ids, or when most repeated site ids look like sector rows (within `maxApartM` of
 * each other, different azimuth, technology or band) rather than duplicates (identical, or somewhere else).
 */
export function detectRowMode(records: readonly RowRecord[], hasCellColumn: boolean, maxApartM = SITE_ROWS_APART_MAX_M): RowMode {
  if (hasCellColumn) return 'per-sector';
  const byId = new Map<string, RowRecord[]>();
  for (const r of records) {
    const group = byId.get(r.siteId);
    if (group) group.push(r);
    else byId.set(r.siteId, [r]);
  }
  let sectorLike = 0;
  let duplicates = 0;
  for (const [first, ...rest] of byId.values()) {
    if (!first || rest.length === 0) continue;
    if (rest.every((r) => metresApart(first, r) <= maxApartM) && rest.some((r) => !sameRadioPart(first, r))) sectorLike++;
    else duplicates++;
  }
  return sectorLike > 0 && sectorLike >= duplicates ? 'per-sector' : 'per-site';
}

/**
 * The row's cell on its sector `i`, with the row's single radio (if it gives one) and the row's tilt, beamwidth and
 * azimuth where they differ from the sector's.
 */
function cellOf(r: RowRecord, i: number, sector: Sector, azimuthDeg: number | null): SectorCell | null {
  const named = r.cells[i];
  if (!named) return null;
  const [radio, other] = r.radios;
  const cell: SectorCell = { id: named.id, ...(named.pci !== null ? { pci: named.pci } : {}), ...(radio && !other ? { tech: radio.tech, bandMHz: radio.bandMHz } : {}) };
  const { downtiltDeg, beamwidthDeg } = sectorShape(r, i, azimuthDeg);
  if (downtiltDeg !== sector.downtiltDeg) cell.downtiltDeg = downtiltDeg;
  if (beamwidthDeg !== sector.beamwidthDeg) cell.beamwidthDeg = beamwidthDeg;
  if (azimuthDeg !== null && azimuthDeg !== sector.azimuthDeg) cell.azimuthDeg = azimuthDeg;
  return cell;
}

function addCell(sector: Sector, cell: SectorCell | null): void {
  if (!cell) return;
  const cells = (sector.cells ??= []);
  if (!cells.some((c) => c.id === cell.id)) cells.push(cell);
}

function sectorShape(r: RowRecord, i: number, azimuthDeg: number | null): Pick<Sector, 'beamwidthDeg' | 'downtiltDeg'> {
  return {
    beamwidthDeg: r.beamwidths[i] ?? r.beamwidths[0] ?? (azimuthDeg === null ? IMPORT_DEFAULTS.omniBeamwidthDeg : IMPORT_DEFAULTS.beamwidthDeg),
    downtiltDeg: r.tilts[i] ?? r.tilts[0] ?? IMPORT_DEFAULTS.downtiltDeg,
  };
}

function sectorsOf(rows: readonly RowRecord[], log: IssueLog, tiltColumn?: string): Sector[] {
  const sectors = new Map<string, { sector: Sector; line: number }>();
  for (const r of rows) {
    const azimuths = r.azimuths.length > 0 ? r.azimuths : [null];
    azimuths.forEach((azimuthDeg, i) => {
      const key = azimuthDeg === null ? 'omni' : String(Math.round(azimuthDeg));
      const known = sectors.get(key);
      const sector = known?.sector ?? { azimuthDeg, ...sectorShape(r, i, azimuthDeg) };
      if (!known) sectors.set(key, { sector, line: r.line });
      const cell = cellOf(r, i, sector, azimuthDeg);
      addCell(sector, cell);
      const shape = sectorShape(r, i, azimuthDeg);
      // with no cell to keep them, a later row's own tilt and beamwidth on this sector would be lost quietly
      if (known && !cell && (shape.downtiltDeg !== sector.downtiltDeg || shape.beamwidthDeg !== sector.beamwidthDeg)) {
        log.warn(r.line, coded('sectorShapeDiffers', {
          site: r.siteId, azimuth: azimuthDeg === null ? 'omni' : azimuthDeg, tilt: shape.downtiltDeg, beamwidth: shape.beamwidthDeg,
          keptTilt: sector.downtiltDeg, keptBeamwidth: sector.beamwidthDeg, first: known.line,
        }), tiltColumn, r.values.tilt);
      }
    });
  }
  // an omni entry beside directional sectors is a row without azimuth among sector rows, unless it names a cell
  const all = [...sectors.values()].map((x) => x.sector);
  return all.length > 1 ? all.filter((s) => s.azimuthDeg !== null || s.cells !== undefined) : all;
}

function radiosOf(rows: readonly RowRecord[]): Radio[] {
  const radios = new Map<string, Radio>();
  for (const r of rows) for (const radio of r.radios) radios.set(`${radio.tech}@${radio.bandMHz}`, radio);
  return radios.size > 0 ? [...radios.values()] : [{ tech: '4G', bandMHz: DEFAULT_BAND['4G'] }];
}

/** Whether the row gave a height (a blank one was defaulted and reported already). */
const givesHeight = (r: RowRecord): boolean => (r.values.height ?? '') !== '';

function toSite(rows: readonly RowRecord[], fallbackCarrier: string, log: IssueLog, columns: { height?: string; tilt?: string }): Site | null {
  const [first] = rows;
  if (!first) return null;
  for (const r of rows.slice(1)) {
    const apart = metresApart(first, r);
    if (apart > SAME_PLACE_M) {
      log.warn(r.line, coded('siteApart', { site: first.siteId, m: Math.round(apart), first: first.line }));
    }
  }
  const powerOffsetDb = rows.find((r) => r.powerOffsetDb !== null)?.powerOffsetDb ?? 0;
  const heightRow = rows.find(givesHeight) ?? first;
  const heightM = heightRow.heightM;
  for (const r of rows) {
    if (r === heightRow || !givesHeight(r) || r.heightM === heightM) continue;
    log.warn(r.line, coded('heightsDiffer', { site: first.siteId, m: r.heightM, keptM: heightM, first: heightRow.line }), columns.height, r.values.height);
  }
  return {
    id: first.siteId,
    name: rows.find((r) => r.name !== null)?.name ?? first.siteId,
    carrier: rows.find((r) => r.carrier !== null)?.carrier ?? fallbackCarrier,
    lon: first.lon,
    lat: first.lat,
    heightM,
    sectors: sectorsOf(rows, log, columns.tilt),
    radios: radiosOf(rows),
    proposed: rows.some((r) => r.proposed === true),
    ...(powerOffsetDb !== 0 ? { powerOffsetDb } : {}),
  };
}

function differences(a: RowRecord, b: RowRecord): string[] {
  return SITE_FIELDS.filter((f) => f !== 'siteId' && (a.values[f] ?? '') !== (b.values[f] ?? ''))
    .map((f) => `${f} "${a.values[f] ?? ''}" vs "${b.values[f] ?? ''}"`);
}

export interface GroupOptions {
  fallbackCarrier: string;
  /** Rows of one site id further apart than this are an error on the later row (default SITE_ROWS_APART_MAX_M). */
  maxRowsApartM?: number;
  idColumn?: string;
  heightColumn?: string;
  tiltColumn?: string;
}

/**
 * Sites from accepted rows. Per-sector rows of a site id merge into one site, except a row too far from the site's
 * first row (an error); in per-site files a repeated id is merged (with a warning) when its row is identical, and
 * rejected (an error) when it conflicts. Each error rejects one row.
 */
export function groupSites(records: readonly RowRecord[], mode: RowMode, log: IssueLog, options: GroupOptions): Site[] {
  const { idColumn, maxRowsApartM = SITE_ROWS_APART_MAX_M } = options;
  const groups = new Map<string, RowRecord[]>();
  for (const r of records) {
    const group = groups.get(r.siteId);
    const first = group?.[0];
    if (!group || !first) groups.set(r.siteId, [r]);
    else if (mode === 'per-sector') {
      const apart = metresApart(first, r);
      if (apart <= maxRowsApartM) group.push(r);
      else {
        log.place(r.line, r.lon, r.lat);
        log.error(r.line, coded('siteRowsApart', { site: r.siteId, m: Math.round(apart), first: first.line, max: maxRowsApartM }), idColumn, r.siteId);
      }
    } else {
      const diff = differences(first, r);
      const at = { site: r.siteId, first: first.line };
      log.place(r.line, r.lon, r.lat);
      if (diff.length === 0) log.warn(r.line, coded('repeatMerged', at), idColumn, r.siteId);
      else log.error(r.line, coded('duplicateConflict', { ...at, diff: diff.join('; ') }), idColumn, r.siteId);
    }
  }
  const sites: Site[] = [];
  for (const rows of groups.values()) {
    const site = toSite(rows, options.fallbackCarrier, log, { height: options.heightColumn, tilt: options.tiltColumn });
    if (site) sites.push(site);
  }
  return sites;
}
