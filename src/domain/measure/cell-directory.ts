/**
 * The loaded sites' cells as carriers' uploads name them (Sector.cells): a sample's serving cell id is looked up
 * exactly first, and a PCI names the site among those whose cells carry it. PCIs are reused across a network (504
 * for LTE), so a PCI picks the nearest site with that PCI that reaches the sample.
 */
import type { Site, Technology } from '../model/types';

export class CellDirectory {
  private readonly byCellId = new Map<string, string>();
  private readonly byPci = new Map<number, Site[]>();

  /** Cells of another technology than `tech` are left out (cells without one are kept). */
  constructor(sites: readonly Site[], tech: Technology) {
    for (const site of sites) {
      for (const sector of site.sectors) {
        for (const cell of sector.cells ?? []) {
          if (cell.tech !== undefined && cell.tech !== tech) continue;
          if (!this.byCellId.has(cell.id)) this.byCellId.set(cell.id, site.id);
          if (cell.pci === undefined) continue;
          const list = this.byPci.get(cell.pci);
          if (!list) this.byPci.set(cell.pci, [site]);
          else if (!list.includes(site)) list.push(site);
        }
      }
    }
  }

  get empty(): boolean {
    return this.byCellId.size === 0;
  }

  /** The site whose cell has exactly this id, or null. */
  siteOfCell(cellId: string): string | null {
    return this.byCellId.get(cellId.trim()) ?? null;
  }

  /** Sites with a cell of this PCI, in no order. */
  sitesWithPci(pci: number): readonly Site[] {
    return this.byPci.get(pci) ?? [];
  }
}
