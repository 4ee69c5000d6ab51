import * as turf from '@turf/turf';
import { DAKNONG_FACTS } from './src/domain/demo/daknong-facts';
const pts = turf.featureCollection(DAKNONG_FACTS.map(f => turf.point([f.centroid_lon, f.centroid_lat])));
const cx = turf.convex(pts);
for (const me of [15, 20, 25, 30, 40]) {
  const c = turf.concave(pts, { maxEdge: me, units: 'kilometers' });
  console.log(me, c?.geometry.type, c ? turf.area(c)/1e6 : 0);
}
console.log('convex', cx && turf.area(cx)/1e6);
const c = turf.concave(pts, { maxEdge: 25, units: 'kilometers' });
if (c) { const b = turf.buffer(c, 5, {units:'kilometers'}); console.log('buffered', b && turf.area(b)/1e6, b?.geometry.type, JSON.stringify(b?.geometry).length);
 if (b && b.geometry.type==='Polygon') { const s = turf.polygonSmooth(b as any, {iterations: 2}); console.log(turf.area(s)/1e6, s.features[0]?.geometry.coordinates[0].length);}
}
