import { zipSync } from 'fflate';

/** Test-side shapefile writer (ESRI Shapefile Technical Description, 1998): points or single-part polygons, dBase III attributes. */
export type Ring = [number, number][];
export type ShapeInput = { type: 'point'; xy: [number, number] } | { type: 'polygon'; rings: Ring[] };
export type FieldValue = string | number | null;
export interface FieldSpec { name: string; type: 'C' | 'N'; length: number; decimals?: number }

const POINT = 1;
const POLYGON = 5;

function bbox(points: [number, number][]): [number, number, number, number] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function content(shape: ShapeInput): Uint8Array {
  if (shape.type === 'point') {
    const v = new DataView(new ArrayBuffer(20));
    v.setInt32(0, POINT, true);
    v.setFloat64(4, shape.xy[0], true);
    v.setFloat64(12, shape.xy[1], true);
    return new Uint8Array(v.buffer);
  }
  const points = shape.rings.flat();
  const v = new DataView(new ArrayBuffer(44 + 4 * shape.rings.length + 16 * points.length));
  v.setInt32(0, POLYGON, true);
  bbox(points).forEach((b, i) => v.setFloat64(4 + 8 * i, b, true));
  v.setInt32(36, shape.rings.length, true);
  v.setInt32(40, points.length, true);
  let start = 0;
  shape.rings.forEach((ring, i) => {
    v.setInt32(44 + 4 * i, start, true);
    start += ring.length;
  });
  const at = 44 + 4 * shape.rings.length;
  points.forEach(([x, y], i) => {
    v.setFloat64(at + 16 * i, x, true);
    v.setFloat64(at + 16 * i + 8, y, true);
  });
  return new Uint8Array(v.buffer);
}

function header(fileBytes: number, shapeType: number, box: [number, number, number, number]): Uint8Array {
  const v = new DataView(new ArrayBuffer(100));
  v.setInt32(0, 9994);
  v.setInt32(24, fileBytes / 2);
  v.setInt32(28, 1000, true);
  v.setInt32(32, shapeType, true);
  box.forEach((b, i) => v.setFloat64(36 + 8 * i, b, true));
  return new Uint8Array(v.buffer);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function shpAndShx(shapes: ShapeInput[]): { shp: Uint8Array; shx: Uint8Array } {
  const type = shapes[0]?.type === 'polygon' ? POLYGON : POINT;
  const box = bbox(shapes.flatMap((s) => (s.type === 'point' ? [s.xy] : s.rings.flat())));
  const records: Uint8Array[] = [];
  const index: Uint8Array[] = [];
  let offset = 100;
  shapes.forEach((shape, i) => {
    const body = content(shape);
    const head = new DataView(new ArrayBuffer(8));
    head.setInt32(0, i + 1);
    head.setInt32(4, body.length / 2);
    records.push(new Uint8Array(head.buffer), body);
    const entry = new DataView(new ArrayBuffer(8));
    entry.setInt32(0, offset / 2);
    entry.setInt32(4, body.length / 2);
    index.push(new Uint8Array(entry.buffer));
    offset += 8 + body.length;
  });
  const shp = concat([header(offset, type, box), ...records]);
  const shx = concat([header(100 + 8 * shapes.length, type, box), ...index]);
  return { shp, shx };
}

/** dBase III table; `encode` turns text into the file's code page (UTF-8 unless told). */
export function dbf(fields: FieldSpec[], rows: FieldValue[][], encode: (s: string) => Uint8Array = (s) => new TextEncoder().encode(s)): Uint8Array {
  const headerLen = 32 + 32 * fields.length + 1;
  const recordLen = 1 + fields.reduce((n, f) => n + f.length, 0);
  const out = new Uint8Array(headerLen + recordLen * rows.length + 1);
  const v = new DataView(out.buffer);
  out[0] = 0x03;
  out.set([124, 1, 1], 1);
  v.setUint32(4, rows.length, true);
  v.setUint16(8, headerLen, true);
  v.setUint16(10, recordLen, true);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    out.set(new TextEncoder().encode(f.name.slice(0, 10)), at);
    out[at + 11] = f.type.charCodeAt(0);
    out[at + 16] = f.length;
    out[at + 17] = f.decimals ?? 0;
  });
  out[headerLen - 1] = 0x0d;
  rows.forEach((row, r) => {
    let at = headerLen + r * recordLen;
    out[at++] = 0x20;
    fields.forEach((f, i) => {
      const value = row[i];
      const text = value === null || value === undefined ? '' : f.type === 'N' && typeof value === 'number' ? value.toFixed(f.decimals ?? 0) : String(value);
      const bytes = encode(text).slice(0, f.length);
      const cell = new Uint8Array(f.length).fill(0x20);
      cell.set(bytes, f.type === 'N' ? f.length - bytes.length : 0);
      out.set(cell, at);
      at += f.length;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

export interface ShapefileSpec {
  base: string;
  shapes: ShapeInput[];
  fields: FieldSpec[];
  rows: FieldValue[][];
  prj?: string;
  cpg?: string;
  encode?: (s: string) => Uint8Array;
}

export function shapefileFiles(spec: ShapefileSpec): Record<string, Uint8Array> {
  const { shp, shx } = shpAndShx(spec.shapes);
  const files: Record<string, Uint8Array> = {
    [`${spec.base}.shp`]: shp,
    [`${spec.base}.shx`]: shx,
    [`${spec.base}.dbf`]: dbf(spec.fields, spec.rows, spec.encode),
  };
  if (spec.prj !== undefined) files[`${spec.base}.prj`] = new TextEncoder().encode(spec.prj);
  if (spec.cpg !== undefined) files[`${spec.base}.cpg`] = new TextEncoder().encode(spec.cpg);
  return files;
}

export function shapefileZip(...specs: ShapefileSpec[]): Uint8Array {
  return zipSync(Object.assign({}, ...specs.map(shapefileFiles)) as Record<string, Uint8Array>);
}
