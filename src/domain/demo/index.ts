import type { Dataset } from '../model/types';
import { generateCommunes } from './communes';
import { DAKNONG_FACTS } from './daknong-facts';
import { generateFibre } from './fibre';
import { DEMO_SOURCES } from './notice';
import { Rng } from './random';
import { generateRoads } from './roads';
import { generateSites } from './sites';
import { generateVillages } from './villages';
import { DEFAULT_DEMO_SEED } from './seed';
import { demoGround } from './elevation';
import { VECTOR_LAYERS } from '../model/generated-layers';

export { DAKNONG_FACTS, type CommuneFact } from './daknong-facts';
export { DEMO_NOTICE } from './notice';
export { generateDemo2025Units } from './units-2025';

export { DEFAULT_DEMO_SEED } from './seed';
const ROADS_SEED_SALT = 0x0a0d5;

/**
 * The built-in demo province: Đắk Nông's 71 real communes (names, codes, 2019 populations) with generated
 * geometry, 624 villages, 1,167 BTS sites, an FTTH network and roads. Same seed, byte-identical output.
 */
export function generateDemoDataset(seed: number = DEFAULT_DEMO_SEED): Dataset {
  const rng = new Rng(seed);
  const communes = generateCommunes(DAKNONG_FACTS);
  const villages = generateVillages(rng, communes);
  const fibre = generateFibre(rng, communes, villages);
  const sites = generateSites(rng, communes, villages, fibre.backbone);
  // Own stream, drawn last, so adding roads left the villages, sites and fibre of every seed as they were.
  const roads = generateRoads(new Rng(seed ^ ROADS_SEED_SALT), communes, villages);
  const dataset: Dataset = {
    meta: { name: 'Đắk Nông (demo)', synthetic: true, generatedLayers: [...VECTOR_LAYERS], sources: [...DEMO_SOURCES] },
    units: communes.units,
    villages: villages.map((v) => v.village),
    sites,
    fibre: fibre.routes,
    roads,
  };
  return { ...dataset, ...demoGround(dataset, seed) };
}
