import { describe, expect, it } from 'vitest';
import { placeScreenLabels, type ScreenLabelView } from '../../src/map/screen-labels';

/** 1000 px a degree, north up, origin at (107, 13); an 800 × 600 map. */
const view: ScreenLabelView = {
  project: ([lon, lat]) => ({ x: (lon - 107) * 1000, y: (13 - lat) * 1000 }),
  unproject: ([x, y]) => ({ lng: 107 + x / 1000, lat: 13 - y / 1000 }),
  widthPx: 800,
  heightPx: 600,
};
const at = (x: number, y: number): [number, number] => [107 + x / 1000, 13 - y / 1000];
const width = (text: string, size: number) => text.length * size * 0.6;
const label = (code: string, x: number, y: number, rank: number) => ({ code, name: `Xã ${code}`, point: at(x, y), rank });

describe('placeScreenLabels', () => {
  it('keeps the higher-ranked of two names at one place, shifting or dropping the other so none overlap', () => {
    const out = placeScreenLabels([label('B', 400, 300, 5), label('A', 400, 300, 0), label('C', 402, 302, 9)], [], view, 11, width);
    expect(out[0]?.code).toBe('A');
    expect(out[0]?.position[0]).toBeCloseTo(at(400, 300)[0], 6);
    const boxes = out.map((l) => {
      const p = view.project(l.position);
      const w = width(l.name, 11) + 4;
      const h = 11 * 1.2 + 4;
      return { x: p.x - w / 2, y: p.y - h / 2, w, h };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!, b = boxes[j]!;
        expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y, `${out[i]?.code} and ${out[j]?.code} overlap`).toBe(true);
      }
    }
  });

  it('puts names after the leading ones only where they cover no site symbol; leading names are kept on sites; far names are left out', () => {
    const site = { x: 400, y: 300, r: 6 };
    // Ten units: the six best ranked lead (at least six, or 15 %); they lie away from here but for L0 on the site.
    const leaders = [label('L0', 400, 300, 0), ...[1, 2, 3, 4, 5].map((i) => label(`L${i}`, 100, 80 * i, i))];
    const out = placeScreenLabels([...leaders, label('A', 420, 330, 6), label('B', 2000, 300, 7)], [site], view, 11, width);
    const codes = out.map((l) => l.code);
    expect(codes).toContain('L0');
    expect(codes).not.toContain('B');
    const a = out.find((l) => l.code === 'A');
    expect(a).toBeDefined();
    const p = view.project(a!.position);
    const w = width('Xã A', 11) + 4;
    const h = 11 * 1.2 + 4;
    const clear = p.x + w / 2 <= site.x - site.r || p.x - w / 2 >= site.x + site.r || p.y + h / 2 <= site.y - site.r || p.y - h / 2 >= site.y + site.r;
    expect(clear, `label A at ${p.x},${p.y} covers the site`).toBe(true);
  });
});
