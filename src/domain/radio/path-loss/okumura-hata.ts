/**
 * Okumura-Hata median path loss (M. Hata, IEEE Trans. VT-29, 1980; ITU-R P.529):
 *   L_urban = 69.55 + 26.16·log f − 13.82·log hb − a(hm) + (44.9 − 6.55·log hb)·log d      [f MHz, d km]
 *   a(hm), small/medium city = (1.1·log f − 0.7)·hm − (1.56·log f − 0.8)
 *   a(hm), large city        = 8.29·(log 1.54·hm)² − 1.1   (f ≤ 300 MHz)
 *                              3.2·(log 11.75·hm)² − 4.97  (f > 300 MHz)
 *   L_suburban = L_urban − 2·(log(f/28))² − 5.4
 *   L_open     = L_urban − 4.78·(log f)² + 18.33·log f − 40.94
 * Validity: f 150–1500 MHz, hb 30–200 m, hm 1–10 m, d 1–20 km. Outside, the formula is evaluated anyway
 * (extrapolated) and `okumuraHataWarnings` says so.
 * Clutter mapping used by `pathLossDb`: urban → urban with the small/medium-city a(hm) (provincial towns),
 * suburban → suburban correction, rural → quasi-open (open + 5 dB), open → open-area correction. The large-city variant is available
 * through `okumuraHataDb(..., 'large-city')`.
 */
import type { Clutter } from '../../model/types';
import { warnIfOutside, type ModelWarning } from './model-warning';
import type { PathLossInput } from './path-loss-input';

export type HataEnvironment = 'large-city' | 'medium-city' | 'suburban' | 'quasi-open' | 'open';

/** Mobile antenna height correction a(hm) for a small/medium city (also used by COST-231). */
export function hataMediumCityMobileCorrectionDb(freqMHz: number, mobileHeightM: number): number {
  const logF = Math.log10(freqMHz);
  return (1.1 * logF - 0.7) * mobileHeightM - (1.56 * logF - 0.8);
}

/** Mobile antenna height correction a(hm) for a large city. */
export function hataLargeCityMobileCorrectionDb(freqMHz: number, mobileHeightM: number): number {
  if (freqMHz <= 300) {
    const t = Math.log10(1.54 * mobileHeightM);
    return 8.29 * t * t - 1.1;
  }
  const t = Math.log10(11.75 * mobileHeightM);
  return 3.2 * t * t - 4.97;
}

/** Hata's suburban correction, dB to subtract from the urban loss. */
export function hataSuburbanCorrectionDb(freqMHz: number): number {
  const t = Math.log10(freqMHz / 28);
  return 2 * t * t + 5.4;
}

/** Hata's open-area correction, dB to subtract from the urban loss. */
export function hataOpenAreaCorrectionDb(freqMHz: number): number {
  const logF = Math.log10(freqMHz);
  return 4.78 * logF * logF - 18.33 * logF + 40.94;
}

/**
 * Okumura's quasi-open area (farmland with trees, scattered houses: the rural communes of the Central
 * Highlands) lies about 5 dB above his open-area curve; Hata only fitted the open curve, so rural clutter is
 * modelled as open + 5 dB. Truly open terrain keeps the open-area correction.
 */
export const QUASI_OPEN_OFFSET_DB = 5;

export function hataEnvironmentFor(clutter: Clutter): HataEnvironment {
  if (clutter === 'urban') return 'medium-city';
  if (clutter === 'suburban') return 'suburban';
  if (clutter === 'rural') return 'quasi-open';
  return 'open';
}

export function okumuraHataDb(
  freqMHz: number,
  distanceKm: number,
  baseHeightM: number,
  mobileHeightM: number,
  environment: HataEnvironment,
): number {
  const logF = Math.log10(freqMHz);
  const logHb = Math.log10(baseHeightM);
  const aHm =
    environment === 'large-city'
      ? hataLargeCityMobileCorrectionDb(freqMHz, mobileHeightM)
      : hataMediumCityMobileCorrectionDb(freqMHz, mobileHeightM);
  const urban = 69.55 + 26.16 * logF - 13.82 * logHb - aHm + (44.9 - 6.55 * logHb) * Math.log10(distanceKm);
  if (environment === 'suburban') return urban - hataSuburbanCorrectionDb(freqMHz);
  if (environment === 'open') return urban - hataOpenAreaCorrectionDb(freqMHz);
  if (environment === 'quasi-open') return urban - hataOpenAreaCorrectionDb(freqMHz) + QUASI_OPEN_OFFSET_DB;
  return urban;
}

export function okumuraHataPathLossDb(input: PathLossInput): number {
  return okumuraHataDb(
    input.freqMHz,
    input.distanceM / 1000,
    input.baseHeightM,
    input.mobileHeightM,
    hataEnvironmentFor(input.clutter),
  );
}

/** Range checks shared by Okumura-Hata and COST-231 Hata (same height/distance validity). */
export function hataFamilyWarnings(
  model: 'okumura-hata' | 'cost231-hata',
  input: PathLossInput,
  minFreqMHz: number,
  maxFreqMHz: number,
): ModelWarning[] {
  const out: ModelWarning[] = [];
  warnIfOutside(out, model, 'frequency', input.freqMHz, minFreqMHz, maxFreqMHz, 'MHz');
  warnIfOutside(out, model, 'distance', input.distanceM / 1000, 1, 20, 'km');
  warnIfOutside(out, model, 'base-height', input.baseHeightM, 30, 200, 'm');
  warnIfOutside(out, model, 'mobile-height', input.mobileHeightM, 1, 10, 'm');
  return out;
}

export function okumuraHataWarnings(input: PathLossInput): ModelWarning[] {
  return hataFamilyWarnings('okumura-hata', input, 150, 1500);
}
