import { DAKNONG_FACTS } from './src/domain/demo/daknong-facts';
import { generateCommunes } from './src/domain/demo/communes';
import { fitPowerDiagram } from './src/domain/demo/power-weight-fit';
import { pointInRing, ringArea } from './src/domain/demo/planar';
import { powerCell } from './src/domain/demo/power-diagram';
const c = generateCommunes(DAKNONG_FACTS, 0);
const tot = DAKNONG_FACTS.reduce((s,f)=>s+f.area_ha,0);
const HA = Math.abs(ringArea(c.hull));
const targets = DAKNONG_FACTS.map(f => (f.name.includes('Plao') ? 22014 : f.area_ha) / (tot - 220.14 + 22014) * HA);
for (const it of [5, 15, 20, 30, 40]) {
  const t0 = performance.now();
  const f = fitPowerDiagram(c.points, targets, c.hull, it);
  const errs = f.areas.map((a, i) => Math.abs(a - targets[i]!) / targets[i]!);
  const outside = c.points.filter((p, i) => !pointInRing(p, powerCell(c.hull, f.sites, f.weights, i))).length;
  console.log(it, (performance.now()-t0).toFixed(0), 'mae', (errs.reduce((s,e)=>s+e,0)/errs.length).toFixed(3), 'max', Math.max(...errs).toFixed(2), 'outside', outside);
}
