/** Reading one latitude or longitude written as decimal degrees or degrees-minutes-seconds, as carriers type them. */
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
function fromParts(parts: string[]): number | string {
  if (parts.length === 0 || parts.length > 3) return `${parts.length} numbers; expected degrees, minutes, seconds`;
  const values: number[] = [];
  for (const [i, part] of parts.entries()) {
    if (!DECIMAL.test(part)) return `"${part}" is not a number`;
    if (i < parts.length - 1 && part.includes('.')) return `only the last of degrees/minutes/seconds may have decimals`;
    if (i > 0 && /^[+-]/.test(part)) return `minutes and seconds cannot carry a sign`;
    values.push(Number(part));
  }
  const [deg = 0, min = 0, sec = 0] = values;
  if (min >= 60) return `minutes ${min} must be under 60`;
  if (sec >= 60) return `seconds ${sec} must be under 60`;
  const sign = parts[0]?.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(deg) + min / 60 + sec / 3600);
}

/**
 * Decimal degrees ("12.0042", "12,0042") or DMS ("12°00'15.2\"N", "107 41 30 E", "N12 00 15.2", "12:00:15.2").
 * S and W make the value negative. Returns the degrees, or a reason the text is not a coordinate.
 */
export function parseCoordinate(raw: string, axis: Axis): number | string {
  const text = raw.trim().replace(/\u00a0/g, ' ');
  if (text === '') return 'empty';
  const { body, hemisphere } = splitHemisphere(text);
  if (hemisphere !== null && !HEMISPHERES[axis].includes(hemisphere)) {
    return `hemisphere ${hemisphere} does not belong to a ${axis === 'lat' ? 'latitude' : 'longitude'}`;
  }
  const normalised = body.trim().replace(/(\d),(\d)/g, '$1.$2');
  let value: number | string;
  if (DECIMAL.test(normalised)) value = Number(normalised);
  else value = fromParts(normalised.replace(/^[+-]\s+/, (s) => s.trim()).split(DMS_SEPARATORS).filter((p) => p !== ''));
  if (typeof value === 'string') return value;
  if (hemisphere === 'S' || hemisphere === 'W') {
    if (value < 0) return `negative value with hemisphere ${hemisphere}`;
    value = -value;
  }
  if (!Number.isFinite(value)) return 'not a finite number';
  if (Math.abs(value) > LIMIT[axis]) return `${value} is outside ±${LIMIT[axis]}`;
  return value;
}
