import type { CoverageFigures } from '../../domain/coverage/figures-types';
import type { Radio, ReportingUnit, Sector, SectorCell, Site, Village } from '../../domain/model/types';
import { toCsv, type CsvValue } from '../csv/write-csv';
import { unitFigureProps, villageFigureProps, type FlatProps } from './figure-props';

/** Header names the site CSV importer recognises without a mapping; one row per sector × radio. */
export const SITE_CSV_HEADER = [
  'site_id', 'name', 'carrier', 'lat', 'lon', 'height_m', 'tech', 'band_mhz', 'azimuth', 'beamwidth', 'tilt', 'proposed', 'power_offset_db',
  'cell_id', 'pci',
] as const;

const sameRadio = (cell: SectorCell, radio: Radio | null): boolean => radio !== null && cell.tech === radio.tech && cell.bandMHz === radio.bandMHz;

/**
 * The sector's rows as [radio, cell]: one per radio of the site, repeated for each cell of that technology and band;
 * then each cell of no radio of the site (its file gave it none, or several) on a row of its own.
 */
function sectorRows(sector: Sector | null, radios: readonly (Radio | null)[]): [Radio | null, SectorCell | undefined][] {
  const cells = sector?.cells ?? [];
  const rows: [Radio | null, SectorCell | undefined][] = [];
  for (const radio of radios) {
    const own = cells.filter((c) => sameRadio(c, radio));
    if (own.length === 0) rows.push([radio, undefined]);
    else for (const cell of own) rows.push([radio, cell]);
  }
  for (const cell of cells) {
    if (!radios.some((radio) => sameRadio(cell, radio))) rows.push([cell.tech && cell.bandMHz !== undefined ? { tech: cell.tech, bandMHz: cell.bandMHz } : null, cell]);
  }
  return rows;
}

export function sitesToCsv(sites: readonly Site[]): string {
  const rows: CsvValue[][] = [];
  for (const s of sites) {
    const sectors = s.sectors.length > 0 ? s.sectors : [null];
    const radios = s.radios.length > 0 ? s.radios : [null];
    for (const sector of sectors) {
      for (const [radio, cell] of sectorRows(sector, radios)) {
        const azimuth = sector ? (cell?.azimuthDeg ?? sector.azimuthDeg ?? 'omni') : null;
        rows.push([
          s.id, s.name, s.carrier, s.lat, s.lon, s.heightM, radio?.tech, radio?.bandMHz,
          azimuth, cell?.beamwidthDeg ?? sector?.beamwidthDeg, cell?.downtiltDeg ?? sector?.downtiltDeg, s.proposed, s.powerOffsetDb ?? 0,
          cell?.id, cell?.pci,
        ]);
      }
    }
  }
  return toCsv([[...SITE_CSV_HEADER], ...rows]);
}

/** Base columns then figure columns; the figure columns come from one template row so every row lines up. */
function withFigures<T>(base: readonly string[], items: readonly T[], baseRow: (item: T) => CsvValue[], figureRow: ((item: T) => FlatProps) | null): string {
  const figureHeader = figureRow && items[0] !== undefined ? Object.keys(figureRow(items[0])) : [];
  const rows = items.map((item) => {
    const extra = figureRow ? figureRow(item) : {};
    return [...baseRow(item), ...figureHeader.map((k) => extra[k] ?? null)];
  });
  return toCsv([[...base, ...figureHeader], ...rows]);
}

export function unitsToCsv(units: readonly ReportingUnit[], figures?: CoverageFigures): string {
  const props = figures ? unitFigureProps(figures) : null;
  return withFigures(
    ['code', 'name', 'type', 'district', 'population', 'clutter'],
    units,
    (u) => [u.code, u.name, u.type, u.district, u.population, u.clutter],
    props ? (u) => props(u.code) : null,
  );
}

export function villagesToCsv(villages: readonly Village[], figures?: CoverageFigures): string {
  const props = figures ? villageFigureProps(figures) : null;
  return withFigures(
    ['id', 'name', 'unit_code', 'population', 'lon', 'lat'],
    villages,
    (v) => [v.id, v.name, v.unitCode, v.population, v.point[0], v.point[1]],
    props ? (v) => props(v.id) : null,
  );
}
