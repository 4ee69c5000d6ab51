import { describe, expect, it } from 'vitest';
import { fitCalibration, holdOutRoute, holdOutShare } from '../../../src/domain/measure/calibration-fit';

const OPTS = { minSamples: 50, boundDb: 15, slope: false };

/** Samples of (class, error, distance), none held out unless said. */
function input(rows: [number, number, number][], heldOut?: number[]) {
  return {
    errors: Float32Array.from(rows, (r) => r[1]),
    classCode: Uint8Array.from(rows, (r) => r[0]),
    classes: 9,
    distanceM: Float32Array.from(rows, (r) => r[2]),
    heldOut: heldOut ? Uint8Array.from(heldOut) : new Uint8Array(rows.length),
  };
}

const repeat = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe('calibration fit', () => {
  it('fits each class its mean error, refuses a class with too few samples and says how many it needs', () => {
    const rows: [number, number, number][] = [
      ...repeat(60, (i): [number, number, number] => [6, i % 2 === 0 ? 2 : 4, 1000]), // forest: mean 3
      ...repeat(50, (): [number, number, number] => [5, -1.5, 1000]), // cropland: exactly the minimum
      ...repeat(10, (): [number, number, number] => [7, 8, 1000]), // open: 10 samples
    ];
    const fit = fitCalibration(input(rows), OPTS);
    const byCode = new Map(fit.classes.map((c) => [c.code, c]));
    expect(byCode.get(6)).toMatchObject({ trainSamples: 60, needs: null, clipped: false });
    expect(byCode.get(6)?.offsetDb).toBeCloseTo(3, 6);
    expect(byCode.get(5)?.offsetDb).toBeCloseTo(-1.5, 6);
    expect(byCode.get(7)).toMatchObject({ trainSamples: 10, offsetDb: 0, needs: 50 });
    expect(fit.slopeDbPerDecade).toBeNull();
    expect(fit.trainSamples).toBe(120);
  });

  it('holds an offset beyond the bound at the bound and flags it', () => {
    const fit = fitCalibration(input(repeat(60, (): [number, number, number] => [2, 22, 500])), OPTS);
    expect(fit.classes[0]).toMatchObject({ code: 2, offsetDb: 15, clipped: true });
    expect(fit.classes[0]?.fittedDb).toBeCloseTo(22, 5);
  });

  it('judges the fit on held-out samples only: before is the raw error, after the error left by the offsets', () => {
    // Training: class 1 errors 5 ± 1; held out: errors 6 and 4 (mean 5) and a sample without prediction.
    const rows: [number, number, number][] = [...repeat(60, (i): [number, number, number] => [1, i % 2 ? 6 : 4, 800]), [1, 6, 800], [1, 4, 800], [1, NaN, 800]];
    const held = [...repeat(60, () => 0), 1, 1, 1];
    const fit = fitCalibration(input(rows, held), OPTS);
    expect(fit.heldOutSamples).toBe(2);
    expect(fit.before.rmseDb).toBeCloseTo(Math.sqrt((36 + 16) / 2), 5);
    expect(fit.after.meanDb).toBeCloseTo(0, 5);
    expect(fit.after.rmseDb).toBeCloseTo(1, 5);
    expect(fit.trainSamples).toBe(60);
  });

  it('fits the distance slope with the offsets: errors made of 2 dB plus 5 dB per decade are recovered exactly', () => {
    const d = repeat(80, (i) => 200 * 1.05 ** i);
    const ref = d.reduce((s, x) => s + Math.log10(x), 0) / d.length;
    const rows = d.map((x): [number, number, number] => [4, 2 + 5 * (Math.log10(x) - ref), x]);
    const fit = fitCalibration(input(rows), { ...OPTS, slope: true });
    expect(fit.slopeDbPerDecade).toBeCloseTo(5, 4);
    expect(fit.classes[0]?.offsetDb).toBeCloseTo(2, 4);
    expect(fit.log10RefM).toBeCloseTo(ref, 6);
  });

  it('holds out a seeded share, the same for the same seed, or a whole route', () => {
    const a = holdOutShare(100_000, 0.2, 7);
    const share = a.reduce((s, x) => s + x, 0) / a.length;
    expect(share).toBeGreaterThan(0.19);
    expect(share).toBeLessThan(0.21);
    expect(holdOutShare(100_000, 0.2, 7)).toEqual(a);
    expect(holdOutShare(100_000, 0.2, 8)).not.toEqual(a);
    expect([...holdOutRoute(Uint16Array.from([0, 1, 1, 2]), 1)]).toEqual([0, 1, 1, 0]);
  });
});
