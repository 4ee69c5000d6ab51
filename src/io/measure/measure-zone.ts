/** The VN-2000 zone of a measurement file's X/Y when none was chosen: the one under which its points fall in the loaded boundaries. */
import Papa from 'papaparse';
import { resolveXy } from '../coords/vn2000';
import { parseCsvNumber } from '../csv/numbers';
import { fitVn2000Zone, type ZoneArea } from '../csv/vn2000-zone';

/** Data rows looked at: the zone search samples 200 points anyway. */
const ROWS_LOOKED_AT = 1000;

export function inferMeasureMeridian(
  text: string, delimiter: string, decimalComma: boolean, xAt: number, yAt: number, area: ZoneArea,
): number | null {
  const rows = Papa.parse<string[]>(text, { delimiter, preview: ROWS_LOOKED_AT + 1, skipEmptyLines: 'greedy' }).data.slice(1);
  const points: { easting: number; northing: number }[] = [];
  for (const cells of rows) {
    const x = parseCsvNumber((cells[xAt] ?? '').trim(), decimalComma);
    const y = parseCsvNumber((cells[yAt] ?? '').trim(), decimalComma);
    if (x === undefined || y === undefined) continue;
    const resolved = resolveXy(x, y);
    if (typeof resolved !== 'string') points.push(resolved);
  }
  const fit = points.length > 0 ? fitVn2000Zone(points, area) : null;
  return fit && fit.inside * 2 >= fit.sampled ? fit.meridianDeg : null;
}
