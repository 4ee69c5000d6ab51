import { describe, expect, it } from 'vitest';
import { labelSizePt, placeLabels, unitLabelKind, type LabelRequest } from '../../../src/domain/print';
import type { Box } from '../../../src/domain/print';

const frame: Box = { x: 0, y: 0, w: 200, h: 150 };

function label(text: string, kind: LabelRequest['kind'], anchor: [number, number], weight = 0, widthMm = 20, heightMm = 4): LabelRequest {
  return { text, kind, anchor, weight, widthMm, heightMm };
}

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('placeLabels', () => {
  it('keeps the higher-priority label on its point when two overlap; the other moves off it', () => {
    const placed = placeLabels([label('Xã Nhỏ', 'commune', [100, 75], 1000), label('Xã Lớn', 'commune', [104, 75], 9000)], { frame, obstacles: [] });
    const big = placed.find((p) => p.label.text === 'Xã Lớn');
    const small = placed.find((p) => p.label.text === 'Xã Nhỏ');
    expect(big?.box).toEqual({ x: 94, y: 73, w: 20, h: 4 });
    expect(small).toBeDefined();
    expect(overlaps(big?.box ?? frame, small?.box ?? frame)).toBe(false);
  });

  it('hides the lower-priority label when no position around its point is free', () => {
    // The frame is just the ward's box: nothing else fits anywhere.
    const tight: Box = { x: 90, y: 73, w: 20, h: 4 };
    const placed = placeLabels([label('Xã A', 'commune', [100, 75], 50000), label('Phường B', 'ward', [100, 75], 10)], { frame: tight, obstacles: [] });
    expect(placed.map((p) => p.label.text)).toEqual(['Phường B']);
  });

  it('names wards and towns before communes, and communes by population', () => {
    const reqs = [label('Xã C', 'commune', [50, 50], 10), label('Phường P', 'ward', [52, 50], 1), label('Xã D', 'commune', [54, 50], 99)];
    const placed = placeLabels(reqs, { frame: { x: 30, y: 48, w: 45, h: 4 }, obstacles: [] });
    expect(placed.map((p) => p.label.text)).toEqual(['Phường P']);
    const wide = placeLabels(reqs, { frame, obstacles: [] });
    expect(wide.map((p) => p.label.text)).toEqual(['Phường P', 'Xã D', 'Xã C']);
  });

  it('moves a label off a site symbol, and hides it when every position is under a symbol', () => {
    const site: Box = { x: 99, y: 74, w: 2, h: 2 };
    const [moved] = placeLabels([label('Xã A', 'commune', [100, 75])], { frame, obstacles: [site] });
    expect(moved).toBeDefined();
    expect(overlaps(moved?.box ?? site, site)).toBe(false);
    const everywhere: Box = { x: 60, y: 55, w: 80, h: 40 };
    expect(placeLabels([label('Xã A', 'commune', [100, 75])], { frame, obstacles: [everywhere] })).toEqual([]);
  });

  it('never lets a label run past the map frame', () => {
    const [edge] = placeLabels([label('Xã Biên', 'commune', [2, 75])], { frame, obstacles: [] });
    expect(edge?.box.x).toBeGreaterThanOrEqual(0);
    expect((edge?.box.x ?? 0) + (edge?.box.w ?? 0)).toBeLessThanOrEqual(200);
  });

  it('puts a village name beside its dot, not on it', () => {
    const [v] = placeLabels([label('Thôn 1', 'village', [100, 75], 0, 12, 3)], { frame, obstacles: [] });
    expect(v).toBeDefined();
    const dot: Box = { x: 99.5, y: 74.5, w: 1, h: 1 };
    expect(overlaps(v?.box ?? dot, dot)).toBe(false);
  });

  it('places many crowded labels with no two overlapping', () => {
    const reqs = Array.from({ length: 200 }, (_, i) => label(`Xã ${i}`, 'commune', [40 + (i % 20) * 6, 40 + Math.floor(i / 20) * 5], i, 14, 3));
    const placed = placeLabels(reqs, { frame, obstacles: [] });
    expect(placed.length).toBeGreaterThan(10);
    expect(placed.length).toBeLessThan(200);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]?.box ?? frame, placed[j]?.box ?? frame)).toBe(false);
  });
});

describe('label sizes and kinds', () => {
  it('sets names larger on A3 by √2', () => {
    expect(labelSizePt('commune', 'A3') / labelSizePt('commune', 'A4')).toBeCloseTo(Math.SQRT2, 9);
    expect(labelSizePt('ward', 'A4')).toBeGreaterThan(labelSizePt('village', 'A4'));
  });

  it('takes phường, thị trấn and đặc khu as ward-level names', () => {
    expect(unitLabelKind('Phường')).toBe('ward');
    expect(unitLabelKind('Thị trấn')).toBe('ward');
    expect(unitLabelKind('Đặc khu')).toBe('ward');
    expect(unitLabelKind('Xã')).toBe('commune');
  });
});
