import { techThresholdDbm } from '../domain/coverage/settings';
import { TECHNOLOGIES } from '../domain/model/types';
import { KNOWN_CARRIERS, LAYING_COLOURS, ROAD_COLOURS, TECH_COLOURS, carrierColour, type Rgba } from '../map/colours';
import { useAppState, useT } from './context';
import { useLandCoverT } from './i18n-hooks';
import { landCoverCss } from '../domain/display/land-cover-palette';
import { LAND_COVER_CLASSES } from '../domain/model/land-cover';
import { carrierLabel } from '../i18n/rules-strings';
import { coverageLegendRows, coverageLegendTitle, dbmText } from '../i18n/measure-text';

const css = ([r, g, b, a]: Rgba | readonly [number, number, number, number]) => `rgba(${r},${g},${b},${a / 255})`;

type SwatchShape = 'box' | 'dot' | 'line' | 'dash' | 'ring' | 'empty';

function Swatch({ colour, shape = 'box' }: { colour: string; shape?: SwatchShape }) {
  const outlined = shape === 'line' || shape === 'dash' || shape === 'ring';
  return <span className={`swatch swatch-${shape}`} style={outlined ? { borderColor: colour } : { background: colour }} />;
}

export function Legend() {
  const t = useT();
  const layers = useAppState((s) => s.layers);
  const tech = useAppState((s) => s.coverageTech);
  const threshold = useAppState((s) => techThresholdDbm(s, s.coverageTech));
  const colourBy = useAppState((s) => s.siteColour);
  const lang = useAppState((s) => s.lang);
  const hasLandCover = useAppState((s) => s.dataset?.landCover !== undefined);
  const lcT = useLandCoverT();

  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend')}</h2>
      {layers.coverage && (
        <div data-testid="legend-coverage">
          <h3>{coverageLegendTitle(lang, tech, threshold)}</h3>
          {coverageLegendRows(lang, tech, threshold).map((c) => (
            <div key={c.label} className="legend-row">
              <Swatch colour={css(c.rgba)} /> {c.label}
            </div>
          ))}
          <div className="legend-row" data-testid="legend-no-coverage">
            <Swatch shape="empty" colour="transparent" /> {t('legendNoCoverage', { dbm: dbmText(threshold) })}
          </div>
        </div>
      )}
      {layers.landCover && hasLandCover && (
        <div data-testid="legend-land-cover">
          <h3>{lcT('lcShow')}</h3>
          {LAND_COVER_CLASSES.map((c) => (
            <div key={c} className="legend-row">
              <Swatch colour={landCoverCss(c)} /> {lcT(`class-${c}`)}
            </div>
          ))}
        </div>
      )}
      {layers.sites && (
        <div>
          <h3>{t('layerSites')}</h3>
          {colourBy === 'carrier'
            ? KNOWN_CARRIERS.map((c) => (
                <div key={c} className="legend-row">
                  <Swatch shape="dot" colour={css(carrierColour(c))} /> {carrierLabel(lang, c)}
                </div>
              ))
            : TECHNOLOGIES.map((x) => (
                <div key={x} className="legend-row">
                  <Swatch shape="dot" colour={css(TECH_COLOURS[x])} /> {x}
                </div>
              ))}
          <div className="legend-row" data-testid="legend-proposed">
            <Swatch shape="ring" colour="#555" /> {t('legendProposed')}
          </div>
        </div>
      )}
      {layers.fibre && (
        <div>
          <h3>{t('layerFibre')}</h3>
          <div className="legend-row">
            <Swatch shape="dash" colour={css(LAYING_COLOURS.aerial)} /> {t('aerial')}
          </div>
          <div className="legend-row">
            <Swatch shape="line" colour={css(LAYING_COLOURS.underground)} /> {t('underground')}
          </div>
          <div className="legend-row">
            <Swatch shape="line" colour={css(LAYING_COLOURS.duct)} /> {t('duct')}
          </div>
        </div>
      )}
      {layers.roads && (
        <div data-testid="legend-roads">
          <h3>{t('layerRoads')}</h3>
          <div className="legend-row">
            <Swatch shape="line" colour={css(ROAD_COLOURS.main)} /> {t('roadMain')}
          </div>
          <div className="legend-row">
            <Swatch shape="line" colour={css(ROAD_COLOURS.minor)} /> {t('roadMinor')}
          </div>
        </div>
      )}
      {layers.villages && (
        <div>
          <h3>{t('layerVillages')}</h3>
          <div className="legend-row">
            <Swatch colour="rgba(26,152,80,0.35)" /> {tech} {t('covered').toLowerCase()}
          </div>
          <div className="legend-row">
            <Swatch colour="rgba(215,48,39,0.5)" /> {tech} {t('no').toLowerCase()}
          </div>
        </div>
      )}
    </section>
  );
}
