import proj4 from 'proj4';
import { VN2000_TOWGS84 } from '../coords/vn2000';
import { errorMessage } from '../../domain/text/error-message';
import { layerText, type LayerText } from '../layer-issues';

/** Why a .prj cannot be used, as a code of the layer-issue table (i18n words it). */
const failure = (problem: LayerText): { problem: LayerText } => ({ problem });

/** How the .prj says to turn the file's coordinates into WGS84: a proj4 definition, or none for plain lon/lat. */
export type PrjProjection =
  | { ok: true; def: string | null; vn2000: boolean }
  | { ok: false; problem: LayerText };

const VN2000_NAME = /VN[-_ ]?2000|Vietnam[-_ ]?2000/i;
const NUMBER = '([-+]?\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?)';

function parameters(wkt: string): Map<string, number> {
  const out = new Map<string, number>();
  const re = new RegExp(`PARAMETER\\[\\s*"([^"]+)"\\s*,\\s*${NUMBER}\\s*\\]`, 'gi');
  for (const m of wkt.matchAll(re)) {
    const [, name, value] = m;
    if (name !== undefined && value !== undefined) out.set(name.toLowerCase().replace(/[\s_]/g, ''), Number(value));
  }
  return out;
}

function spheroid(wkt: string): { a: number; rf: number } {
  const m = new RegExp(`SPHEROID\\[\\s*"[^"]*"\\s*,\\s*${NUMBER}\\s*,\\s*${NUMBER}`, 'i').exec(wkt);
  const a = Number(m?.[1]);
  const rf = Number(m?.[2]);
  // VN-2000 is defined on the WGS84 ellipsoid; a missing or unreadable SPHEROID falls back to it.
  return Number.isFinite(a) && Number.isFinite(rf) && a > 0 ? { a, rf } : { a: 6378137, rf: 298.257223563 };
}

/** The projected CRS's own linear unit is the last UNIT of the WKT (the angular one sits inside GEOGCS). */
function metresPerUnit(wkt: string): number {
  const units = [...wkt.matchAll(new RegExp(`UNIT\\[\\s*"[^"]*"\\s*,\\s*${NUMBER}`, 'gi'))];
  const factor = Number(units[units.length - 1]?.[1]);
  return Number.isFinite(factor) && factor > 0 ? factor : 1;
}

/**
 * A VN-2000 .prj rarely carries TOWGS84, so proj4 would read it as WGS84 and misplace everything by a few hundred
 * metres; this rebuilds the definition with the official 7-parameter shift (Decision 05/2007/QĐ-BTNMT).
 */
export function vn2000Proj4FromWkt(wkt: string): string | { problem: LayerText } {
  const { a, rf } = spheroid(wkt);
  const shift = `+a=${a} +rf=${rf} +towgs84=${VN2000_TOWGS84.join(',')} +no_defs`;
  if (/^\s*GEOGCS\[/i.test(wkt)) return `+proj=longlat ${shift}`;
  const projection = /PROJECTION\[\s*"([^"]+)"/i.exec(wkt)?.[1] ?? '';
  if (!/transverse[\s_]*mercator/i.test(projection)) return failure(layerText('prjVn2000Projection', { projection }));
  const p = parameters(wkt);
  const lon0 = p.get('centralmeridian');
  if (lon0 === undefined) return failure(layerText('prjNoMeridian'));
  const k = p.get('scalefactor') ?? 0.9999;
  const toMeter = metresPerUnit(wkt);
  return `+proj=tmerc +lat_0=${p.get('latitudeoforigin') ?? 0} +lon_0=${lon0} +k=${k} +x_0=${(p.get('falseeasting') ?? 500000) * toMeter} `
    + `+y_0=${(p.get('falsenorthing') ?? 0) * toMeter} ${toMeter === 1 ? '+units=m' : `+to_meter=${toMeter}`} ${shift}`;
}

/** Reads the .prj text; null text means no .prj, which is taken as WGS84 longitude/latitude. */
export function prjProjection(prjText: string | null): PrjProjection {
  const wkt = prjText?.replace(/^\uFEFF/, '').trim() ?? '';
  if (wkt === '') return { ok: true, def: null, vn2000: false };
  const vn2000 = VN2000_NAME.test(wkt) && !/TOWGS84/i.test(wkt);
  const def = vn2000 ? vn2000Proj4FromWkt(wkt) : wkt;
  if (typeof def !== 'string') return { ok: false, ...def };
  try {
    proj4(def);
  } catch (e) {
    return { ok: false, ...failure(layerText('prjNotUnderstood', { detail: errorMessage(e) })) };
  }
  return { ok: true, def, vn2000 };
}
