import { describe, expect, it } from 'vitest';
import { terminalClutterLossDb } from '../../../src/domain/radio/terminal-clutter';

// Worked by hand from ITU-R P.2108-1 §3.1 for a 1.5 m terminal at 1.8 GHz:
//   eq. (2b), R = 10: K_h2 = 21.8 + 6.2·log10(1.8) = 23.3827; A = −23.3827·log10(0.15) = 23.3827·0.82391 = 19.265 dB
//   eq. (2a), R = 10: h_dif = 8.5, θ = atan(8.5/27) = 17.4748°, K_ν = 0.342·√1.8 = 0.45884,
//     ν = 0.45884·√(8.5·17.4748) = 5.5921; J(ν) = 6.9 + 20·log10(√(5.4921² + 1) + 5.4921) = 27.787; A = 21.757 dB
//   eq. (2a), R = 15: h_dif = 13.5, θ = 26.5651°, ν = 8.6893; J = 31.629; A = 25.599 dB
//   eq. (2a), R = 20: h_dif = 18.5, θ = 34.4184°, ν = 11.5783; J = 34.135; A = 28.105 dB
describe('P.2108 terminal clutter loss', () => {
  it('matches the hand-worked values of both equations at 1.8 GHz', () => {
    expect(terminalClutterLossDb('open-rural', 1800, 1.5)).toBeCloseTo(19.265, 2);
    expect(terminalClutterLossDb('water-sea', 1800, 1.5)).toBeCloseTo(19.265, 2);
    expect(terminalClutterLossDb('suburban', 1800, 1.5)).toBeCloseTo(21.757, 2);
    expect(terminalClutterLossDb('urban', 1800, 1.5)).toBeCloseTo(25.599, 2);
    expect(terminalClutterLossDb('trees-forest', 1800, 1.5)).toBeCloseTo(25.599, 2);
    expect(terminalClutterLossDb('dense-urban', 1800, 1.5)).toBeCloseTo(28.105, 2);
  });

  it('a terminal at or above the clutter loses nothing', () => {
    expect(terminalClutterLossDb('urban', 1800, 15)).toBe(0);
    expect(terminalClutterLossDb('open-rural', 1800, 12)).toBe(0);
  });

  it('grows with frequency and is evaluated at 3 GHz above the stated range', () => {
    // eq. (2a), R = 15 at 0.9 GHz: ν = 0.342·√0.9·18.937 = 6.1443, J = 28.606, A = 22.576 dB
    expect(terminalClutterLossDb('trees-forest', 900, 1.5)).toBeCloseTo(22.576, 2);
    expect(terminalClutterLossDb('trees-forest', 3500, 1.5)).toBe(terminalClutterLossDb('trees-forest', 3000, 1.5));
    expect(terminalClutterLossDb('trees-forest', 3000, 1.5)).toBeGreaterThan(terminalClutterLossDb('trees-forest', 1800, 1.5));
  });
});
