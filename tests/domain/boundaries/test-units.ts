import type { ReportingUnit } from '../../../src/domain/model/types';

/** Axis-aligned lon/lat rectangle unit around 12°N. */
export function rectUnit(code: string, w: number, s: number, e: number, n: number, population = 0): ReportingUnit {
  return {
    code, name: code, type: 'Xã', district: '', population, clutter: 'rural',
    geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
  };
}
