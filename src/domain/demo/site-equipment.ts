import type { Radio, Sector } from '../model/types';
import type { Rng } from './random';

export interface Carrier {
  code: string;
  name: string;
  share: number;
  /** Extra 4G bands this carrier adds on some sites, with the chance for urban and rural sites. */
  extra4g: readonly { bandMHz: number; urban: number; rural: number }[];
}

export const CARRIERS: readonly Carrier[] = [
  { code: 'VTL', name: 'Viettel', share: 0.45, extra4g: [{ bandMHz: 2600, urban: 0.6, rural: 0.1 }, { bandMHz: 700, urban: 0.1, rural: 0.3 }] },
  { code: 'VNP', name: 'VNPT', share: 0.3, extra4g: [{ bandMHz: 2600, urban: 0.5, rural: 0.1 }] },
  { code: 'MBF', name: 'MobiFone', share: 0.25, extra4g: [{ bandMHz: 700, urban: 0.2, rural: 0.35 }] },
];

/** 2G 900, 3G 2100, 4G 1800 everywhere; carrier-specific extra 4G bands; 5G n78 where chosen. */
export function siteRadios(rng: Rng, carrier: Carrier, urban: boolean, with5g: boolean): Radio[] {
  const radios: Radio[] = [
    { tech: '2G', bandMHz: 900 },
    { tech: '3G', bandMHz: 2100 },
    { tech: '4G', bandMHz: 1800 },
  ];
  for (const extra of carrier.extra4g) {
    if (rng.chance(urban ? extra.urban : extra.rural)) radios.push({ tech: '4G', bandMHz: extra.bandMHz });
  }
  if (with5g) radios.push({ tech: '5G', bandMHz: 3500 });
  return radios;
}

/** Three 65° sectors at 0/120/240° plus a random rotation, downtilt 2–6°; or one omni antenna. */
export function siteSectors(rng: Rng, omni: boolean): Sector[] {
  if (omni) return [{ azimuthDeg: null, beamwidthDeg: 360, downtiltDeg: rng.int(0, 2) }];
  const rotation = rng.int(0, 119);
  return [0, 120, 240].map((a) => ({
    azimuthDeg: (a + rotation) % 360,
    beamwidthDeg: 65,
    downtiltDeg: rng.int(4, 12) / 2,
  }));
}

/** Towers are lower in towns (rooftop or short poles) and taller in the countryside. */
export function siteHeight(rng: Rng, urban: boolean): number {
  return urban ? rng.int(20, 32) : rng.int(28, 45);
}
