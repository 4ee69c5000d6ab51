/**
 * The loss of a terminal standing in clutter, by the height-gain terminal correction of ITU-R P.2108-1 §3.1:
 *   h < R, eq. (2a), built-up and wooded types:  A = J(ν) − 6.03,  ν = K_ν √(h_dif θ_clut),
 *     K_ν = 0.342 √f (f in GHz), h_dif = R − h, θ_clut = arctan(h_dif / w_s) in degrees, w_s = 27 m
 *   h < R, eq. (2b), open types:                 A = −K_h2 log10(h / R),  K_h2 = 21.8 + 6.2 log10 f
 *   h ≥ R: 0.
 * R is the type's representative clutter height (the Recommendation's defaults below). The method is stated for
 * 0.03–3 GHz; higher bands are evaluated at 3 GHz (their loss is then a lower bound).
 */
import { knifeEdgeLossDb } from '../terrain/knife-edge';

export type P2108Clutter = 'water-sea' | 'open-rural' | 'suburban' | 'urban' | 'trees-forest' | 'dense-urban';

/** The Recommendation's default representative heights R (m) and the equation each type takes. */
export const P2108_TYPES: Readonly<Record<P2108Clutter, { heightM: number; equation: 'a' | 'b' }>> = {
  'water-sea': { heightM: 10, equation: 'b' },
  'open-rural': { heightM: 10, equation: 'b' },
  suburban: { heightM: 10, equation: 'a' },
  urban: { heightM: 15, equation: 'a' },
  'trees-forest': { heightM: 15, equation: 'a' },
  'dense-urban': { heightM: 20, equation: 'a' },
};

const STREET_WIDTH_M = 27;
const MIN_GHZ = 0.03;
const MAX_GHZ = 3;

/** Loss (dB) of a terminal `heightM` above ground in clutter of `type`, at `freqMHz`. */
export function terminalClutterLossDb(type: P2108Clutter, freqMHz: number, heightM: number): number {
  const { heightM: r, equation } = P2108_TYPES[type];
  if (!(heightM < r)) return 0;
  const f = Math.min(MAX_GHZ, Math.max(MIN_GHZ, freqMHz / 1000));
  if (equation === 'b') return -(21.8 + 6.2 * Math.log10(f)) * Math.log10(Math.max(heightM, 0.1) / r);
  const hDif = r - heightM;
  const thetaDeg = (Math.atan(hDif / STREET_WIDTH_M) * 180) / Math.PI;
  const nu = 0.342 * Math.sqrt(f) * Math.sqrt(hDif * thetaDeg);
  return knifeEdgeLossDb(nu) - 6.03;
}
