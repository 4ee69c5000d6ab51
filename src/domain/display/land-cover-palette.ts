import { LAND_COVER_CLASSES, type LandCoverClass } from '../model/land-cover';

/** One colour per land-cover class, built-up in reds, vegetation in greens, water in blue (map layer and its legend). */
export const LAND_COVER_COLOURS: Readonly<Record<LandCoverClass, readonly [number, number, number]>> = {
  'dense-urban': [128, 0, 38],
  urban: [227, 26, 28],
  suburban: [253, 141, 60],
  village: [254, 217, 118],
  cropland: [194, 214, 74],
  forest: [35, 132, 67],
  open: [214, 230, 200],
  water: [43, 120, 196],
};

/** A class's colour as CSS, for a legend swatch. */
export function landCoverCss(c: LandCoverClass): string {
  const [r, g, b] = LAND_COVER_COLOURS[c];
  return `rgb(${r}, ${g}, ${b})`;
}

/** Colours by class code (index 0, unknown, is null). */
export const LAND_COVER_CODE_COLOURS: readonly (readonly [number, number, number] | null)[] = [null, ...LAND_COVER_CLASSES.map((c) => LAND_COVER_COLOURS[c])];
