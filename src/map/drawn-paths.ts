import { pathBoxes, pathsInView, simplifiedPaths, type DrawnPath, type ViewBox } from '../domain/display/paths-for-view';

type Line = { coordinates: readonly (readonly number[])[] };

/**
 * One line layer's drawn paths: simplified once per whole zoom level and list, culled to the view; the same array
 * while neither changes, so deck.gl keeps its buffers between renders (a drag renders at every move).
 */
export class DrawnPaths<T extends Line> {
  private simplified: { items: readonly T[]; level: number; paths: DrawnPath<T>[]; boxes: Float64Array } | null = null;
  private culled: { paths: DrawnPath<T>[]; key: string; out: DrawnPath<T>[] } | null = null;

  at(items: readonly T[], zoom: number, view: ViewBox): DrawnPath<T>[] {
    const level = Math.max(0, Math.floor(zoom));
    if (this.simplified?.items !== items || this.simplified.level !== level) {
      const paths = simplifiedPaths(items, level);
      this.simplified = { items, level, paths, boxes: pathBoxes(paths) };
    }
    const { paths, boxes } = this.simplified;
    const key = view.join();
    if (this.culled?.paths !== paths || this.culled.key !== key) this.culled = { paths, key, out: pathsInView(paths, boxes, view) };
    return this.culled.out;
  }
}
