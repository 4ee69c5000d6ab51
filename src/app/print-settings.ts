/**
 * What the user chooses for a printed map page. The print view keeps the page settings (paper, extent, layers,
 * date); the texts, palette and graticule are the project's (PrintChoices, in the app state) and a print job
 * sees both as one PrintSettings.
 */
import { DEFAULT_PRINT_CHOICES, type PrintChoices } from '../domain/print/print-choices';
import type { Orientation, Paper, PrintExtent } from '../domain/print';
import type { LayerId } from './state';

export type PrintLayerId = Exclude<LayerId, 'basemap' | 'roads' | 'terrain' | 'landCover'>;
export const PRINT_LAYERS: readonly PrintLayerId[] = ['coverage', 'units', 'labels', 'villages', 'sites', 'sectors', 'fibre'];

export interface PageSettings {
  paper: Paper;
  orientation: Orientation;
  layers: Record<PrintLayerId, boolean>;
  /** What the map shows: the whole province (default), the main map's view, or one unit. */
  extent: PrintExtent;
  /** ISO date printed on the page. */
  date: string;
  /** Village names on the map (with the villages layer); off by default, as they crowd a province page. */
  villageNames: boolean;
}

export type PrintSettings = PageSettings & PrintChoices;

/** A settings patch split into the project's part (fields left undefined are not changed) and the print view's part. */
export function splitPatch(patch: Partial<PrintSettings>): { choices: Partial<Record<keyof PrintChoices, unknown>>; page: Partial<PageSettings> } {
  const { title, subtitle, sources, palette, graticule, ...page } = patch;
  return { choices: { title, subtitle, sources, palette, graticule }, page };
}

/** Where builds before the official block kept the issuing body (this browser only). */
export const LEGACY_ISSUER_KEY = 'phusong.print.issuingBody';

/** The issuing body an older build left in this browser, removed from it so it is adopted once; '' when none. */
export function takeLegacyIssuingBody(storage: Pick<Storage, 'getItem' | 'removeItem'> | null = globalThis.localStorage ?? null): string {
  try {
    const value = storage?.getItem(LEGACY_ISSUER_KEY) ?? '';
    if (value) storage?.removeItem(LEGACY_ISSUER_KEY);
    return value;
  } catch {
    return '';
  }
}

export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function defaultPageSettings(layers: Record<LayerId, boolean>): PageSettings {
  const { basemap: _basemap, ...rest } = layers;
  void _basemap;
  return { paper: 'A4', orientation: 'landscape', layers: { ...rest }, extent: { kind: 'province' }, date: todayIso(), villageNames: false };
}

export function defaultPrintSettings(layers: Record<LayerId, boolean>, choices: PrintChoices = DEFAULT_PRINT_CHOICES): PrintSettings {
  return { ...defaultPageSettings(layers), ...choices };
}
