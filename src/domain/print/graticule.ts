/**
 * Latitude and longitude ticks at the printed map's frame, every whole number of minutes: the step is the
 * smallest of 1′, 2′, 5′, 10′, 15′, 20′, 30′, 1°, 2°, 5° that keeps ticks `minGapMm` apart on the paper.
 */
import type { BBox } from '../grid/equal-area-grid';
import { lngLatToBox } from './map-projection';
import type { Box } from './page';

const STEPS_MIN = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300];

export interface Tick {
  /** Whole minutes of arc (degrees × 60), signed. */
  minutes: number;
  /** Position along the frame, page mm: x for a meridian, y for a parallel. */
  at: number;
}

export interface Graticule {
  stepMinutes: number;
  meridians: Tick[];
  parallels: Tick[];
}

function ticks(lo: number, hi: number, stepMin: number, place: (deg: number) => number): Tick[] {
  const out: Tick[] = [];
  for (let m = Math.ceil((lo * 60) / stepMin) * stepMin; m <= hi * 60 + 1e-9; m += stepMin) out.push({ minutes: m, at: place(m / 60) });
  return out;
}

/** Ticks of a map image covering `bounds` [w, s, e, n] (Web Mercator) drawn in `box`; one step for both axes. */
export function graticule(bounds: BBox, box: Box, minGapMm: number): Graticule {
  const [w, s, e, n] = bounds;
  const midLat = (s + n) / 2;
  const midLon = (w + e) / 2;
  const mmPerDegLon = box.w / Math.max(1e-9, e - w);
  const mmPerDegLat = Math.abs(lngLatToBox(midLon, midLat + 0.5, bounds, box)[1] - lngLatToBox(midLon, midLat - 0.5, bounds, box)[1]);
  const mmPerMin = Math.min(mmPerDegLon, mmPerDegLat) / 60;
  const stepMinutes = STEPS_MIN.find((st) => st * mmPerMin >= minGapMm) ?? STEPS_MIN[STEPS_MIN.length - 1] ?? 300;
  return {
    stepMinutes,
    meridians: ticks(w, e, stepMinutes, (lon) => lngLatToBox(lon, midLat, bounds, box)[0]),
    parallels: ticks(s, n, stepMinutes, (lat) => lngLatToBox(midLon, lat, bounds, box)[1]),
  };
}

/** Degrees and minutes of a tick, unsigned: 6450 → { deg: 107, min: "30" }. */
export function degreesMinutes(minutes: number): { deg: number; min: string } {
  const abs = Math.abs(Math.round(minutes));
  return { deg: Math.floor(abs / 60), min: String(abs % 60).padStart(2, '0') };
}
