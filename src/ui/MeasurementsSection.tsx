import { BELOW_CLASSES_RGBA, DIFF_STEPS } from '../domain/display/measurement-image';
import { levelClassesFor } from '../domain/display/coverage-palette';
import { formatInt } from '../i18n/format';
import { coverageLegendRows, dbmText } from '../i18n/measure-text';
import type { MeasureView } from '../app/measure-actions';
import { useApp, useAppState, useFeatureState } from './context';
import { useMeasureT } from './i18n-hooks';

type Rgba = readonly [number, number, number, number];
const css = ([r, g, b, a]: Rgba) => `rgba(${r},${g},${b},${a / 255})`;
const signed = (db: number) => (db > 0 ? `+${db}` : dbmText(db));

function Row({ rgba, label }: { rgba: Rgba; label: string }) {
  return (
    <div className="legend-row">
      <span className="swatch swatch-box" style={{ background: css(rgba) }} /> {label}
    </div>
  );
}

/** The measurement layer in the layer panel: shown or not, mean level or measured − predicted, and its legend. */
export function MeasurementsSection() {
  const { actions } = useApp();
  const measurements = useAppState((s) => s.measurements);
  const lang = useAppState((s) => s.lang);
  const { layer, view, shown } = useFeatureState(actions.measurements.state, (s) => s);
  const t = useMeasureT();
  if (!measurements) return null;
  const tech = layer?.tech ?? '4G';
  const classes = levelClassesFor(tech);
  const weakest = classes[classes.length - 1]?.minDbm ?? -120;
  return (
    <div data-testid="measure-layer" data-cells={layer?.cells ?? 0} data-view={view}>
      <label className="row">
        <input type="checkbox" data-testid="layer-measurements" checked={shown} onChange={(e) => actions.measurements.setShown(e.target.checked)} />
        {t('measLayer', { file: measurements.fileName, samples: formatInt(lang, measurements.samples) })}
      </label>
      <select className="measure-view" value={view} data-testid="measure-view" onChange={(e) => actions.measurements.setView(e.target.value as MeasureView)}>
        <option value="level">{t('measViewLevel')}</option>
        <option value="difference">{t('measViewDifference')}</option>
      </select>
      {layer && (
        <div data-testid="measure-legend">
          {view === 'level' ? (
            <>
              {coverageLegendRows(lang, tech, weakest).map((r) => <Row key={r.label} rgba={r.rgba} label={r.label} />)}
              <Row rgba={BELOW_CLASSES_RGBA} label={t('measLegendBelow', { dbm: dbmText(weakest) })} />
            </>
          ) : (
            <>
              <p className="hint">{t('measLegendDiff', { tech })}</p>
              {DIFF_STEPS.map((s, i) => {
                const upper = DIFF_STEPS[i - 1]?.minDb;
                const label = upper === undefined ? t('measDiffAbove', { db: s.minDb })
                  : Number.isFinite(s.minDb) ? t('measDiffBetween', { from: signed(s.minDb), to: signed(upper) })
                    : t('measDiffBelow', { db: signed(upper) });
                return <Row key={s.minDb} rgba={s.rgba} label={label} />;
              })}
            </>
          )}
          <p className="hint">{t('measCells', { cells: formatInt(lang, layer.cells), compared: formatInt(lang, layer.comparedCells) })}</p>
        </div>
      )}
    </div>
  );
}
