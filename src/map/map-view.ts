/**
 * What the map draws and the selections it reports: the slice of app state the map reads, declared here so the
 * map never imports app/ (app/state.ts builds its state from these types).
 */
import type { CoverageFigures } from '../domain/coverage';
import type { Palette } from '../domain/display/coverage-palette';
import type { CoverageImage } from '../domain/display/coverage-image';
import type { BinPoints } from '../domain/display/measurement-image';
import type { ImportPreviewPoints } from '../domain/display/import-preview';
import type { Dataset, Site, Technology } from '../domain/model/types';
import type { DerivedLayers } from '../worker/derived-layers';

export type LayerId = 'coverage' | 'units' | 'labels' | 'villages' | 'sites' | 'sectors' | 'fibre' | 'roads' | 'basemap' | 'terrain' | 'landCover';

export type Selection =
  | { kind: 'none' }
  | { kind: 'unit'; code: string }
  | { kind: 'village'; id: string }
  | { kind: 'site'; id: string }
  | { kind: 'fibre'; id: string };

/**
 * select: click to inspect, drag proposed sites; move: drag any site; propose: click to place a proposed site;
 * profile: click a site or a point, then the other end of a terrain profile.
 */
export type Tool = 'select' | 'move' | 'propose' | 'profile';

/** The terrain profile drawn on the map: its start, its end once picked, and its dominant edge once known. */
export interface ProfileOverlay {
  from: [number, number];
  to: [number, number] | null;
  edge: [number, number] | null;
}

export type SiteColour = 'carrier' | 'technology';

/** Features a list (underserved villages, undergrounding packages…) asks the map to emphasise. */
export interface Highlight {
  /** Who set it, so a panel only clears its own. */
  source: string;
  villageIds: string[];
  /** Polylines (e.g. aerial cable packages), [lon, lat] pairs. */
  paths: [number, number][][];
  /** Points with a label (e.g. proposer suggestions). */
  points: { position: [number, number]; label: string }[];
}

/**
 * With `zoom`, the map jumps there exactly (a restored view); with `bbox` [west, south, east, north] it fits that box
 * (an import's preview); without either, it pans to the point only when it is off screen.
 */
export interface MapFocus {
  lon: number;
  lat: number;
  zoom?: number;
  bbox?: readonly [number, number, number, number];
  seq: number;
}

export interface MapView {
  dataset: Dataset | null;
  derived: DerivedLayers | null;
  figures: CoverageFigures | null;
  images: Partial<Record<Technology, CoverageImage>>;
  layers: Record<LayerId, boolean>;
  coverageTech: Technology;
  siteColour: SiteColour;
  selection: Selection;
  basemapUrl: string;
  tool: Tool;
  highlight: Highlight | null;
  sites: readonly Site[];
  compareImage: CoverageImage | null;
  /** The measurement layer's cells (mean measured level or measured − predicted); absent or null: none. */
  measurePoints?: BinPoints | null;
  /** A place to show (a village picked in a table, a restored view); each new `seq` is acted on once. */
  focus?: MapFocus | null;
  /** The print's palette; absent: the screen's colours. */
  palette?: Palette;
  /** Absent (print maps) or null: no profile line. */
  profile?: ProfileOverlay | null;
  /** A CSV import's points before its commit (bad rows in red); absent or null: no import pending. */
  importPreview?: ImportPreviewPoints | null;
  /** The engine is computing the coverage of the sites as shown (an edit's result is on its way). */
  coverageDue?: boolean;
}
