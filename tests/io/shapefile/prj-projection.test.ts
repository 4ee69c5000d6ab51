import { describe, it, expect } from 'vitest';
import proj4 from 'proj4';
import { prjProjection, vn2000Proj4FromWkt } from '../../../src/io/shapefile/prj-projection';
import { VN2000_DAK_NONG_PRJ, WGS84_PRJ } from './sample-layers';
import { metresBetween, vn2000ToWgs84Independent } from './helmert';
import { layerEn } from '../../helpers/reason-en';

const UTM48_VN2000 = VN2000_DAK_NONG_PRJ.replace('108.5', '105.0').replace('0.9999', '0.9996');

describe('prjProjection', () => {
  it('takes no .prj as plain lon/lat', () => {
    expect(prjProjection(null)).toEqual({ ok: true, def: null, vn2000: false });
  });

  it('passes a WGS84 .prj through to proj4 unchanged', () => {
    expect(prjProjection(WGS84_PRJ)).toEqual({ ok: true, def: WGS84_PRJ, vn2000: false });
  });

  it('rebuilds a VN-2000 .prj lacking TOWGS84 with the official shift', () => {
    const p = prjProjection(VN2000_DAK_NONG_PRJ);
    expect(p).toMatchObject({ ok: true, vn2000: true });
    if (p.ok) expect(p.def).toContain('+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278');
  });

  it('leaves a VN-2000 .prj that already has TOWGS84 to proj4', () => {
    const withShift = VN2000_DAK_NONG_PRJ.replace('298.257223563]]', '298.257223563],TOWGS84[-191.90441,-39.30318,-111.45032,-0.00928836,0.01975479,-0.00427372,0.252906278]]');
    expect(prjProjection(withShift)).toMatchObject({ ok: true, vn2000: false, def: withShift });
  });

  it('reports a .prj proj4 cannot read', () => {
    const p = prjProjection('PROJCS["nonsense"');
    expect(p.ok).toBe(false);
  });

  it('refuses VN-2000 in a projection other than Transverse Mercator', () => {
    const lambert = VN2000_DAK_NONG_PRJ.replace('Transverse_Mercator', 'Lambert_Conformal_Conic');
    const refused = vn2000Proj4FromWkt(lambert);
    expect(refused).toMatchObject({ problem: { code: 'prjVn2000Projection' } });
    expect(typeof refused === 'string' ? refused : layerEn(refused.problem)).toMatch(/Lambert_Conformal_Conic.*not supported/);
  });
});

describe('vn2000Proj4FromWkt', () => {
  it('honours a 6° UTM zone (central meridian 105°, k 0.9996)', () => {
    const def = vn2000Proj4FromWkt(UTM48_VN2000);
    if (typeof def !== 'string') throw new Error(layerEn(def.problem));
    const [lon = NaN, lat = NaN] = proj4(def, 'WGS84', [588_000, 2_325_000]);
    expect(metresBetween([lon, lat], vn2000ToWgs84Independent(588_000, 2_325_000, 105, 0.9996))).toBeLessThan(1);
  });

  it('scales false easting/northing into metres for a foot-based .prj', () => {
    const feet = VN2000_DAK_NONG_PRJ.replace('UNIT["Meter",1.0]]', 'UNIT["Foot",0.3048]]').replace('500000.0', '1640419.94751');
    const def = vn2000Proj4FromWkt(feet);
    expect(def).toEqual(expect.stringContaining('+to_meter=0.3048'));
    const x0 = typeof def === 'string' ? Number(/\+x_0=(\S+)/.exec(def)?.[1]) : NaN;
    expect(x0).toBeCloseTo(500_000, 2);
  });

  it('builds a geographic definition for a VN-2000 GEOGCS', () => {
    const geog = 'GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]';
    const def = vn2000Proj4FromWkt(geog);
    expect(def).toEqual(expect.stringMatching(/^\+proj=longlat .*\+towgs84=/));
  });
});
