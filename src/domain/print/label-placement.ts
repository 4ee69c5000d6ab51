/**
 * Names on the printed map, placed without overlaps: each label tries a few positions around its anchor, the
 * labels taken greedily by priority (province, then wards and towns, then communes by population or area, then
 * villages), against a grid of boxes already taken (site symbols, the scale bar, the north arrow, the inset and the
 * labels placed so far). A label with no free position inside the map is left out.
 */
import type { PagePoint } from './map-projection';
import type { Box, Paper } from './page';

export type LabelKind = 'province' | 'ward' | 'commune' | 'village';

export interface LabelRequest {
  text: string;
  kind: LabelKind;
  /** Page mm: a unit's label point, or a village's point (its dot is there, so its label goes beside it). */
  anchor: PagePoint;
  /** Orders labels of one kind: population, or area where the population is unknown. */
  weight: number;
  widthMm: number;
  heightMm: number;
}

export interface PlacedLabel<T extends LabelRequest = LabelRequest> {
  label: T;
  /** The text's box, page mm; the text is centred in it. */
  box: Box;
}

export interface PlacementArea {
  /** The map box: a label lies wholly inside it. */
  frame: Box;
  /** Boxes no label may cover (site symbols and the map's furniture). */
  obstacles: readonly Box[];
  /** Free space kept around each label, mm (default 0.6). */
  gapMm?: number;
}

const KIND_RANK: Readonly<Record<LabelKind, number>> = { province: 0, ward: 1, commune: 2, village: 3 };

/** Font size of a label on the paper: A3 is A4 scaled by √2, and so are its names. */
export function labelSizePt(kind: LabelKind, paper: Paper): number {
  const base = kind === 'province' ? 11 : kind === 'ward' ? 7.5 : kind === 'commune' ? 7 : 5.5;
  return paper === 'A3' ? base * Math.SQRT2 : base;
}

/** Phường, thị trấn and đặc khu (the urban units and the island districts) are named before communes. */
export function unitLabelKind(type: string): LabelKind {
  return /^\s*(phường|thị trấn|đặc khu|ward|town)/iu.test(type) ? 'ward' : 'commune';
}

/** Higher priority first; equal ones by name, so a print is the same every time. */
export function compareLabels(a: LabelRequest, b: LabelRequest): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.weight - a.weight || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

/** Boxes tried in turn: a unit's label on its point, then shifted around it; a village's beside its dot. */
function candidates(r: LabelRequest): Box[] {
  const { widthMm: w, heightMm: h } = r;
  const [x, y] = r.anchor;
  const at = (dx: number, dy: number): Box => ({ x: x + dx - w / 2, y: y + dy - h / 2, w, h });
  if (r.kind === 'village') {
    const d = h * 0.45;
    return [at(w / 2 + d, 0), at(-w / 2 - d, 0), at(0, -h / 2 - d), at(0, h / 2 + d), at(w / 2 + d, -h / 2 - d), at(-w / 2 - d, -h / 2 - d), at(w / 2 + d, h / 2 + d), at(-w / 2 - d, h / 2 + d)];
  }
  // Shifts of up to three lines up or down and half the label's width sideways, nearest first (on a page dense
  // with sites the point itself is seldom free).
  const steps: [number, number][] = [];
  for (let j = -3; j <= 3; j++) for (let i = -1; i <= 1; i++) steps.push([i * (w / 2 + h * 0.5), j * h * 1.1]);
  steps.sort((a, b) => Math.hypot(a[0] / w, a[1] / h) - Math.hypot(b[0] / w, b[1] / h));
  return steps.map(([dx, dy]) => at(dx, dy));
}

const overlaps = (a: Box, b: Box, gap: number): boolean =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

const within = (a: Box, f: Box): boolean => a.x >= f.x && a.y >= f.y && a.x + a.w <= f.x + f.w && a.y + a.h <= f.y + f.h;

/** Taken boxes bucketed in square cells of the page, so a test looks at the boxes near it only. */
class TakenGrid {
  private readonly cells = new Map<number, Box[]>();

  constructor(private readonly cellMm: number) {}

  private keys(b: Box, gap: number): number[] {
    const c = this.cellMm;
    const out: number[] = [];
    for (let i = Math.floor((b.x - gap) / c); i <= Math.floor((b.x + b.w + gap) / c); i++) {
      for (let j = Math.floor((b.y - gap) / c); j <= Math.floor((b.y + b.h + gap) / c); j++) out.push(i * 100003 + j);
    }
    return out;
  }

  add(b: Box): void {
    for (const k of this.keys(b, 0)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }

  free(b: Box, gap: number): boolean {
    return this.keys(b, gap).every((k) => (this.cells.get(k) ?? []).every((t) => !overlaps(b, t, gap)));
  }
}

export function placeLabels<T extends LabelRequest>(requests: readonly T[], area: PlacementArea): PlacedLabel<T>[] {
  const gap = area.gapMm ?? 0.6;
  const taken = new TakenGrid(10);
  for (const o of area.obstacles) taken.add(o);
  const placed: PlacedLabel<T>[] = [];
  for (const r of [...requests].sort(compareLabels)) {
    if (!(r.widthMm > 0 && r.heightMm > 0) || !r.anchor.every(Number.isFinite)) continue;
    const box = candidates(r).find((b) => within(b, area.frame) && taken.free(b, gap));
    if (!box) continue;
    taken.add(box);
    placed.push({ label: r, box });
  }
  return placed;
}
