/**
 * How deeply a parsed JSON value nests, checked without recursion. JSON.parse copes with 100,000 levels, but
 * structuredClone, IndexedDB and postMessage overflow the stack on them ("Maximum call stack size exceeded"), so a
 * project is checked before anything copies it.
 */

/** A PhuSong project nests about ten levels (project.baseline.units[i].geometry.coordinates[p][r][v][xy]). */
export const MAX_PROJECT_DEPTH = 100;

/**
 * null when `value` nests at most `max` levels; else the first keys on the way to a value that nests deeper
 * (at most `shownKeys` of them, e.g. "project.extra.a.a"), to name it in a message.
 */
export function tooDeepPath(value: unknown, max: number, shownKeys = 4): string | null {
  const stack: { v: unknown; depth: number; path: string[] }[] = [{ v: value, depth: 0, path: [] }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { v, depth, path } = top;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return path.join('.');
    const push = (child: unknown, key: string | number) => {
      if (typeof child === 'object' && child !== null) {
        stack.push({ v: child, depth: depth + 1, path: path.length < shownKeys ? [...path, String(key)] : path });
      }
    };
    if (Array.isArray(v)) v.forEach(push);
    else for (const [key, child] of Object.entries(v)) push(child, key);
  }
  return null;
}
