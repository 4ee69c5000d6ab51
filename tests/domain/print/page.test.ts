import { describe, it, expect } from 'vitest';
import { layoutMapPage, pageSize, type Box, type Orientation, type Paper } from '../../../src/domain/print/page';

const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - 1e-9 && inner.y >= outer.y - 1e-9 && inner.x + inner.w <= outer.x + outer.w + 1e-9 && inner.y + inner.h <= outer.y + outer.h + 1e-9;
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('pageSize', () => {
  it('gives ISO 216 sizes, swapped for landscape', () => {
    expect(pageSize('A4', 'portrait')).toEqual({ widthMm: 210, heightMm: 297 });
    expect(pageSize('A4', 'landscape')).toEqual({ widthMm: 297, heightMm: 210 });
    expect(pageSize('A3', 'landscape')).toEqual({ widthMm: 420, heightMm: 297 });
  });
});

describe('layoutMapPage', () => {
  const cases: [Paper, Orientation][] = [['A4', 'portrait'], ['A4', 'landscape'], ['A3', 'portrait'], ['A3', 'landscape']];
  it.each(cases)('%s %s: every box inside the margins, no two blocks overlapping, overlays inside the map', (paper, orientation) => {
    const l = layoutMapPage({ paper, orientation, marginMm: 12, factRows: 10 });
    const printable: Box = { x: 12, y: 12, w: l.page.widthMm - 24, h: l.page.heightMm - 24 };
    if (!l.facts) throw new Error('no figures table box');
    // Ten rows of the legend's row height fit in full.
    expect(l.facts.h).toBeCloseTo(10 * l.legendRowMm, 6);
    const blocks = [l.title, l.subtitle, l.map, l.legend, l.footer, l.facts];
    for (const b of blocks) {
      expect(inside(b, printable)).toBe(true);
      expect(b.w).toBeGreaterThan(0);
      expect(b.h).toBeGreaterThan(0);
    }
    for (let i = 0; i < blocks.length; i++) for (let j = i + 1; j < blocks.length; j++) {
      const a = blocks[i];
      const b = blocks[j];
      if (a && b) expect(overlaps(a, b)).toBe(false);
    }
    expect(inside(l.scaleBar, l.map)).toBe(true);
    expect(inside(l.northArrow, l.map)).toBe(true);
    expect(overlaps(l.scaleBar, l.northArrow)).toBe(false);
    // The map takes most of the page.
    expect(l.map.w * l.map.h).toBeGreaterThan(0.5 * printable.w * printable.h);
  });

  it('has no figures table box unless rows are asked for', () => {
    expect(layoutMapPage({ paper: 'A4', orientation: 'landscape' }).facts).toBeNull();
    expect(layoutMapPage({ paper: 'A4', orientation: 'portrait', factRows: 0 }).facts).toBeNull();
  });

  it('puts the legend beside the map in landscape and under it in portrait', () => {
    const land = layoutMapPage({ paper: 'A4', orientation: 'landscape' });
    expect(land.legend.x).toBeGreaterThanOrEqual(land.map.x + land.map.w);
    const port = layoutMapPage({ paper: 'A4', orientation: 'portrait' });
    expect(port.legend.y).toBeGreaterThanOrEqual(port.map.y + port.map.h);
  });

  it('makes room for more footer lines and legend items by shrinking the map', () => {
    const few = layoutMapPage({ paper: 'A4', orientation: 'portrait', footerLines: 2, legendItems: 2 });
    const many = layoutMapPage({ paper: 'A4', orientation: 'portrait', footerLines: 5, legendItems: 12 });
    expect(many.footer.h).toBeGreaterThan(few.footer.h);
    expect(many.map.h).toBeLessThan(few.map.h);
  });
});

describe('layoutMapPage: the official block', () => {
  const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w - 1e-9 && b.x < a.x + a.w - 1e-9 && a.y < b.y + b.h - 1e-9 && b.y < a.y + a.h - 1e-9;
  for (const paper of ['A4', 'A3'] as const) {
    for (const orientation of ['landscape', 'portrait'] as const) {
      it(`${paper} ${orientation}: a full legend, an atlas page's figures and a signature each get all their room, apart`, () => {
        const l = layoutMapPage({ paper, orientation, legendItems: 16, factRows: 8, footerLines: 3, official: { header: 2, placeDate: 1, notes: 2, signature: 2 } });
        const facts = l.facts;
        const signature = l.signature;
        if (!facts || !signature || !l.header || !l.placeDate || !l.notes) throw new Error('a box is missing');
        expect(facts.h).toBeCloseTo(l.legendRowMm * 8, 6);
        const boxes = { map: l.map, legend: l.legend, facts, signature, header: l.header, placeDate: l.placeDate, notes: l.notes, title: l.title, footer: l.footer };
        const names = Object.keys(boxes) as (keyof typeof boxes)[];
        for (const a of names) for (const b of names) if (a < b) expect(overlaps(boxes[a], boxes[b]), `${a} / ${b}`).toBe(false);
        expect(signature.x + signature.w / 2, 'in the right half').toBeGreaterThan(l.page.widthMm / 2);
        expect(signature.y + signature.h).toBeLessThanOrEqual(l.footer.y);
      });
    }
  }
});
