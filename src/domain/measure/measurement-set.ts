/**
 * Measured samples (drive tests, crowd measurements), column by column: a drive-test month is tens of millions of
 * samples, so one typed array per field rather than one object per sample.
 */
import type { Technology } from '../model/types';

export interface MeasurementSet {
  count: number;
  lon: Float64Array;
  lat: Float64Array;
  /** RSRP (4G/5G), RSCP (3G) or RxLev (2G), dBm. */
  levelDbm: Float32Array;
  /** TECHNOLOGIES index of the sample, or NO_TECH when the file did not say. */
  tech: Uint8Array;
  /** Index into `carriers`, −1 when the file did not say. */
  carrier: Int16Array;
  carriers: string[];
  /** Index into `siteIds` of the serving site the file names, −1 when it names none. */
  site: Int32Array;
  siteIds: string[];
  /** Index into `routes`: the drive route (or file) the sample was taken on. */
  route: Uint16Array;
  routes: string[];
  /** The sample's line in its file, for reports. */
  line: Int32Array;
  // Sets stored before these columns were read lack them: read as "the file did not say".
  /** Band of the sample, MHz (from a band or EARFCN column); 0 when the file did not say. */
  bandMHz?: Uint16Array;
  /** Physical cell id, −1 when the file did not say. */
  pci?: Int16Array;
  /** Index into `cellIds` of the serving cell the file names, −1 when it names none. */
  cell?: Int32Array;
  cellIds?: string[];
  /** 1 for a sample taken indoors, 0 outdoors or not said. */
  indoor?: Uint8Array;
}

export const NO_TECH = 255;

export interface SampleInput {
  lon: number;
  lat: number;
  levelDbm: number;
  tech?: Technology | null;
  carrier?: string | null;
  siteId?: string | null;
  route?: string | null;
  line?: number;
  bandMHz?: number | null;
  pci?: number | null;
  cellId?: string | null;
  indoor?: boolean;
}

/** Builds sets from samples one at a time, interning carriers, sites and routes. */
export class MeasurementSetBuilder {
  private n = 0;
  private cap: number;
  private lon: Float64Array;
  private lat: Float64Array;
  private level: Float32Array;
  private tech: Uint8Array;
  private carrier: Int16Array;
  private site: Int32Array;
  private route: Uint16Array;
  private line: Int32Array;
  private bandMHz: Uint16Array;
  private pci: Int16Array;
  private cell: Int32Array;
  private indoor: Uint8Array;
  private readonly cells = new Map<string, number>();
  private readonly carriers = new Map<string, number>();
  private readonly sites = new Map<string, number>();
  private readonly routes = new Map<string, number>();

  constructor(private readonly techs: readonly Technology[], capacity = 1024) {
    this.cap = Math.max(16, capacity);
    this.lon = new Float64Array(this.cap);
    this.lat = new Float64Array(this.cap);
    this.level = new Float32Array(this.cap);
    this.tech = new Uint8Array(this.cap);
    this.carrier = new Int16Array(this.cap);
    this.site = new Int32Array(this.cap);
    this.route = new Uint16Array(this.cap);
    this.line = new Int32Array(this.cap);
    this.bandMHz = new Uint16Array(this.cap);
    this.pci = new Int16Array(this.cap);
    this.cell = new Int32Array(this.cap);
    this.indoor = new Uint8Array(this.cap);
  }

  add(s: SampleInput): void {
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.lon[i] = s.lon;
    this.lat[i] = s.lat;
    this.level[i] = s.levelDbm;
    const t = s.tech ? this.techs.indexOf(s.tech) : -1;
    this.tech[i] = t >= 0 ? t : NO_TECH;
    this.carrier[i] = s.carrier ? intern(this.carriers, s.carrier) : -1;
    this.site[i] = s.siteId ? intern(this.sites, s.siteId) : -1;
    this.route[i] = intern(this.routes, s.route ?? '');
    this.line[i] = s.line ?? i + 1;
    this.bandMHz[i] = s.bandMHz ?? 0;
    this.pci[i] = s.pci ?? -1;
    this.cell[i] = s.cellId ? intern(this.cells, s.cellId) : -1;
    this.indoor[i] = s.indoor ? 1 : 0;
  }

  build(): MeasurementSet {
    const n = this.n;
    return {
      count: n, lon: this.lon.slice(0, n), lat: this.lat.slice(0, n), levelDbm: this.level.slice(0, n), tech: this.tech.slice(0, n),
      carrier: this.carrier.slice(0, n), carriers: [...this.carriers.keys()], site: this.site.slice(0, n), siteIds: [...this.sites.keys()],
      route: this.route.slice(0, n), routes: [...this.routes.keys()], line: this.line.slice(0, n),
      bandMHz: this.bandMHz.slice(0, n), pci: this.pci.slice(0, n), cell: this.cell.slice(0, n), cellIds: [...this.cells.keys()],
      indoor: this.indoor.slice(0, n),
    };
  }

  private grow(): void {
    this.cap *= 2;
    const more = <T extends Float64Array | Float32Array | Uint8Array | Int16Array | Int32Array | Uint16Array>(a: T, make: (n: number) => T): T => {
      const b = make(this.cap);
      b.set(a);
      return b;
    };
    this.lon = more(this.lon, (n) => new Float64Array(n));
    this.lat = more(this.lat, (n) => new Float64Array(n));
    this.level = more(this.level, (n) => new Float32Array(n));
    this.tech = more(this.tech, (n) => new Uint8Array(n));
    this.carrier = more(this.carrier, (n) => new Int16Array(n));
    this.site = more(this.site, (n) => new Int32Array(n));
    this.route = more(this.route, (n) => new Uint16Array(n));
    this.line = more(this.line, (n) => new Int32Array(n));
    this.bandMHz = more(this.bandMHz, (n) => new Uint16Array(n));
    this.pci = more(this.pci, (n) => new Int16Array(n));
    this.cell = more(this.cell, (n) => new Int32Array(n));
    this.indoor = more(this.indoor, (n) => new Uint8Array(n));
  }
}

function intern(map: Map<string, number>, key: string): number {
  const have = map.get(key);
  if (have !== undefined) return have;
  map.set(key, map.size);
  return map.size - 1;
}
