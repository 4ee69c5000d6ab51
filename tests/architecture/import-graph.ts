import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Every module under `root` and the modules under `root` it imports (paths relative to `root`, `/`-separated). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const SOURCE = /\.(ts|tsx)$/;
// Workers are started by URL, not imported, but they couple the starting file to the worker's layer all the same.
const WORKER_URL = /new\s+URL\(\s*'([^']+)'\s*,\s*import\.meta\.url\s*\)/g;

export function listSources(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  walk(root);
  return out;
}

/** Stylesheets and data files are not modules of a layer. */
const ASSET = /\.(css|json)$/;

/** The module a relative specifier names, as the bundler resolves it; null when there is none. */
export function resolveRelative(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier.replace(/\?.*$/, ''));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  for (const candidate of candidates) {
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Type-only imports and re-exports count: `import type` still ties one layer to another. */
export function specifiersOf(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  const specs = info.importedFiles.map((f) => f.fileName);
  for (const match of text.matchAll(WORKER_URL)) if (match[1] !== undefined) specs.push(match[1]);
  return specs;
}

export function buildImportGraph(root: string): { graph: ImportGraph; unresolved: string[] } {
  const graph = new Map<string, string[]>();
  const unresolved: string[] = [];
  const name = (path: string): string => relative(root, path).split('\\').join('/');
  for (const file of listSources(root)) {
    const targets = new Set<string>();
    for (const spec of specifiersOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.') || ASSET.test(spec.replace(/\?.*$/, ''))) continue;
      const target = resolveRelative(file, spec);
      if (target === null) unresolved.push(`${name(file)} → ${spec}`);
      else targets.add(name(target));
    }
    graph.set(name(file), [...targets].sort());
  }
  return { graph, unresolved };
}

/** One cycle per strongly connected component, written as a path that returns to its start. */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = component.length === 1 && (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => cycleWithin(graph, new Set(component)));
}

/** The shortest way back to the component's first module (by name), staying inside the component. */
function cycleWithin(graph: ImportGraph, members: ReadonlySet<string>): string[] {
  const start = [...members].sort()[0] ?? '';
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    const node = queue[i] ?? '';
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [node];
        for (let at = node; at !== start; ) {
          at = cameFrom.get(at) ?? start;
          path.unshift(at);
        }
        return [...path, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start];
}
