/**
 * COST-231 Hata (COST Action 231 final report, 1999, §4.4.1), the 1500–2000 MHz extension of Okumura-Hata:
 *   L = 46.3 + 33.9·log f − 13.82·log hb − a(hm) + (44.9 − 6.55·log hb)·log d + Cm      [f MHz, d km]
 *   a(hm) = small/medium-city Hata correction (1.1·log f − 0.7)·hm − (1.56·log f − 0.8)
 *   Cm = 3 dB for metropolitan centres (clutter 'urban'), 0 dB for medium cities and suburban areas
 *        (clutter 'suburban', and also 'rural' / 'open').
 * Validity: f 1500–2000 MHz, hb 30–200 m, hm 1–10 m, d 1–20 km. The model has no open-area correction, so for
 * rural/open clutter it is pessimistic; `cost231HataWarnings` says so and `defaultModelFor` prefers Extended Hata
 * (which has the open-area term) for rural/open clutter.
 */
import type { Clutter } from '../../model/types';
import type { ModelWarning } from './model-warning';
import { hataFamilyWarnings, hataMediumCityMobileCorrectionDb } from './okumura-hata';
import type { PathLossInput } from './path-loss-input';

export function cost231MetroCorrectionDb(clutter: Clutter): number {
  return clutter === 'urban' ? 3 : 0;
}

export function cost231HataDb(
  freqMHz: number,
  distanceKm: number,
  baseHeightM: number,
  mobileHeightM: number,
  cmDb: number,
): number {
  const logHb = Math.log10(baseHeightM);
  return (
    46.3 +
    33.9 * Math.log10(freqMHz) -
    13.82 * logHb -
    hataMediumCityMobileCorrectionDb(freqMHz, mobileHeightM) +
    (44.9 - 6.55 * logHb) * Math.log10(distanceKm) +
    cmDb
  );
}

export function cost231HataPathLossDb(input: PathLossInput): number {
  return cost231HataDb(
    input.freqMHz,
    input.distanceM / 1000,
    input.baseHeightM,
    input.mobileHeightM,
    cost231MetroCorrectionDb(input.clutter),
  );
}

export function cost231HataWarnings(input: PathLossInput): ModelWarning[] {
  const out = hataFamilyWarnings('cost231-hata', input, 1500, 2000);
  if (input.clutter === 'rural' || input.clutter === 'open') {
    out.push({ code: 'model-range', model: 'cost231-hata', kind: 'built-up-only', clutter: input.clutter });
  }
  return out;
}
