/** What the user chooses for a printed map page; the issuing body is remembered in this browser. */
import type { Palette } from '../domain/display/coverage-palette';
import type { Orientation, Paper, PrintExtent } from '../domain/print';
import type { LayerId } from './state';

export type PrintLayerId = Exclude<LayerId, 'basemap' | 'roads' | 'terrain' | 'landCover'>;
export const PRINT_LAYERS: readonly PrintLayerId[] = ['coverage', 'units', 'labels', 'villages', 'sites', 'sectors', 'fibre'];

export interface PrintSettings {
  paper: Paper;
  orientation: Orientation;
  /** Empty means the default (province / project name). */
  title: string;
  /** Empty means the default (scenario name). */
  subtitle: string;
  /** Who issues the map; never hard-coded, empty by default. */
  issuingBody: string;
  layers: Record<PrintLayerId, boolean>;
  /** What the map shows: the whole province (default), the main map's view, or one unit. */
  extent: PrintExtent;
  /** ISO date printed on the page. */
  date: string;
  /** The screen's colours, or colours that stay apart on a greyscale photocopy. */
  palette: Palette;
  /** Latitude and longitude ticks, labelled, at the map frame. */
  graticule: boolean;
}

/** Longest texts the page fields take; the page test prints these lengths and checks nothing is cut. */
export const PRINT_TEXT_MAX = { title: 200, subtitle: 200, issuingBody: 120 } as const;

/** The patch with any text field cut to its limit (a pasted paragraph cannot overrun the page). */
export function limitTexts(patch: Partial<PrintSettings>): Partial<PrintSettings> {
  const out = { ...patch };
  for (const key of ['title', 'subtitle', 'issuingBody'] as const) {
    const value = out[key];
    if (value !== undefined) out[key] = [...value].slice(0, PRINT_TEXT_MAX[key]).join('');
  }
  return out;
}

const ISSUER_KEY = 'phusong.print.issuingBody';

export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function loadIssuingBody(storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null): string {
  try {
    return storage?.getItem(ISSUER_KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveIssuingBody(value: string, storage: Pick<Storage, 'setItem'> | null = globalThis.localStorage ?? null): void {
  try {
    storage?.setItem(ISSUER_KEY, value);
  } catch {
    // Private mode or storage full: the setting simply is not remembered.
  }
}

export function defaultPrintSettings(layers: Record<LayerId, boolean>): PrintSettings {
  const { basemap: _basemap, ...rest } = layers;
  void _basemap;
  return { paper: 'A4', orientation: 'landscape', title: '', subtitle: '', issuingBody: loadIssuingBody(), layers: { ...rest }, extent: { kind: 'province' }, date: todayIso(), palette: 'colour', graticule: true };
}
