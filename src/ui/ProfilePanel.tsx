import { siteName } from '../i18n/site-name-strings';
import { useEffect, useMemo, useRef, useState } from 'react';
import { profilePlot, type ProfilePlot } from '../app/profile-plot';
import type { ProfileViewState } from '../app/profile-actions';
import type { PathChart } from '../domain/terrain/path-chart';
import { V_MIN } from '../domain/terrain/knife-edge';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { ProfileStringKey } from '../i18n/profile-strings';
import type { ProfileEnd } from '../worker/terrain-api';
import { useApp, useAppState, useFeatureState } from './context';
import { useProfileT } from './i18n-hooks';

type T = ReturnType<typeof useProfileT>;
type HopOptions = Partial<Pick<ProfileViewState, 'freqMHz' | 'kFactor' | 'rxHeightM'>>;

const CHART_HEIGHT = 200;
const BOX = { left: 46, right: 12, top: 10, bottom: 30 };

function Chart({ chart, t, lang }: { chart: PathChart; t: T; lang: Lang }) {
  const host = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(560);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(260, Math.floor(el.clientWidth))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const plot: ProfilePlot = useMemo(() => profilePlot(chart, { width, height: CHART_HEIGHT, ...BOX }), [chart, width]);
  const { box } = plot;
  const bottom = box.height - box.bottom;
  const kmDigits = plot.xMaxKm < 2 ? 1 : 0;
  return (
    <div ref={host} className="profile-chart-host">
      <svg data-testid="profile-chart" role="img" aria-label={t('chart')} width={width} height={CHART_HEIGHT} viewBox={`0 0 ${width} ${CHART_HEIGHT}`}>
        {plot.yTicks.map((k) => (
          <g key={`y${k.value}`}>
            <line x1={box.left} x2={width - box.right} y1={k.at} y2={k.at} className="grid" />
            <text x={box.left - 4} y={k.at + 3} textAnchor="end">{formatNumber(lang, k.value, 0)}</text>
          </g>
        ))}
        {plot.xTicks.map((k) => (
          <g key={`x${k.value}`}>
            <line x1={k.at} x2={k.at} y1={box.top} y2={bottom} className="grid" />
            <text x={k.at} y={bottom + 12} textAnchor="middle">{formatNumber(lang, k.value, kmDigits)}</text>
          </g>
        ))}
        <text x={width - box.right} y={box.height - 3} textAnchor="end" className="unit">{t('axisKm')}</text>
        <text x={4} y={box.top + 8} className="unit">{t('axisM')}</text>
        <path d={plot.fresnel} className="fresnel" data-testid="profile-fresnel" />
        <path d={plot.ground} className="ground" data-testid="profile-ground" />
        <path d={plot.curvature} className="curvature" />
        <path d={plot.clearanceLine} className="clearance" />
        <path d={plot.los} className="los" data-testid="profile-los" />
        {plot.ends.map((e, i) => <circle key={i} cx={e.x} cy={e.y} r={3.5} className="end" />)}
        {plot.deygout.map((e, i) => <circle key={i} cx={e.x} cy={e.y} r={3} className="deygout" />)}
        {plot.leastClearance && <circle cx={plot.leastClearance.x} cy={plot.leastClearance.y} r={3} className="least" />}
        {plot.edge && (
          <g data-testid="profile-edge-mark">
            <path d={`M${plot.edge.x - 5},${plot.edge.y - 9}L${plot.edge.x + 5},${plot.edge.y - 9}L${plot.edge.x},${plot.edge.y - 1}Z`} className="edge" />
            <text x={plot.edge.x} y={plot.edge.y - 12} textAnchor={plot.edge.x > width - 90 ? 'end' : plot.edge.x < 90 ? 'start' : 'middle'} className="edge-label">{t('legendEdge')}</text>
          </g>
        )}
        <rect x={box.left} y={box.top} width={width - box.left - box.right} height={bottom - box.top} className="frame" />
      </svg>
      <ul className="profile-legend">
        <li><span className="swatch ground" />{t('legendGround')}</li>
        <li><span className="swatch los" />{t('legendLos')}</li>
        <li><span className="swatch fresnel" />{t('legendFresnel')}</li>
        <li><span className="swatch clearance" />{t('legendClearance')}</li>
        <li><span className="swatch curvature" />{t('legendCurvature', { k: formatNumber(lang, chart.kFactor, 2) })}</li>
        <li><span className="swatch edge" />{t('legendEdge')}</li>
      </ul>
    </div>
  );
}

function endText(t: T, lang: Lang, e: ProfileEnd, site: ProfileStringKey, point: ProfileStringKey): string {
  const mast = formatNumber(lang, e.antennaM, e.antennaM % 1 === 0 ? 0 : 1);
  return e.siteName !== null ? t(site, { name: siteName(lang, { id: e.siteId ?? '', name: e.siteName }), mast }) : t(point, { lat: formatNumber(lang, e.lat, 4), lon: formatNumber(lang, e.lon, 4), mast });
}

function Numeric({ id, label, value, step, onValue }: { id: string; label: string; value: number; step: number; onValue: (v: number) => void }) {
  return (
    <label className="profile-input">
      <span>{label}</span>
      <input type="number" data-testid={id} min={step} step={step} defaultValue={Number(value.toFixed(2))} onChange={(e) => onValue(Number(e.target.value))} />
    </label>
  );
}

function Figures({ s, t, lang, onOptions }: { s: ProfileViewState; t: T; lang: Lang; onOptions: (patch: HopOptions) => void }) {
  const r = s.result;
  if (r?.kind !== 'profile') return null;
  const c = r.chart;
  const db = (v: number) => `${formatNumber(lang, v, 1)} dB`;
  const far = r.farLevel;
  let farText: string;
  if (far) {
    farText = `${formatNumber(lang, far.levelDbm, 1)} dBm (${t(far.fromSite ? 'farFromSite' : 'farBest', { tech: r.tech, site: siteName(lang, { id: far.siteId, name: far.siteName }) })}; ${t('terrainPart', { db: formatNumber(lang, far.terrainLossDb, 1) })})`;
  } else {
    farText = t(r.from.siteId !== null ? 'farNoSite' : 'farNone', { tech: r.tech });
  }
  const lc = c.minClearance;
  return (
    <div className="profile-figures">
      <dl>
        <dt>{t('legendEdge')}</dt>
        <dd data-testid="profile-edge">
          {c.dominant && c.dominant.v > V_MIN
            ? t('edgeAt', { km: formatNumber(lang, c.dominant.distanceM / 1000, 2), h: formatNumber(lang, c.dominant.heightM, 0), v: formatNumber(lang, c.dominant.v, 2) })
            : t('noEdge')}
        </dd>
        <dt>{t('singleEdge')}</dt>
        <dd data-testid="profile-single">{db(c.singleEdgeDb)}</dd>
        <dt>{t('deygout', { n: c.deygoutEdges.filter((e) => e.v > V_MIN).length })}</dt>
        <dd data-testid="profile-deygout" data-db={c.deygoutDb.toFixed(2)}>{db(c.deygoutDb)}</dd>
        <dt>{t('farLevel')}</dt>
        <dd data-testid="profile-far">{farText}</dd>
      </dl>
      <p className="hint">{t('lossNote')}</p>
      <fieldset className="profile-hop">
        <legend>{t('hop')}</legend>
        <div className="profile-inputs">
          <Numeric id="profile-freq" label={t('freq')} value={s.freqMHz} step={1} onValue={(v) => onOptions({ freqMHz: v })} />
          <Numeric id="profile-k" label={t('kFactor')} value={s.kFactor} step={0.01} onValue={(v) => onOptions({ kFactor: v })} />
          <Numeric id="profile-rx" label={t('rxHeight')} value={s.rxHeightM} step={0.5} onValue={(v) => onOptions({ rxHeightM: v })} />
        </div>
        <p data-testid="profile-hop-verdict" data-pass={String(c.hopClear)} className={c.hopClear ? 'pass' : 'fail'}>
          <strong>{t(c.hopClear ? 'hopPass' : 'hopFail')}</strong>{' '}
          <span data-testid="profile-clearance">
            {lc
              ? t('minClearance', { pct: `${formatNumber(lang, lc.ratio * 100, 0)} %`, m: formatNumber(lang, lc.clearanceM, 1), km: formatNumber(lang, lc.distanceM / 1000, 2) })
              : t('noClearance')}
          </span>
          <span className="hint"> ({t('hopRule')})</span>
        </p>
      </fieldset>
    </div>
  );
}

/** The terrain profile: ends, chart, losses, far-end level and the microwave hop check. */
export function ProfilePanel() {
  const { actions } = useApp();
  const profile = actions.profile;
  const t = useProfileT();
  const lang = useAppState((s) => s.lang);
  const s = useFeatureState(profile.store, (x) => x);
  if (!s.from) return null;
  const r = s.result;
  let status: string | null = null;
  if (s.error !== null) status = t('failed', { reason: s.error });
  else if (r?.kind === 'no-elevation') status = t('noElevation');
  else if (r?.kind === 'outside') status = t(r.end === 'from' ? 'outsideFrom' : 'outsideTo');
  else if (r?.kind === 'too-short') status = t('tooShort');
  const chart = r?.kind === 'profile' ? r.chart : null;
  return (
    <section className="profile-panel" role="dialog" aria-labelledby="profile-title" data-testid="profile" data-busy={String(s.busy)} data-kind={r?.kind ?? 'none'}>
      <h2>
        <span id="profile-title">{t('title')}</span>
        <button type="button" className="close" aria-label={t('close')} title={t('close')} data-testid="profile-close" onClick={() => profile.close()}>×</button>
      </h2>
      {r?.kind === 'profile' ? (
        <p className="profile-ends" data-testid="profile-ends">
          {endText(t, lang, r.from, 'fromSite', 'fromPoint')} {endText(t, lang, r.to, 'toSite', 'toPoint')}, {t('length', { km: formatNumber(lang, r.chart.lengthM / 1000, 2) })}
          {r.generatedRelief && <span className="hint"> · {t('generated')}</span>}
        </p>
      ) : !s.to ? (
        <p className="hint">{t('pickEnd')}</p>
      ) : s.busy ? (
        <p className="hint">{t('busy')}</p>
      ) : null}
      {status !== null && <p className="profile-status" role="status" data-testid="profile-status">{status}</p>}
      {chart && chart.unknownSamples > 0 && (
        <p className="profile-status" data-testid="profile-unknown">{t('unknownPart', { pct: `${formatNumber(lang, (100 * chart.unknownSamples) / chart.distancesM.length, 0)} %` })}</p>
      )}
      {chart && (
        <div className="profile-body">
          <Chart chart={chart} t={t} lang={lang} />
          <Figures s={s} t={t} lang={lang} onOptions={(patch) => profile.setOptions(patch)} />
        </div>
      )}
    </section>
  );
}
