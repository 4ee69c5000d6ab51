/**
 * Spatial index of site footprint boxes (grid metres). Flatbush is static, so edits since the last build sit
 * in a small "loose" list scanned linearly and their stale tree entries are filtered out; the tree is rebuilt
 * once the loose list grows past a few hundred entries.
 */
import Flatbush from 'flatbush';

export type Box = readonly [minX: number, minY: number, maxX: number, maxY: number];

const REBUILD_AFTER = 256;

export class SiteIndex {
  private readonly boxes = new Map<string, Box>();
  private tree: Flatbush | null = null;
  private treeIds: string[] = [];
  private readonly stale = new Set<string>();
  private readonly loose = new Set<string>();
  private deferred = false;

  /** While on (a bulk load), edits stay loose instead of rebuilding the tree; turning it off rebuilds once. */
  deferRebuilds(on: boolean): void {
    this.deferred = on;
    if (!on) this.rebuild();
  }

  set(id: string, box: Box): void {
    this.boxes.set(id, box);
    this.stale.add(id);
    this.loose.add(id);
    if (!this.deferred && this.loose.size > REBUILD_AFTER) this.rebuild();
  }

  delete(id: string): void {
    this.boxes.delete(id);
    this.stale.add(id);
    this.loose.delete(id);
  }

  rebuild(): void {
    this.treeIds = [...this.boxes.keys()];
    this.stale.clear();
    this.loose.clear();
    if (this.treeIds.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(this.treeIds.length);
    for (const id of this.treeIds) {
      const b = this.boxes.get(id);
      if (b) tree.add(b[0], b[1], b[2], b[3]);
    }
    tree.finish();
    this.tree = tree;
  }

  /** Ids of sites whose box intersects the query box. */
  search(box: Box): string[] {
    const out: string[] = [];
    if (this.tree) {
      for (const i of this.tree.search(box[0], box[1], box[2], box[3])) {
        const id = this.treeIds[i];
        if (id !== undefined && !this.stale.has(id)) out.push(id);
      }
    }
    for (const id of this.loose) {
      const b = this.boxes.get(id);
      if (b && b[0] <= box[2] && b[2] >= box[0] && b[1] <= box[3] && b[3] >= box[1]) out.push(id);
    }
    return out;
  }
}
