/** One old unit's area inside one new unit. */
export interface CrosswalkLink {
  oldCode: string;
  newCode: string;
  /** 0..1: share of the old unit's area that lies inside the new unit. */
  share: number;
  /** Overlap area, km² (0 when the crosswalk came from a code table). */
  areaKm2: number;
}

/** How two boundary sets (e.g. 2024 communes and 1 July 2025 merged units) relate. */
export interface Crosswalk {
  links: CrosswalkLink[];
  byOld: ReadonlyMap<string, CrosswalkLink[]>;
  byNew: ReadonlyMap<string, CrosswalkLink[]>;
  /** Codes of units with no link at all on the other side. */
  unmatched: { old: string[]; new: string[] };
  /** New unit code → true when it is made of whole old units (every part ≥ nestShare inside, and it is ≥ nestShare covered by them). */
  nests: ReadonlyMap<string, boolean>;
}

export const DEFAULT_NEST_SHARE = 0.99;

function groupBy(links: readonly CrosswalkLink[], key: (l: CrosswalkLink) => string): Map<string, CrosswalkLink[]> {
  const out = new Map<string, CrosswalkLink[]>();
  for (const l of links) {
    const list = out.get(key(l));
    if (list) list.push(l);
    else out.set(key(l), [l]);
  }
  return out;
}

/** Index the links both ways and list the codes left without any. Links should already be filtered. */
export function indexLinks(
  links: CrosswalkLink[],
  oldCodes: readonly string[],
  newCodes: readonly string[],
  nests: ReadonlyMap<string, boolean>,
): Crosswalk {
  const byOld = groupBy(links, (l) => l.oldCode);
  const byNew = groupBy(links, (l) => l.newCode);
  for (const list of byOld.values()) list.sort((a, b) => b.share - a.share);
  for (const list of byNew.values()) list.sort((a, b) => b.share - a.share);
  return {
    links,
    byOld,
    byNew,
    unmatched: { old: oldCodes.filter((c) => !byOld.has(c)), new: newCodes.filter((c) => !byNew.has(c)) },
    nests,
  };
}

/** The new unit an old unit mostly went to, or undefined when it went nowhere. */
export function mainSuccessor(cw: Crosswalk, oldCode: string): string | undefined {
  return cw.byOld.get(oldCode)?.[0]?.newCode;
}
