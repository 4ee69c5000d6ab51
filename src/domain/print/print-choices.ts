/**
 * What the user types and picks for a printed page that belongs to the project: title, subtitle, sources line,
 * palette and graticule. Saved with the project like the official block; paper, extent, layers and the print
 * date stay with the print view.
 */
import type { Palette } from '../display/coverage-palette';

export interface PrintChoices {
  /** Empty means the default (province / project name). */
  title: string;
  /** Empty means the default (scenario name). */
  subtitle: string;
  /** The sources line after "Nguồn:"; empty means the layers' own sources. */
  sources: string;
  /** The screen's colours, or colours that stay apart on a greyscale photocopy. */
  palette: Palette;
  /** Latitude and longitude ticks, labelled, at the map frame. */
  graticule: boolean;
}

export type PrintChoiceText = 'title' | 'subtitle' | 'sources';

export const PRINT_CHOICE_TEXTS: readonly PrintChoiceText[] = ['title', 'subtitle', 'sources'];
export const PALETTES: readonly Palette[] = ['colour', 'greyscale'];

/** Longest texts the page fields take; the long-texts page test prints these lengths and checks nothing is cut. */
export const PRINT_TEXT_MAX: Readonly<Record<PrintChoiceText, number>> = { title: 200, subtitle: 200, sources: 300 };

export const DEFAULT_PRINT_CHOICES: PrintChoices = { title: '', subtitle: '', sources: '', palette: 'colour', graticule: true };

/** `base` with each field of `raw` that has the right type taken, texts cut to their limits (a project saved before them, or a patch). */
export function printChoicesFrom(raw: Readonly<Partial<Record<keyof PrintChoices, unknown>>> | undefined, base: PrintChoices = DEFAULT_PRINT_CHOICES): PrintChoices {
  const out = { ...base };
  for (const key of PRINT_CHOICE_TEXTS) {
    const value = raw?.[key];
    if (typeof value === 'string') out[key] = [...value].slice(0, PRINT_TEXT_MAX[key]).join('');
  }
  const palette = PALETTES.find((p) => p === raw?.palette);
  if (palette) out.palette = palette;
  if (typeof raw?.graticule === 'boolean') out.graticule = raw.graticule;
  return out;
}
