import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { buildImportGraph, findCycles } from './import-graph';

const repo = join(import.meta.dirname, '..', '..');
const src = join(repo, 'src');

/**
 * The layer order as the README's Layout section states it: a fenced `layers` block, top layer first, one rank
 * per line; layers sharing a line (`src/map/ · src/i18n/`) are the same rank and may not import each other.
 */
function readmeRanks(): string[][] {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const block = /```layers\n([\s\S]*?)\n```/.exec(readme);
  if (block?.[1] === undefined) throw new Error('README.md has no ```layers block');
  return block[1]
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (line.trim().split(/\s{2,}/)[0] ?? '').split(' · ').map(layerOfFolder))
    .reverse();
}

function layerOfFolder(folder: string): string {
  const match = /^src\/(main\.tsx|[a-z0-9]+\/)$/.exec(folder.trim());
  if (match?.[1] === undefined) throw new Error(`README layers block: "${folder}" is not src/<folder>/ or src/main.tsx`);
  return match[1] === 'main.tsx' ? 'main' : match[1].slice(0, -1);
}

/** The layer a module belongs to: its first folder under src/, or `main` for the composition root. */
function layerOf(module: string): string {
  return module === 'main.tsx' ? 'main' : (module.split('/')[0] ?? module);
}

const ranks = readmeRanks();
const rankOf = new Map(ranks.flatMap((row, rank) => row.map((layer) => [layer, rank] as const)));
const layers = [...rankOf.keys()];
/** Own layer or any layer on a lower rank. */
function mayImport(from: string, to: string): boolean {
  return from === to || (rankOf.get(to) ?? Infinity) < (rankOf.get(from) ?? -Infinity);
}

const { graph, unresolved } = buildImportGraph(src);

describe('architecture: layers and cycles', () => {
  it('the README names every layer under src/ once, and the order has the issue\'s shape', () => {
    expect(layers.length).toBe(new Set(layers).size);
    const present = new Set([...graph.keys()].map(layerOf));
    expect([...present].filter((layer) => !rankOf.has(layer))).toEqual([]);
    for (const [lower, higher] of [['domain', 'io'], ['io', 'worker'], ['worker', 'map'], ['io', 'i18n'], ['map', 'app'], ['i18n', 'app'], ['app', 'ui'], ['ui', 'main']] as const) {
      expect(mayImport(higher, lower), `${higher} may import ${lower}`).toBe(true);
      expect(mayImport(lower, higher), `${lower} may not import ${higher}`).toBe(false);
    }
  });

  it('every relative import resolves to a module under src/', () => {
    expect(unresolved).toEqual([]);
  });

  it('no import runs up (or across) a layer, type-only imports included', () => {
    const upward: string[] = [];
    for (const [from, targets] of graph) {
      for (const to of targets) {
        if (!mayImport(layerOf(from), layerOf(to))) upward.push(`${from} → ${to}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('there are no import cycles', () => {
    expect(findCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('ESLint refuses exactly the imports the README\'s order forbids', { timeout: 120_000 }, async () => {
    const eslint = new ESLint({ cwd: repo });
    const mismatches: string[] = [];
    for (const from of layers) {
      const filePath = join(src, from === 'main' ? 'main.tsx' : `${from}/nested/probe.ts`);
      for (const to of layers) {
        if (to === from) continue;
        const specifier = to === 'main' ? (from === 'main' ? './main' : '../../main') : `${from === 'main' ? '.' : '../..'}/${to}/probe`;
        const code = `import { probe } from '${specifier}';\nimport type { Probe } from '${specifier}';\nexport const used: Probe = probe;\n`;
        const [result] = await eslint.lintText(code, { filePath });
        const refused = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
        const expected = mayImport(from, to) ? 0 : 2;
        if (refused !== expected) mismatches.push(`${from} → ${to}: ${refused} of 2 imports refused, expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
