import type { Ring, ShapefileSpec } from './make-shapefile';

export const WGS84_PRJ = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/** ESRI-style .prj of VN-2000 in the 3° zone of Đắk Nông (central meridian 108°30′), as exported by ArcGIS/QGIS: no TOWGS84. */
export const VN2000_DAK_NONG_PRJ = 'PROJCS["VN_2000_TM3_108_30",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],'
  + 'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],'
  + 'PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",108.5],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** Clockwise (shapefile outer ring) square with its south-west corner at lon, lat. */
export function clockwiseSquare(lon: number, lat: number, size: number): Ring {
  return [[lon, lat], [lon, lat + size], [lon + size, lat + size], [lon + size, lat], [lon, lat]];
}

export const COMMUNES: ShapefileSpec = {
  base: 'xa_dak_nong',
  shapes: [
    { type: 'polygon', rings: [clockwiseSquare(107.6, 12.0, 0.05)] },
    { type: 'polygon', rings: [clockwiseSquare(107.65, 12.0, 0.05)] },
  ],
  fields: [
    { name: 'MA_XA', type: 'C', length: 5 },
    { name: 'TEN_XA', type: 'C', length: 60 },
    { name: 'HUYEN', type: 'C', length: 60 },
    { name: 'DAN_SO', type: 'N', length: 10 },
  ],
  rows: [
    ['24616', 'Phường Nghĩa Đức', 'Thành phố Gia Nghĩa', 12873],
    ['24620', 'Xã Đắk Nia', 'Thành phố Gia Nghĩa', 10455],
  ],
  prj: WGS84_PRJ,
  cpg: 'UTF-8',
};

/** VN-2000 easting, northing (m) of the site points; their WGS84 positions are computed independently in the test. */
export const VN2000_SITE_XY: [number, number][] = [[411_930.25, 1_327_018.5], [415_200, 1_330_410.75]];

export const VN2000_SITES: ShapefileSpec = {
  base: 'tram_bts_vn2000',
  shapes: VN2000_SITE_XY.map((xy) => ({ type: 'point', xy })),
  fields: [
    { name: 'SITE_ID', type: 'C', length: 10 },
    { name: 'TEN_TRAM', type: 'C', length: 40 },
    { name: 'NHA_MANG', type: 'C', length: 20 },
    { name: 'HEIGHT_M', type: 'N', length: 6, decimals: 1 },
    { name: 'CONG_NGHE', type: 'C', length: 20 },
    { name: 'BANG_TAN', type: 'C', length: 20 },
    { name: 'AZIMUTH', type: 'C', length: 20 },
  ],
  rows: [
    ['DNG101', 'Gia Nghĩa Đông', 'Viettel', 42.5, '4G;5G', '1800;3500', '0;120;240'],
    ['DNG102', 'Quảng Thành', 'VNPT', 30, '4G', '1800', 'omni'],
  ],
  prj: VN2000_DAK_NONG_PRJ,
  cpg: 'UTF-8',
};
