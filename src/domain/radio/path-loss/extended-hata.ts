/**
 * Extended Hata model, ITU-R SM.2028-2 Annex 2 §A2.1.2 (the SEAMCAT "Extended Hata"), median loss only.
 * f in MHz, d in km, H_m = min(h1, h2), H_b = max(h1, h2):
 *   a(H_m) = (1.1·log f − 0.7)·min(10, H_m) − (1.56·log f − 0.8) + max(0, 20·log(H_m/10))
 *   b(H_b) = min(0, 20·log(H_b/30))
 *   α = 1 for d ≤ 20 km;  α = 1 + (0.14 + 1.87e-4·f + 1.07e-3·H_b)·(log(d/20))^0.8 for 20 < d ≤ 100 km
 *   d ≤ 0.04 km:  L = 32.4 + 20·log f + 10·log(d² + (H_b − H_m)²/10⁶)   (free space)
 *   d ≥ 0.1 km, urban, with H = max(30, H_b):
 *      30 < f ≤ 150:     69.6 + 26.2·log 150 − 20·log(150/f) − 13.82·log H + (44.9 − 6.55·log H)·(log d)^α − a − b
 *     150 < f ≤ 1500:    69.6 + 26.2·log f   − 13.82·log H + (44.9 − 6.55·log H)·(log d)^α − a − b
 *    1500 < f ≤ 2000:    46.3 + 33.9·log f   − 13.82·log H + (44.9 − 6.55·log H)·(log d)^α − a − b
 *    2000 < f ≤ 3000:    46.3 + 33.9·log 2000 + 10·log(f/2000) − 13.82·log H + (...)·(log d)^α − a − b
 *   suburban: L_urban − 2·(log(F/28))² − 5.4;  open: L_urban − 4.78·(log F)² + 18.33·log F − 40.94,
 *     with F = min(max(150, f), 2000)
 *   0.04 < d < 0.1 km: linear in log d between L(0.04) and L(0.1)
 *   and whenever L falls below free space, free space is used (SM.2028 note).
 * Validity (SM.2028): f 30–3000 MHz, d ≤ 100 km, antenna heights 1–200 m.
 * Above 3 GHz (this project, up to 4 GHz for n78): the 2–3 GHz law is simply continued — the frequency term
 * stays 10·log(f/2000) and the suburban/open corrections stay frozen at 2000 MHz — and a warning marks the
 * result as extrapolated. `defaultModelFor` uses 3GPP TR 38.901 above 3 GHz instead.
 * Clutter: urban → urban, suburban → suburban, open → open area, rural → quasi-open (open + 5 dB, see
 * QUASI_OPEN_OFFSET_DB in okumura-hata.ts).
 * Within 150–1500 MHz this differs from Okumura-Hata only by SM.2028's rounded constants (69.6/26.2 vs
 * 69.55/26.16, < 0.2 dB); within 1500–2000 MHz it equals COST-231 with Cm = 0.
 */
import type { Clutter } from '../../model/types';
import { warnIfOutside, type ModelWarning } from './model-warning';
import type { PathLossInput } from './path-loss-input';
import { QUASI_OPEN_OFFSET_DB } from './okumura-hata';

function freeSpace324Db(freqMHz: number, distanceKm: number, dhM: number): number {
  return 32.4 + 20 * Math.log10(freqMHz) + 10 * Math.log10(distanceKm * distanceKm + (dhM * dhM) / 1e6);
}

/** The distance exponent α of SM.2028 (1 up to 20 km). */
export function extendedHataAlpha(freqMHz: number, distanceKm: number, hbM: number): number {
  if (distanceKm <= 20) return 1;
  return 1 + (0.14 + 1.87e-4 * freqMHz + 1.07e-3 * hbM) * Math.pow(Math.log10(distanceKm / 20), 0.8);
}

/** SM.2028 case-2 formula (d ≥ 0.1 km), before the free-space floor. */
function medianLossDb(f: number, dKm: number, hb: number, hm: number, clutter: Clutter): number {
  const logF = Math.log10(f);
  const aHm = (1.1 * logF - 0.7) * Math.min(10, hm) - (1.56 * logF - 0.8) + Math.max(0, 20 * Math.log10(hm / 10));
  const bHb = Math.min(0, 20 * Math.log10(hb / 30));
  const logH = Math.log10(Math.max(30, hb));
  const logD = Math.log10(dKm);
  const alpha = extendedHataAlpha(f, dKm, hb);
  // (log d)^α with α ≠ 1 only occurs for d > 20 km, where log d > 0.
  const distanceTerm = (44.9 - 6.55 * logH) * (alpha === 1 ? logD : Math.pow(logD, alpha));
  let frequencyTerm: number;
  if (f <= 150) frequencyTerm = 69.6 + 26.2 * Math.log10(150) - 20 * Math.log10(150 / f);
  else if (f <= 1500) frequencyTerm = 69.6 + 26.2 * logF;
  else if (f <= 2000) frequencyTerm = 46.3 + 33.9 * logF;
  else frequencyTerm = 46.3 + 33.9 * Math.log10(2000) + 10 * Math.log10(f / 2000);
  const urban = frequencyTerm - 13.82 * logH + distanceTerm - aHm - bHb;
  if (clutter === 'urban') return urban;
  const fc = Math.min(Math.max(150, f), 2000);
  if (clutter === 'suburban') {
    const t = Math.log10(fc / 28);
    return urban - 2 * t * t - 5.4;
  }
  const logFc = Math.log10(fc);
  const open = urban - 4.78 * logFc * logFc + 18.33 * logFc - 40.94;
  return clutter === 'rural' ? open + QUASI_OPEN_OFFSET_DB : open;
}

/** Extended Hata median loss; h1/h2 are the two antenna heights in any order. */
export function extendedHataDb(freqMHz: number, distanceKm: number, h1M: number, h2M: number, clutter: Clutter): number {
  const hm = Math.min(h1M, h2M);
  const hb = Math.max(h1M, h2M);
  const dh = hb - hm;
  let loss: number;
  if (distanceKm <= 0.04) {
    loss = freeSpace324Db(freqMHz, distanceKm, dh);
  } else if (distanceKm >= 0.1) {
    loss = medianLossDb(freqMHz, distanceKm, hb, hm, clutter);
  } else {
    const lower = freeSpace324Db(freqMHz, 0.04, dh);
    const upper = medianLossDb(freqMHz, 0.1, hb, hm, clutter);
    const t = (Math.log10(distanceKm) - Math.log10(0.04)) / (Math.log10(0.1) - Math.log10(0.04));
    loss = lower + t * (upper - lower);
  }
  return Math.max(loss, freeSpace324Db(freqMHz, distanceKm, dh));
}

export function extendedHataPathLossDb(input: PathLossInput): number {
  return extendedHataDb(input.freqMHz, input.distanceM / 1000, input.baseHeightM, input.mobileHeightM, input.clutter);
}

export function extendedHataWarnings(input: PathLossInput): ModelWarning[] {
  const out: ModelWarning[] = [];
  if (input.freqMHz > 3000 && input.freqMHz <= 4000) {
    out.push({ code: 'model-range', model: 'extended-hata', kind: 'extrapolated', freqMHz: input.freqMHz });
  } else {
    warnIfOutside(out, 'extended-hata', 'frequency', input.freqMHz, 30, 3000, 'MHz');
  }
  warnIfOutside(out, 'extended-hata', 'distance', input.distanceM / 1000, 0, 100, 'km');
  warnIfOutside(out, 'extended-hata', 'base-height', input.baseHeightM, 1, 200, 'm');
  warnIfOutside(out, 'extended-hata', 'mobile-height', input.mobileHeightM, 1, 200, 'm');
  return out;
}
