/**
 * A scenario's changes over the baseline sites: replaced sites (by baseline id), added sites and removed ids.
 * The baseline itself is never overwritten; applying the edits gives the sites the scenario shows.
 */
import { dict, own, withEntry, withoutEntry } from '../model/dict';
import type { Site } from '../model/types';

export interface ScenarioEdits {
  /** Replacement for a baseline site, keyed by that site's id (read it with `own`: ids may be "constructor"). */
  siteEdits: Record<string, Site>;
  addedSites: Site[];
  removedSiteIds: string[];
}

export const NO_EDITS: ScenarioEdits = { siteEdits: dict(), addedSites: [], removedSiteIds: [] };

export function editCount(e: ScenarioEdits): number {
  return Object.keys(e.siteEdits).length + e.addedSites.length + e.removedSiteIds.length;
}

/** Baseline sites with the edits applied: edited in place, removed dropped, added appended. */
export function applyEdits(base: readonly Site[], e: ScenarioEdits): Site[] {
  const removed = new Set(e.removedSiteIds);
  const out: Site[] = [];
  for (const s of base) if (!removed.has(s.id)) out.push(own(e.siteEdits, s.id) ?? s);
  for (const s of e.addedSites) if (!removed.has(s.id)) out.push(s);
  return out;
}

/** The site with this id as the scenario has it, or null when the scenario removes it or it does not exist. */
export function siteIn(base: readonly Site[], e: ScenarioEdits, id: string): Site | null {
  if (e.removedSiteIds.includes(id)) return null;
  const added = e.addedSites.find((s) => s.id === id);
  if (added) return added;
  const original = base.find((s) => s.id === id);
  // An edit of a site the baseline no longer has (after a new import) is ignored, as applyEdits does.
  return original ? (own(e.siteEdits, id) ?? original) : null;
}

/** Replaces (or adds) one site in the scenario: added sites are changed in place, baseline sites get an edit. */
export function withSite(base: readonly Site[], e: ScenarioEdits, site: Site): ScenarioEdits {
  if (e.addedSites.some((s) => s.id === site.id)) {
    return { ...e, addedSites: e.addedSites.map((s) => (s.id === site.id ? site : s)) };
  }
  if (base.some((s) => s.id === site.id)) return { ...e, siteEdits: withEntry(e.siteEdits, site.id, site) };
  return { ...e, addedSites: [...e.addedSites, site] };
}

/** Removes a site: an added one disappears from the scenario, a baseline one is marked removed. */
export function withoutSite(base: readonly Site[], e: ScenarioEdits, id: string): ScenarioEdits {
  if (e.addedSites.some((s) => s.id === id)) return { ...e, addedSites: e.addedSites.filter((s) => s.id !== id) };
  if (!base.some((s) => s.id === id) || e.removedSiteIds.includes(id)) return e;
  return { ...e, siteEdits: withoutEntry(e.siteEdits, id), removedSiteIds: [...e.removedSiteIds, id] };
}

/** Puts a baseline site back as imported (drops its edit or its removal). */
export function revertSite(e: ScenarioEdits, id: string): ScenarioEdits {
  return { ...e, siteEdits: withoutEntry(e.siteEdits, id), removedSiteIds: e.removedSiteIds.filter((x) => x !== id) };
}

function sameSite(a: Site | null, b: Site | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What an engine holding the sites of `from` must change to hold those of `to`: only the sites either scenario
 * touches are compared, so switching scenarios or undoing an edit costs a few incremental updates.
 */
export function transition(base: readonly Site[], from: ScenarioEdits, to: ScenarioEdits): { upserts: Site[]; removals: string[] } {
  const touched = new Set<string>([
    ...Object.keys(from.siteEdits), ...from.addedSites.map((s) => s.id), ...from.removedSiteIds,
    ...Object.keys(to.siteEdits), ...to.addedSites.map((s) => s.id), ...to.removedSiteIds,
  ]);
  const upserts: Site[] = [];
  const removals: string[] = [];
  for (const id of touched) {
    const before = siteIn(base, from, id);
    const after = siteIn(base, to, id);
    if (sameSite(before, after)) continue;
    if (after) upserts.push(after);
    else removals.push(id);
  }
  return { upserts, removals };
}
