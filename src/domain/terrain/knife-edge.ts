/**
 * Single knife-edge diffraction after Recommendation ITU-R P.526 (§4.1): the Fresnel–Kirchhoff parameter v of an edge
 * and the approximation J(v) of its loss, with a 4/3 effective earth for the curvature of the path.
 *
 * Heights of an edge are measured from the straight line joining the two antennas (h > 0: the line is obstructed).
 */
/** Effective earth-radius factor of the standard atmosphere (median refractivity gradient). */
export const K_FACTOR = 4 / 3;
/** Effective earth radius k·6371 km, metres. */
export const EFFECTIVE_EARTH_RADIUS_M = K_FACTOR * 6_371_000;
/** Below this v, J(v) is taken as 0 (P.526: the approximation holds for v > −0.78). */
export const V_MIN = -0.78;
/** The reference frequency of the loss codes the radial sweep writes. */
export const REFERENCE_FREQ_MHZ = 1000;

const SPEED_OF_LIGHT_M_S = 299_792_458;

/** J(v) = 6.9 + 20·log10(√((v − 0.1)² + 1) + v − 0.1) dB for v > −0.78 (P.526 §4.1), else 0. */
export function knifeEdgeLossDb(v: number): number {
  if (!(v > V_MIN)) return 0;
  const u = v - 0.1;
  return Math.max(0, 6.9 + 20 * Math.log10(Math.sqrt(u * u + 1) + u));
}

export function wavelengthM(freqMHz: number): number {
  return SPEED_OF_LIGHT_M_S / (freqMHz * 1e6);
}

/**
 * v = h·√(2(d1+d2)/(λ·d1·d2)): h the edge height above the antenna–antenna line, d1 and d2 its distances to the two
 * ends (metres). An edge at an end (d1 or d2 ≤ 0) has no defined v; −∞ is returned (no loss).
 */
export function fresnelV(h: number, d1: number, d2: number, wavelength: number): number {
  if (d1 <= 0 || d2 <= 0) return Number.NEGATIVE_INFINITY;
  return h * Math.sqrt((2 * (d1 + d2)) / (wavelength * d1 * d2));
}

/** Height the earth's bulge adds to a point d1 and d2 metres from the two ends: d1·d2/(2·k·R). */
export function earthBulgeM(d1: number, d2: number): number {
  return (d1 * d2) / (2 * EFFECTIVE_EARTH_RADIUS_M);
}

/**
 * The v whose J(v) is `lossDb`: with w = 10^((J − 6.9)/20), √(u² + 1) + u = w gives u = (w² − 1)/(2w) and v = u + 0.1
 * (closed form, strictly increasing). A loss ≤ J(−0.78) gives −0.78.
 */
export function inverseKnifeEdgeV(lossDb: number): number {
  if (!(lossDb > knifeEdgeLossDb(V_MIN))) return V_MIN;
  const w = 10 ** ((lossDb - 6.9) / 20);
  return (w * w - 1) / (2 * w) + 0.1;
}

/**
 * Knife-edge loss a perfectly smooth (4/3) earth gives on its own between antennas `txM` and `rxM` above ground,
 * `distanceM` apart: the largest v of the ground between them, searched over the whole path. Over open ground at
 * 1 GHz a 1.5 m mobile loses a few dB this way to the ground near it — an effect the distance tables of the coverage
 * engine already hold — so the terrain term is the loss in EXCESS of this (see profile.ts).
 */
export function smoothEarthV(distanceM: number, txM: number, rxM: number, wavelength: number): number {
  if (!(distanceM > 0)) return Number.NEGATIVE_INFINITY;
  const vAt = (x: number): number => {
    const d1 = x * distanceM;
    const d2 = distanceM - d1;
    return fresnelV(earthBulgeM(d1, d2) - (txM * (1 - x) + rxM * x), d1, d2, wavelength);
  };
  // Coarse scan, denser towards both ends where the low antenna meets the ground (x = (1 − cos(πi/n))/2) ...
  const n = 96;
  const xs = (i: number): number => (1 - Math.cos((Math.PI * i) / n)) / 2;
  let bestI = 1;
  let best = Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const v = vAt(xs(i));
    if (v > best) { best = v; bestI = i; }
  }
  // ... then a golden-section refinement between the coarse neighbours, so that no profile sample of smooth ground
  // can exceed the result.
  let a = xs(bestI - 1);
  let b = xs(bestI + 1);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let k = 0; k < 60; k++) {
    const c = b - g * (b - a);
    const d = a + g * (b - a);
    if (vAt(c) > vAt(d)) b = d; else a = c;
  }
  return Math.max(best, vAt((a + b) / 2));
}

export function smoothEarthLossDb(distanceM: number, txM: number, rxM: number, wavelength: number): number {
  return knifeEdgeLossDb(smoothEarthV(distanceM, txM, rxM, wavelength));
}
