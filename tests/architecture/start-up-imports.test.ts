/**
 * What the page and the coverage worker load at start-up (issue 16): the modules reached from their entries by
 * static value imports. Type-only imports are erased and dynamic import() makes a chunk fetched on first use, so
 * neither counts. The readers, writers and views split out must stay out of these closures.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { resolveRelative } from './import-graph';

const src = join(import.meta.dirname, '..', '..', 'src');

/** The specifiers of a module's static imports and re-exports that bring values. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes = clause !== undefined && clause.name === undefined && named !== undefined && ts.isNamedImports(named)
        && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      const clause = node.exportClause;
      const onlyTypes = clause !== undefined && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) out.push(node.moduleSpecifier.text);
    }
  }
  return out;
}

/** The modules under src/ (relative paths) and the packages they import, reached from `entry`. */
function startUpClosure(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = [join(src, entry)];
  for (let i = 0; i < queue.length; i += 1) {
    const file = queue[i] ?? '';
    const name = relative(src, file).split('\\').join('/');
    if (modules.has(name)) continue;
    modules.add(name);
    for (const spec of valueImports(file)) {
      if (/\.(css|woff2?)(\?.*)?$/.test(spec) || spec.includes('?url')) continue;
      if (!spec.startsWith('.')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
        continue;
      }
      const target = resolveRelative(file, spec);
      if (target !== null) queue.push(target);
    }
  }
  return { modules, packages };
}

const within = (modules: Set<string>, prefixes: readonly string[]): string[] =>
  [...modules].filter((m) => prefixes.some((p) => m.startsWith(p))).sort();

describe('start-up download: what loads on first use stays out of the entries\' static imports', () => {
  it('the page loads no print view, import dialog, side tab beyond the figures, PDF, zip, CSV or coordinate library', () => {
    const { modules, packages } = startUpClosure('main.tsx');
    expect(modules.has('ui/App.tsx')).toBe(true);
    expect(within(modules, [
      'ui/print/PrintView', 'ui/print/PageTab', 'ui/print/AtlasTab', 'ui/import/ImportDialogs', 'ui/import/CsvImportDialog',
      'ui/rules/UnderservedPanel', 'ui/rules/DashboardPanel', 'ui/rules/UndergroundingPanel', 'ui/measure/MeasureStatsPanel',
      'app/print-map', 'io/pdf/', 'io/measure/', 'io/coords/vn2000.ts',
    ])).toEqual([]);
    expect(['papaparse', 'proj4', 'fflate', 'jspdf', 'shpjs', '@xmldom/xmldom', 'geotiff', 'fast-png'].filter((p) => packages.has(p))).toEqual([]);
  });

  it('the coverage worker loads no KML, shapefile, CSV site, measurement, elevation or land-cover reader, no export, no demo generator', () => {
    const { modules, packages } = startUpClosure('worker/coverage.worker.ts');
    expect(modules.has('worker/engine-state.ts')).toBe(true);
    expect(within(modules, [
      'worker/import-csv', 'worker/import-layer', 'worker/import-export', 'worker/import-dem', 'worker/import-land-cover', 'worker/import-measurements',
      'io/kml/', 'io/shapefile/', 'io/dem/', 'io/land-cover/', 'io/export/', 'io/measure/', 'io/csv/import-sites-csv', 'io/coords/vn2000.ts',
      // the demo generator: a project reopened from the browser does not need it
      'domain/demo/index.ts', 'domain/demo/communes.ts', 'domain/demo/province-hull.ts', 'domain/demo/sites.ts',
    ])).toEqual([]);
    expect(['proj4', 'fflate', 'shpjs', '@xmldom/xmldom', '@tmcw/togeojson', 'geotiff', 'fast-png'].filter((p) => packages.has(p))).toEqual([]);
  });
});
