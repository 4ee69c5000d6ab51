/** Reading one latitude or longitude written as decimal degrees or degrees-minutes-seconds, as carriers type them. */
import { coded, type CodedText } from '../csv/issue-codes';

export type Axis = 'lat' | 'lon';

const HEMISPHERE_LEAD = /^([NSEW])\s*/i;
const HEMISPHERE_TRAIL = /\s*([NSEW])$/i;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** Degree, minute and second marks (and look-alikes from Word and Excel) plus ':' and spaces separate DMS parts. */
const DMS_SEPARATORS = /[°º˚'′’‘"″”:\s]+/g;

const LIMIT: Record<Axis, number> = { lat: 90, lon: 180 };
const HEMISPHERES: Record<Axis, string> = { lat: 'NS', lon: 'EW' };

function splitHemisphere(text: string): { body: string; hemisphere: string | null } {
  const lead = HEMISPHERE_LEAD.exec(text);
  if (lead?.[1]) return { body: text.slice(lead[0].length), hemisphere: lead[1].toUpperCase() };
  const trail = HEMISPHERE_TRAIL.exec(text);
  if (trail?.[1] && /\d/.test(text.slice(0, trail.index))) {
    return { body: text.slice(0, trail.index), hemisphere: trail[1].toUpperCase() };
  }
  return { body: text, hemisphere: null };
}

/** Degrees from 1-3 DMS parts; only the last part may have a fraction, minutes and seconds must be under 60. */
function fromParts(parts: string[]): number | CodedText {
  if (parts.length === 0 || parts.length > 3) return coded('c_parts', { count: parts.length });
  const values: number[] = [];
  for (const [i, part] of parts.entries()) {
    if (!DECIMAL.test(part)) return coded('c_notNumber', { part });
    if (i < parts.length - 1 && part.includes('.')) return coded('c_decimals');
    if (i > 0 && /^[+-]/.test(part)) return coded('c_sign');
    values.push(Number(part));
  }
  const [deg = 0, min = 0, sec = 0] = values;
  if (min >= 60) return coded('c_minutes', { min });
  if (sec >= 60) return coded('c_seconds', { sec });
  const sign = parts[0]?.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(deg) + min / 60 + sec / 3600);
}

/**
 * Decimal degrees ("12.0042", "12,0042") or DMS ("12°00'15.2\"N", "107 41 30 E", "N12 00 15.2", "12:00:15.2").
 * S and W make the value negative. Returns the degrees, or the coded reason the text is not a coordinate.
 */
export function readCoordinate(raw: string, axis: Axis): number | CodedText {
  const text = raw.trim().replace(/\u00a0/g, ' ');
  if (text === '') return coded('c_empty');
  const { body, hemisphere } = splitHemisphere(text);
  if (hemisphere !== null && !HEMISPHERES[axis].includes(hemisphere)) {
    return coded('c_hemisphere', { hemi: hemisphere, axisCode: axis === 'lat' ? 'w_latitude' : 'w_longitude' });
  }
  const normalised = body.trim().replace(/(\d),(\d)/g, '$1.$2');
  let value: number | CodedText;
  if (DECIMAL.test(normalised)) value = Number(normalised);
  else value = fromParts(normalised.replace(/^[+-]\s+/, (s) => s.trim()).split(DMS_SEPARATORS).filter((p) => p !== ''));
  if (typeof value !== 'number') return value;
  if (hemisphere === 'S' || hemisphere === 'W') {
    if (value < 0) return coded('c_negativeHemisphere', { hemi: hemisphere });
    value = -value;
  }
  if (!Number.isFinite(value)) return coded('c_notFinite');
  if (Math.abs(value) > LIMIT[axis]) return coded('c_range', { value, limit: LIMIT[axis] });
  return value;
}
