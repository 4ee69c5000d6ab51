import { useEffect, useMemo, useRef, useState } from 'react';
import { usePrintT } from '../i18n-hooks';
import { mapPdf, pdfMeasure, renderPageMap } from '../../app/print-export';
import type { PdfTextMeasure } from '../../io/pdf';
import { PRINT_DPI, type PrintMap, type RenderedMap } from '../../app/print-map';
import { mapPageSpec, pageLayout, provinceName, scaleBarFor, type PrintContext } from '../../app/print-page';
import { layerSourcesText } from '../../app/print-footer';
import { PRINT_LAYERS, type PrintSettings } from '../../app/print-settings';
import { PRINT_TEXT_MAX } from '../../domain/print/print-choices';
import { downloadBlob } from '../../io/download';
import { useT } from '../context';
import { drawPageCanvas, loadImage, pagePng } from './page-canvas';
import { ExtentField } from './ExtentField';
import { OfficialFields } from './OfficialFields';
import { PrintSheet } from './PrintSheet';
import { fileStem, pdfBlob } from './run-job';
import { usePrint, usePrintState } from './use-print';
import { usePrintContext } from './use-report';

const LAYER_KEYS = { coverage: 'layerCoverage', units: 'layerUnits', labels: 'layerLabels', villages: 'layerVillages', sites: 'layerSites', sectors: 'layerSectors', fibre: 'layerFibre' } as const;

/** Settings of the map page, its live preview, and PDF / PNG / print. */
export function PageTab({ printMap }: { printMap: PrintMap }) {
  const t = usePrintT();
  const tApp = useT();
  const base = usePrintContext();
  const [measure, setMeasure] = useState<PdfTextMeasure | null>(null);
  useEffect(() => {
    let live = true;
    void pdfMeasure().then((m) => live && setMeasure(() => m), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  // The preview, PNG and PDF are laid out with the PDF font's metrics, so all three wrap long titles alike.
  const ctx = useMemo(() => (base ? { ...base, measure } : null), [base, measure]);
  const print = usePrint();
  const update = (patch: Partial<PrintSettings>) => print.updateSettings(patch);
  const busy = usePrintState((s) => s.progress !== null);
  const [rendered, setRendered] = useState<{ key: string; map: RenderedMap } | null>(null);
  const [sheetUrl, setSheetUrl] = useState<string | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);

  // The map is re-rendered when what it shows changes (paper, orientation, layers, figures, units).
  const mapBox = ctx ? pageLayout(ctx).map : null;
  const key = ctx ? JSON.stringify([ctx.settings.paper, ctx.settings.orientation, ctx.settings.layers, ctx.settings.extent, ctx.settings.palette, ctx.report.figures.units.length, ctx.report.boundary.name, mapBox?.w, mapBox?.h]) : '';
  const ctxRef = useRef<PrintContext | null>(ctx);
  ctxRef.current = ctx;
  const figures = ctx?.report.figures;
  const unitChoices = useMemo(() => [...(figures?.units ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'vi')), [figures]);
  const images = ctx?.app.images;
  useEffect(() => {
    const c = ctxRef.current;
    if (!c) return;
    let live = true;
    const timer = setTimeout(() => {
      void renderPageMap(c, printMap).then((map) => live && setRendered({ key, map })).catch((e: unknown) => live && print.showError(String(e)));
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, printMap, figures, images, print]);

  const current = rendered && rendered.key === key ? rendered.map : null;
  const spec = useMemo(() => (ctx ? mapPageSpec(ctx, pageLayout(ctx), rendered?.map ?? null) : null), [ctx, rendered]);
  useEffect(() => {
    const el = canvas.current;
    if (!el || !spec) return;
    const k = Math.min(760 / spec.layout.page.widthMm, 640 / spec.layout.page.heightMm);
    el.width = Math.round(spec.layout.page.widthMm * k);
    el.height = Math.round(spec.layout.page.heightMm * k);
    const g = el.getContext('2d');
    if (!g) return;
    let live = true;
    const draw = (img: HTMLImageElement | null) => live && drawPageCanvas(g, spec, k, img);
    if (typeof spec.image === 'string') void loadImage(spec.image).then(draw, () => draw(null));
    else draw(null);
    return () => {
      live = false;
    };
  }, [spec]);

  if (!ctx || !spec) return null;
  const s = ctx.settings;
  const stem = `${fileStem(provinceName(ctx.app))}-${s.paper}-${s.orientation}`;
  const bar = current ? scaleBarFor(spec.layout, current) : null;

  const exportPdf = () =>
    print.runJob(async (progress) => {
      const bytes = await mapPdf(ctx, printMap, progress, current ?? undefined);
      downloadBlob(`${stem}.pdf`, pdfBlob(bytes));
    });
  const exportPng = () =>
    print.runJob(async (progress) => {
      progress(t('renderingMap'), 0, 1);
      const map = current ?? (await renderPageMap(ctx, printMap));
      downloadBlob(`${stem}.png`, await pagePng(mapPageSpec(ctx, pageLayout(ctx), map), PRINT_DPI));
    });
  const printNow = () =>
    print.runJob(async (progress) => {
      progress(t('renderingMap'), 0, 1);
      const map = current ?? (await renderPageMap(ctx, printMap));
      const url = URL.createObjectURL(await pagePng(mapPageSpec(ctx, pageLayout(ctx), map), PRINT_DPI));
      setSheetUrl(url);
    });

  return (
    <div className="print-page-tab">
      <form className="print-settings" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('paper')}
          <select data-testid="print-paper" value={s.paper} onChange={(e) => update({ paper: e.target.value === 'A3' ? 'A3' : 'A4' })}>
            <option value="A4">A4</option>
            <option value="A3">A3</option>
          </select>
        </label>
        <label>
          {t('orientation')}
          <select data-testid="print-orientation" value={s.orientation} onChange={(e) => update({ orientation: e.target.value === 'portrait' ? 'portrait' : 'landscape' })}>
            <option value="landscape">{t('landscape')}</option>
            <option value="portrait">{t('portrait')}</option>
          </select>
        </label>
        <ExtentField extent={s.extent} units={unitChoices} onChange={(extent) => update({ extent })} />
        <label>
          {t('title')}
          <input data-testid="print-title" maxLength={PRINT_TEXT_MAX.title} value={s.title} placeholder={spec.title} onChange={(e) => update({ title: e.target.value })} />
        </label>
        <label>
          {t('subtitle')}
          <input data-testid="print-subtitle" maxLength={PRINT_TEXT_MAX.subtitle} value={s.subtitle} placeholder={spec.subtitle} onChange={(e) => update({ subtitle: e.target.value })} />
        </label>
        <label>
          {t('sources')}
          <input
            data-testid="print-sources"
            maxLength={PRINT_TEXT_MAX.sources}
            value={s.sources || layerSourcesText(ctx.app.lang, ctx.report.dataset.meta.sources)}
            title={t('sourcesHint')}
            onChange={(e) => update({ sources: e.target.value })}
          />
        </label>
        <label>
          {t('date')}
          <input type="date" data-testid="print-date" value={s.date} onChange={(e) => update({ date: e.target.value })} />
        </label>
        <label>
          {t('palette')}
          <select data-testid="print-palette" value={s.palette} onChange={(e) => update({ palette: e.target.value === 'greyscale' ? 'greyscale' : 'colour' })}>
            <option value="colour">{t('paletteColour')}</option>
            <option value="greyscale">{t('paletteGreyscale')}</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" data-testid="print-graticule" checked={s.graticule} onChange={(e) => update({ graticule: e.target.checked })} /> {t('graticule')}
        </label>
        <OfficialFields />
        <fieldset>
          <legend>{t('printLayers')}</legend>
          {PRINT_LAYERS.map((id) => (
            <label key={id} className="check">
              <input type="checkbox" data-testid={`print-layer-${id}`} checked={s.layers[id]} onChange={(e) => update({ layers: { ...s.layers, [id]: e.target.checked } })} />{' '}
              {tApp(LAYER_KEYS[id])}
            </label>
          ))}
          <label className="check">
            <input type="checkbox" data-testid="print-village-names" checked={s.villageNames} disabled={!s.layers.villages} onChange={(e) => update({ villageNames: e.target.checked })} /> {t('villageNames')}
          </label>
        </fieldset>
        <div className="print-actions">
          <button type="button" data-testid="print-pdf" disabled={busy} onClick={() => void exportPdf()}>
            {t('exportPdf')}
          </button>
          <button type="button" data-testid="print-png" disabled={busy} onClick={() => void exportPng()}>
            {t('exportPng')}
          </button>
          <button type="button" data-testid="print-now" disabled={busy} onClick={() => void printNow()}>
            {t('printNow')}
          </button>
        </div>
      </form>
      <figure className="print-preview">
        <figcaption>{t('preview')}</figcaption>
        <canvas
          ref={canvas}
          data-testid="print-preview"
          data-ready={current ? 'true' : 'false'}
          data-scale-label={bar?.label ?? ''}
          data-ratio-scale={spec.ratioScale ?? ''}
          data-scale-length-m={bar?.lengthM ?? ''}
          data-scale-width-mm={bar?.width ?? ''}
          data-map-width-mm={spec.layout.map.w}
          data-map-width-px={current?.widthPx ?? ''}
          data-map-height-px={current?.heightPx ?? ''}
          data-map-bounds={current ? current.bounds.join(',') : ''}
          data-labels={JSON.stringify(spec.labels?.map((l) => [l.text, l.sizePt, l.box.x, l.box.y, l.box.w, l.box.h]) ?? [])}
        />
      </figure>
      {sheetUrl && <PrintSheet url={sheetUrl} ctx={ctx} onDone={() => { URL.revokeObjectURL(sheetUrl); setSheetUrl(null); }} />}
    </div>
  );
}
