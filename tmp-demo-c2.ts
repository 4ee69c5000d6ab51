import { DAKNONG_FACTS } from './src/domain/demo/daknong-facts';
import { generateCommunes } from './src/domain/demo/communes';
const c = generateCommunes(DAKNONG_FACTS, 30);
const rows = c.areaErrors.map((e, i) => [e, DAKNONG_FACTS[i]!.name, DAKNONG_FACTS[i]!.area_ha] as const).sort((a,b)=>Math.abs(b[0])-Math.abs(a[0]));
console.log(rows.slice(0, 20).map(r => `${r[0].toFixed(2)} ${r[1]} ${r[2]}`).join('\n'));
