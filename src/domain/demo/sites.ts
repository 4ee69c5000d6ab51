import type { Site } from '../model/types';
import { allocateInteger } from './allocation';
import type { DemoCommunes } from './communes';
import { pointInRing, pointInShape, shapeArea, type XY } from './planar';
import type { Rng } from './random';
import { CARRIERS, siteHeight, siteRadios, siteSectors } from './site-equipment';
import type { DemoVillage } from './villages';

/** Public figure: 1,167 BTS sites in Đắk Nông at the end of 2023. */
export const DEMO_SITE_COUNT = 1167;
const BACKBONE_SITES = 60;
const SHARE_5G = 0.135;
const OMNI_SITES = 18;

interface Placement { xy: XY; unitIndex: number; label: string }

function jitterInside(rng: Rng, base: XY, sigmaM: number, inside: (p: XY) => boolean): XY {
  for (let tries = 0; tries < 12; tries++) {
    const p: XY = [base[0] + rng.normal() * sigmaM, base[1] + rng.normal() * sigmaM];
    if (inside(p)) return p;
  }
  return base;
}

function placeInCommunes(rng: Rng, communes: DemoCommunes, villages: readonly DemoVillage[], total: number): Placement[] {
  const { units, shapes } = communes;
  const areas = shapes.map(shapeArea);
  const popSum = units.reduce((s, u) => s + u.population, 0);
  const areaSum = areas.reduce((s, a) => s + a, 0);
  const counts = allocateInteger(units.map((u, i) => 0.8 * (u.population / popSum) + 0.2 * ((areas[i] ?? 0) / areaSum)), total, 4);
  const out: Placement[] = [];
  units.forEach((unit, ui) => {
    const own = villages.filter((v) => v.unitIndex === ui);
    const weights = own.map((v) => v.village.population);
    const shape = shapes[ui] ?? [];
    for (let k = 0; k < (counts[ui] ?? 0); k++) {
      const v = own[rng.weightedIndex(weights)];
      if (!v) continue;
      const xy = jitterInside(rng, v.xy, 300, (p) => pointInShape(p, shape));
      out.push({ xy, unitIndex: ui, label: `${v.village.name}, ${unit.name}` });
    }
  });
  return out;
}

function placeAlongBackbone(rng: Rng, communes: DemoCommunes, backbone: readonly XY[][], count: number): Placement[] {
  const out: Placement[] = [];
  const lines = backbone.filter((l) => l.length > 1);
  for (let guard = 0; out.length < count && guard < count * 20 && lines.length > 0; guard++) {
    const line = rng.pick(lines);
    const k = rng.int(0, line.length - 2);
    const a = line[k];
    const b = line[k + 1];
    if (!a || !b) continue;
    const t = rng.next();
    const base: XY = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
    const xy = jitterInside(rng, base, 150, (p) => pointInRing(p, communes.hull));
    const unitIndex = communes.shapes.findIndex((s) => pointInShape(xy, s));
    if (unitIndex < 0) continue;
    out.push({ xy, unitIndex, label: `ven trục, ${communes.units[unitIndex]?.name ?? ''}` });
  }
  return out;
}

export function generateSites(rng: Rng, communes: DemoCommunes, villages: readonly DemoVillage[], backbone: readonly XY[][]): Site[] {
  const along = placeAlongBackbone(rng, communes, backbone, BACKBONE_SITES);
  const placements = [...placeInCommunes(rng, communes, villages, DEMO_SITE_COUNT - along.length), ...along];
  const shares = allocateInteger(CARRIERS.map((c) => c.share), placements.length);
  const carrierOf = rng.shuffle(CARRIERS.flatMap((c, i) => new Array<number>(shares[i] ?? 0).fill(i)));
  const density = communes.units.map((u, i) => u.population / Math.max(1, shapeArea(communes.shapes[i] ?? []) / 1e6));
  const urban = (p: Placement): boolean => communes.units[p.unitIndex]?.clutter === 'urban';

  const score5g = placements.map((p, i) => ({ i, s: (urban(p) ? 2 : 0) + Math.log10(density[p.unitIndex] ?? 1) + rng.next() }));
  const with5g = new Set(score5g.sort((a, b) => b.s - a.s).slice(0, Math.round(SHARE_5G * placements.length)).map((x) => x.i));
  const remote = placements
    .map((p, i) => ({ i, s: (density[p.unitIndex] ?? 0) * rng.range(0.5, 1.5) }))
    .filter((x) => !with5g.has(x.i) && !urban(placements[x.i] ?? { xy: [0, 0], unitIndex: 0, label: '' }));
  const omni = new Set(remote.sort((a, b) => a.s - b.s).slice(0, OMNI_SITES).map((x) => x.i));

  const serial = CARRIERS.map(() => 0);
  return placements.map((p, i): Site => {
    const ci = carrierOf[i] ?? 0;
    const carrier = CARRIERS[ci] ?? CARRIERS[0];
    if (!carrier) throw new Error('no carriers');
    serial[ci] = (serial[ci] ?? 0) + 1;
    const id = `${carrier.code}-${String(serial[ci]).padStart(4, '0')}`;
    const [lon, lat] = communes.projection.toLngLat(p.xy);
    return {
      id,
      name: `${carrier.name} ${p.label}`,
      carrier: carrier.name,
      lon,
      lat,
      heightM: siteHeight(rng, urban(p)),
      sectors: siteSectors(rng, omni.has(i)),
      radios: siteRadios(rng, carrier, urban(p), with5g.has(i)),
      proposed: false,
    };
  });
}
