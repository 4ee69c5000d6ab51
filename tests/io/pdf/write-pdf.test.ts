import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { writePdf } from '../../../src/io/pdf/write-pdf';
import { notoSansFontSet } from '../../../src/io/pdf/pdf-fonts';
import { notoSansFiles } from '../../../src/io/pdf/noto-sans';
import { layoutMapPage } from '../../../src/domain/print/page';
import { metresPerMm, metresPerPixel, niceScaleBar } from '../../../src/domain/print/scale-bar';
import type { PdfPageSpec } from '../../../src/io/pdf/pdf-spec';
import { pageCount, pageTexts } from './pdf-text';

const FONT_DIR = new URL('../../../node_modules/@fontsource/noto-sans/files/', import.meta.url);
const font = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FONT_DIR)));
const regular = notoSansFiles(400);
const bold = notoSansFiles(700);
const FONTS = notoSansFontSet(
  { latin: font(regular.latin), vietnamese: font(regular.vietnamese) },
  { latin: font(bold.latin), vietnamese: font(bold.vietnamese) },
);

function mapImage(): Uint8Array {
  const png = new PNG({ width: 64, height: 48 });
  for (let i = 0; i < 64 * 48; i++) png.data.set([(i % 64) * 4, 120, 200, 255], i * 4);
  return new Uint8Array(PNG.sync.write(png));
}

function pages(rows: number): PdfPageSpec[] {
  const layout = layoutMapPage({ paper: 'A4', orientation: 'landscape', legendItems: 3 });
  const bar = niceScaleBar(metresPerMm(metresPerPixel(12, 10), 1600, layout.map.w), layout.scaleBar.w);
  const footer = ['Sở Khoa học và Công nghệ · Ngày in: 01/07/2025', 'Ranh giới: ĐVHC sau sắp xếp, 01/07/2025 · Kịch bản: Hiện trạng', 'Nguồn: Tổng cục Thống kê 2019'];
  return [
    {
      kind: 'map', layout, title: 'Vùng phủ sóng 4G — tỉnh Đắk Nông', subtitle: 'Ngưỡng RSRP −105 dBm',
      image: mapImage(), legendTitle: 'Chú giải',
      legend: [{ colour: '#1a9641', label: 'Phủ tốt' }, { colour: '#fdae61', label: 'Phủ yếu' }, { colour: '#d7191c', label: 'Chưa phủ' }],
      scaleBar: bar, northArrow: true, footer,
    },
    {
      kind: 'table', paper: 'A4', orientation: 'portrait', title: 'Số liệu theo xã',
      header: ['Mã', 'Tên đơn vị', 'Dân số', '% phủ 4G'], columnWidths: [1, 4, 2, 2], align: ['left', 'left', 'right', 'right'],
      rows: Array.from({ length: rows }, (_, i) => [String(24600 + i), i === 0 ? 'Xã Quảng Khê' : `Phường Nghĩa Đức ${i}`, '12 345', '87,5']),
      footer: ['Nguồn: PhuSong'],
    },
  ];
}

describe('writePdf', () => {
  it('writes a map page and a one-page table, with Vietnamese text embedded in Noto Sans', () => {
    const pdf = writePdf(pages(20), { fonts: FONTS, title: 'Báo cáo' });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(2);
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/NotoSans/);
    const [mapText, tableText] = pageTexts(pdf);
    expect(mapText).toContain('Vùng phủ sóng 4G — tỉnh Đắk Nông');
    expect(mapText).toContain('Chưa phủ');
    expect(mapText).toContain('Sở Khoa học và Công nghệ');
    expect(mapText).toMatch(/\d+ k?m/);
    expect(mapText).not.toContain('\uFFFD');
    expect(tableText).toContain('Xã Quảng Khê');
    expect(tableText).toContain('Tên đơn vị');
  });

  it('runs a long table over several pages, repeating the header', () => {
    const pdf = writePdf(pages(120), { fonts: FONTS });
    const n = pageCount(pdf);
    expect(n).toBeGreaterThanOrEqual(3);
    const texts = pageTexts(pdf);
    expect(texts).toHaveLength(n);
    for (const t of texts.slice(1)) expect(t).toContain('Tên đơn vị');
    expect(texts[texts.length - 1]).toContain('Phường Nghĩa Đức 119');
    expect(texts[1]).toContain(`(1/${n - 1})`);
  });

  it('draws an atlas page\'s figures table, dims the map around the commune, and draws "≥" in the legend', () => {
    const layout = layoutMapPage({ paper: 'A4', orientation: 'landscape', legendItems: 3, factRows: 4 });
    const m = layout.map;
    const ring: [number, number][] = [[m.x + 20, m.y + 20], [m.x + 80, m.y + 20], [m.x + 80, m.y + 70], [m.x + 20, m.y + 70]];
    const spec: PdfPageSpec = {
      kind: 'map', layout, title: 'Xã Quảng Khê', image: mapImage(), legend: [{ colour: '#1a9641', label: '4G \u2265 −85 dBm: rất tốt' }], footer: [],
      focus: [ring], facts: { title: 'Số liệu của xã', rows: [['Dân số', '12 345'], ['Thôn, bon', '14'], ['Dân số phủ 4G', '87,5 %']] },
    };
    const pdf = writePdf([spec], { fonts: FONTS });
    const [text] = pageTexts(pdf);
    for (const s of ['Số liệu của xã', 'Dân số', '12 345', 'Thôn, bon', '87,5 %', '4G', '−85 dBm: rất tốt']) expect(text).toContain(s);
    // The "≥" is drawn as strokes, never sent to a font that lacks it.
    expect(text).not.toContain('\u2265');
    expect(text).not.toContain('\uFFFD');
    const raw = Buffer.from(pdf).toString('latin1');
    // A graphics state with the dimming opacity, an even-odd fill (map box minus the commune) and a stroked outline.
    expect(raw).toMatch(/\/ca 0\.55/);
    expect(raw).toMatch(/\bf\*/);
  });

  it('still writes a PDF with the built-in font when none is given', () => {
    const pdf = writePdf(pages(3), { fonts: null });
    expect(pageCount(pdf)).toBe(2);
    expect(Buffer.from(pdf).toString('latin1')).not.toContain('/FontFile2');
  });
});
