import type { ElevationModel } from '../terrain/elevation-model';
import type { LandCoverModel } from './land-cover';
import type { MultiPolygon, Polygon } from 'geojson';

/** Longitude, latitude in WGS84 degrees (RFC 7946 order). */
export type LngLat = readonly [number, number];

export type Technology = '2G' | '3G' | '4G' | '5G';
export const TECHNOLOGIES: readonly Technology[] = ['2G', '3G', '4G', '5G'];

/** Land-use class that picks the propagation model variant. */
export type Clutter = 'urban' | 'suburban' | 'rural' | 'open';

/** One radio carried by a site: a technology on a frequency band. */
export interface Radio {
  tech: Technology;
  bandMHz: number;
}

/** A sector antenna. `azimuthDeg === null` means an omnidirectional antenna. */
export interface Sector {
  azimuthDeg: number | null;
  /** Horizontal half-power beamwidth, degrees. */
  beamwidthDeg: number;
  /** Total downtilt (mechanical + electrical), degrees, positive = down. */
  downtiltDeg: number;
  /** The carrier's cells on this sector (from an upload's cell id and PCI columns), kept to be exported again. */
  cells?: SectorCell[];
}

/**
 * One cell of a sector as the carrier's file names it; tech and band when its row gave exactly one radio. Its row's
 * tilt, beamwidth and azimuth when they differ from the sector's (the sector is the first row's), kept to be exported.
 */
export interface SectorCell {
  id: string;
  /** Physical cell id (LTE 0–503, NR 0–1007). */
  pci?: number;
  tech?: Technology;
  bandMHz?: number;
  downtiltDeg?: number;
  beamwidthDeg?: number;
  azimuthDeg?: number;
}

export interface Site {
  id: string;
  name: string;
  carrier: string;
  lon: number;
  lat: number;
  /** Antenna height above ground, metres. */
  heightM: number;
  sectors: Sector[];
  radios: Radio[];
  /** True for a planner's proposed site, false for existing infrastructure. */
  proposed: boolean;
  /** A planner's change of transmit power against the link budget preset, dB; absent means 0. */
  powerOffsetDb?: number;
  /** The named import layer the site came from (a carrier's upload); absent for the demo's and hand-placed sites. */
  layer?: string;
}

export type Laying = 'aerial' | 'underground' | 'duct' | 'unknown';

export interface FibreRoute {
  id: string;
  name: string;
  laying: Laying;
  /** Backbone between district centres, or spur to a commune/village. */
  kind: 'backbone' | 'spur' | 'unknown';
  coordinates: LngLat[];
}

/** National and provincial highways ('main'), district, commune and village roads ('minor'). */
export type RoadClass = 'main' | 'minor';

export interface Road {
  id: string;
  name: string;
  class: RoadClass;
  coordinates: LngLat[];
}

export type UnitGeometry = Polygon | MultiPolygon;

/** A commune, ward or town (or a post-2025 merged unit): the unit figures are reported on. */
export interface ReportingUnit {
  code: string;
  name: string;
  /** 'Xã' | 'Phường' | 'Thị trấn' | 'Đặc khu' or whatever the source says. */
  type: string;
  district: string;
  population: number;
  clutter: Clutter;
  geometry: UnitGeometry;
  /** Codes of the earlier units this one was made from, as its file lists them (a 2025 unit's merged_from_codes). */
  mergedFrom?: string[];
}

/** A village (thôn, bon, buôn, tổ dân phố), nested in a reporting unit. */
export interface Village {
  id: string;
  name: string;
  unitCode: string;
  population: number;
  /** Polygon where known; a point-only village is a tiny polygon-less entry with `point`. */
  geometry: UnitGeometry | null;
  point: LngLat;
}

export interface DatasetMeta {
  name: string;
  /** True when geometry or attributes were generated rather than surveyed (some layer still is). */
  synthetic: boolean;
  /**
   * The vector layers still generated (model/generated-layers): the demo's are all, a layer import removes its own.
   * Absent in projects saved before it was tracked: then every layer when `synthetic`, else none.
   */
  generatedLayers?: ('units' | 'villages' | 'sites' | 'fibre' | 'roads')[];
  sources: string[];
}

/** Everything loaded into a project: the baseline layers. */
export interface Dataset {
  meta: DatasetMeta;
  units: ReportingUnit[];
  villages: Village[];
  sites: Site[];
  fibre: FibreRoute[];
  /** Absent in datasets and projects made before roads were a layer; read it as `dataset.roads ?? []`. */
  roads?: Road[];
  /** Ground heights: paths then lose their terrain diffraction (unless settings.terrain is false). */
  elevation?: ElevationModel;
  /**
   * Land cover: each site's propagation model takes the clutter of the ground it stands on, so a site keeps its
   * signal whatever boundary set the figures are summed over. Without it, the clutter of the unit the site is in.
   */
  landCover?: LandCoverModel;
}

/** One problem found while reading input. `line` is 1-based as a text editor counts; `index` is 0-based. */
export interface ImportIssue {
  severity: 'error' | 'warning';
  /**
   * What went wrong as a code of the layer readers with its parameters (CSV issues carry `code` instead, see
   * io/csv/row-issue); never words: the app renders it in its language and the CLI in English (i18n/messages).
   */
  layerCode?: string;
  params?: Readonly<Record<string, string | number>>;
  line?: number;
  index?: number;
  column?: string;
  value?: string;
}

/** Bulk input never throws on bad data: it returns what it read and every problem it saw. */
export interface ImportResult<T> {
  items: T[];
  issues: ImportIssue[];
}
