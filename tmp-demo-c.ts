import * as turf from '@turf/turf';
import { DAKNONG_FACTS } from './src/domain/demo/daknong-facts';
import { generateCommunes } from './src/domain/demo/communes';
for (const it of [0, 10, 20, 30, 40, 60]) {
const t0 = performance.now();
const c = generateCommunes(DAKNONG_FACTS, it);
const t1 = performance.now();
const mae = c.areaErrors.reduce((s, e) => s + Math.abs(e), 0) / c.areaErrors.length;
const kinks = c.units.filter(u => turf.kinks(u.geometry as any).features.length > 0).length;
const inside = c.units.filter((u, i) => turf.booleanPointInPolygon([DAKNONG_FACTS[i]!.centroid_lon, DAKNONG_FACTS[i]!.centroid_lat], u.geometry)).length;
const multi = c.units.filter(u => u.geometry.type === 'MultiPolygon').length;
console.log(it, (t1-t0).toFixed(0)+'ms', 'mae', mae.toFixed(3), 'max', Math.max(...c.areaErrors.map(Math.abs)).toFixed(2), 'kinks', kinks, 'inside', inside, 'multi', multi);
}
