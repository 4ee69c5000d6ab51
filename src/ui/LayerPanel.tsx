import type { LayerId } from '../app/state';
import { TECHNOLOGIES, type Technology } from '../domain/model/types';
import type { StringKey } from '../i18n/strings';
import { useApp, useAppState, useT } from './context';
import { LandCoverSection } from './LandCoverSection';
import { MeasurementsSection } from './MeasurementsSection';
import { SiteLayersList } from './SiteLayersList';
import { techThresholdDbm } from '../domain/coverage/settings';
import { thresholdChoices, thresholdLabel } from '../i18n/measure-text';
import { formatInt } from '../i18n/format';
import { THIN_CELL_PX } from '../domain/display/thin-sites';

const LAYER_LABELS: [LayerId, StringKey][] = [
  ['coverage', 'layerCoverage'],
  ['units', 'layerUnits'],
  ['labels', 'layerLabels'],
  ['villages', 'layerVillages'],
  ['fibre', 'layerFibre'],
  ['roads', 'layerRoads'],
  ['sites', 'layerSites'],
  ['sectors', 'layerSectors'],
  ['terrain', 'layerTerrain'],
];

export function LayerPanel() {
  const { store, actions } = useApp();
  const t = useT();
  const layers = useAppState((s) => s.layers);
  const tech = useAppState((s) => s.coverageTech);
  const threshold = useAppState((s) => techThresholdDbm(s, s.coverageTech));
  const lang = useAppState((s) => s.lang);
  const colourBy = useAppState((s) => s.siteColour);
  const cellSize = useAppState((s) => s.cellSizeM);
  const terrainOn = useAppState((s) => s.terrainOn);
  const elevation = useAppState((s) => s.dataset?.elevation ?? null);
  const shade = useAppState((s) => s.derived?.hillshade ?? null);
  const deg = (x: number | undefined) => (x ?? 0).toFixed(2);
  const sitesDrawn = useAppState((s) => s.sitesDrawn);

  return (
    <section className="panel" aria-labelledby="layers-title">
      <h2 id="layers-title">{t('layers')}</h2>
      {LAYER_LABELS.map(([id, key]) => (
        <label key={id} className="row">
          <input
            type="checkbox"
            data-testid={`layer-${id}`}
            checked={layers[id]}
            onChange={(e) => store.set({ layers: { ...store.get().layers, [id]: e.target.checked } })}
          />
          {t(key)}
        </label>
      ))}
      {layers.sites && sitesDrawn && sitesDrawn.drawn < sitesDrawn.total && (
        <p className="hint" data-testid="sites-thinned">
          {t('sitesThinned', { drawn: formatInt(lang, sitesDrawn.drawn), total: formatInt(lang, sitesDrawn.total), cell: THIN_CELL_PX })}
        </p>
      )}
      <p className="hint" data-testid="elevation-info">
        {elevation
          ? t('elevationLayer', {
            sources: elevation.generated ? t('elevationGenerated') : elevation.sources.join(', '),
            cell: Math.round(elevation.terrain.grid.cellSizeM),
            w: deg(shade?.bounds[0]), e: deg(shade?.bounds[2]), s: deg(shade?.bounds[1]), n: deg(shade?.bounds[3]),
          })
          : t('elevationNone')}
      </p>
      {elevation && (
        <label className="row">
          <input type="checkbox" data-testid="terrain-model" checked={terrainOn} onChange={(e) => actions.setTerrain(e.target.checked)} />
          {t('terrainInModel')}
        </label>
      )}
      <LandCoverSection />
      <MeasurementsSection />
      <label className="row">
        {t('coverageTech')}
        <select value={tech} data-testid="coverage-tech" onChange={(e) => actions.setCoverageTech(e.target.value as Technology)}>
          {TECHNOLOGIES.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </select>
      </label>
      <label className="row">
        {thresholdLabel(lang, tech)}
        <select className="threshold-select" value={threshold} data-testid="threshold" onChange={(e) => actions.setTechThreshold(tech, Number(e.target.value))}>
          {thresholdChoices(lang, tech, threshold).map((x) => (
            <option key={x.dbm} value={x.dbm}>
              {x.label}
            </option>
          ))}
        </select>
      </label>
      <label className="row">
        {t('cellSize')}
        <select value={cellSize} data-testid="cell-size" onChange={(e) => actions.setCellSize(e.target.value === '50' ? 50 : 100)}>
          <option value="100">100 m</option>
          <option value="50">50 m</option>
        </select>
      </label>
      <label className="row">
        {t('colourBy')}
        <select value={colourBy} data-testid="site-colour" onChange={(e) => store.set({ siteColour: e.target.value as 'carrier' | 'technology' })}>
          <option value="carrier">{t('byCarrier')}</option>
          <option value="technology">{t('byTech')}</option>
        </select>
      </label>
      <SiteLayersList />
    </section>
  );
}
