/**
 * The coordinate systems an elevation GeoTIFF may use, by EPSG code: WGS84 longitude/latitude, WGS84 UTM zones,
 * and the VN-2000 systems whose parameters were checked (geographic 4756, UTM 48N/49N 3405/3406, TM-3 104-00
 * 9206), with the official VN-2000 → WGS84 shift of io/coords/vn2000. Anything else is null: 'dem-unknown-crs'.
 */
import { VN2000_TOWGS84, vn2000Proj4 } from '../coords/vn2000';
import { WGS84, type DemCrs } from './dem-tile';

const VN2000_DATUM = `+ellps=WGS84 +towgs84=${VN2000_TOWGS84.join(',')}`;

const VN2000_UTM = (zone: number): string => `+proj=utm +zone=${zone} ${VN2000_DATUM} +units=m +no_defs`;

export function demCrsForEpsg(epsg: number): DemCrs | null {
  if (epsg === 4326) return WGS84;
  if (epsg >= 32601 && epsg <= 32660) return { epsg, proj4: `+proj=utm +zone=${epsg - 32600} +datum=WGS84 +units=m +no_defs` };
  if (epsg >= 32701 && epsg <= 32760) return { epsg, proj4: `+proj=utm +zone=${epsg - 32700} +south +datum=WGS84 +units=m +no_defs` };
  if (epsg === 4756) return { epsg, proj4: `+proj=longlat ${VN2000_DATUM} +no_defs` };
  if (epsg === 3405) return { epsg, proj4: VN2000_UTM(48) };
  if (epsg === 3406) return { epsg, proj4: VN2000_UTM(49) };
  if (epsg === 9206) return { epsg, proj4: vn2000Proj4(104) };
  return null;
}
