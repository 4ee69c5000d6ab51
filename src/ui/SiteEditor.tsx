import { useEffect, useState } from 'react';
import { activeEdits } from '../app/scenarios';
import { TECHNOLOGIES, type Site, type Technology } from '../domain/model/types';
import { CARRIER_NAMES, DEFAULT_BAND, PROPOSED_DEFAULTS, bandsByTech, checkSiteValue, type SiteLimitField } from '../domain/model/site-rules';
import { siteIn } from '../domain/scenario/scenario-edits';
import { isRealCarrier } from '../domain/scenario/proposed-site';
import { useApp, useAppState, useT } from './context';
import { formatNumber } from '../i18n/format';
import { carrierLabel } from '../i18n/rules-strings';
import { siteName } from '../i18n/site-name-strings';

/**
 * A number input that commits a valid value on change and shows the allowed range for a bad one; an invalid
 * entry is never applied. Leaving the field ends its undo step.
 */
function NumberField(props: { label: string; field: SiteLimitField; value: number; testId: string; onCommit(v: number): void; onDone(): void }) {
  const t = useT();
  const [draft, setDraft] = useState(String(props.value));
  useEffect(() => setDraft(String(props.value)), [props.value]);
  const value = Number(draft.replace(',', '.'));
  const empty = draft.trim() === '';
  const bad = empty ? { min: 0, max: 0 } : checkSiteValue(props.field, value);
  const problem = bad && !empty ? t('valueOutOfRange', { field: props.label, value: draft, min: bad.min, max: bad.max }) : null;
  return (
    <>
      <label className="row">
        <span>{props.label}</span>
        <input
          className="number"
          inputMode="decimal"
          value={draft}
          aria-invalid={bad !== null}
          title={problem ?? undefined}
          aria-describedby={problem ? `${props.testId}-error` : undefined}
          data-testid={props.testId}
          onChange={(e) => {
            setDraft(e.target.value);
            const v = Number(e.target.value.replace(',', '.'));
            if (e.target.value.trim() !== '' && checkSiteValue(props.field, v) === null) props.onCommit(v);
          }}
          onBlur={() => {
            setDraft(String(props.value));
            props.onDone();
          }}
        />
      </label>
      {problem && (
        <p className="field-error" id={`${props.testId}-error`} data-testid={`${props.testId}-error`} role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

/** Parameters of the selected site as the active scenario has it; every change is a scenario edit. */
export function SiteEditor({ id }: { id: string }) {
  const { actions, store } = useApp();
  const t = useT();
  const lang = useAppState((s) => s.lang);
  const budgets = useAppState((s) => s.budgets);
  const site = useAppState((s) => (s.dataset ? siteIn(s.dataset.sites, activeEdits(s), id) : null));
  const edited = useAppState((s) => Object.hasOwn(activeEdits(s).siteEdits, id));
  if (!site) return null;
  const planner = actions.planner;
  const update = (next: Site, field: string) => planner.updateSite(next, field);
  const done = () => planner.endGesture();
  const bands = bandsByTech(budgets);
  const carriers = [...new Set([...CARRIER_NAMES, site.carrier])];

  return (
    <div className="site-editor" data-testid="site-editor">
      <h3>
        {siteName(lang, site)}
        <button type="button" className="close" aria-label={t('close')} onClick={() => store.set({ selection: { kind: 'none' } })}>×</button>
      </h3>
      <p className="hint">
        {site.proposed ? t('proposedSite') : t('existingSite')} · {site.id}
        {edited && ` · ${t('editedSite')}`}
      </p>
      <label className="row">
        <span>{t('name')}</span>
        <input value={site.name} placeholder={siteName(lang, { ...site, name: '' })} data-testid="site-name" onChange={(e) => update({ ...site, name: e.target.value }, 'name')} onBlur={done} />
      </label>
      <label className="row">
        <span>{t('carrier')}</span>
        <select value={site.carrier} data-testid="site-carrier" onChange={(e) => { update({ ...site, carrier: e.target.value }, 'carrier'); done(); }}>
          {carriers.map((c) => <option key={c} value={c}>{isRealCarrier(c) ? carrierLabel(lang, c) : t('noCarrier')}</option>)}
        </select>
      </label>
      <p className="row"><span>{t('latLon')}</span><span>{formatNumber(lang, site.lat, 5)}, {formatNumber(lang, site.lon, 5)}</span></p>
      <NumberField label={t('height') + ' (m)'} field="heightM" value={site.heightM} testId="site-height" onCommit={(v) => update({ ...site, heightM: v }, 'height')} onDone={done} />
      <NumberField
        label={t('powerOffset')} field="powerOffsetDb" value={site.powerOffsetDb ?? 0} testId="site-power"
        onCommit={(v) => update({ ...site, powerOffsetDb: v }, 'power')} onDone={done}
      />
      <h4>{t('radios')}</h4>
      {site.radios.map((r, i) => (
        <div className="row" key={`${r.tech}-${r.bandMHz}-${i}`}>
          <select
            value={r.tech}
            aria-label={t('technologies')}
            onChange={(e) => {
              const tech = e.target.value as Technology;
              const radios = site.radios.map((x, j) => (j === i ? { tech, bandMHz: bands[tech][0] ?? x.bandMHz } : x));
              update({ ...site, radios }, `radio${i}`);
              done();
            }}
          >
            {TECHNOLOGIES.map((x) => <option key={x} value={x}>{x}</option>)}
          </select>
          <select
            value={r.bandMHz}
            aria-label={t('budgetBand')}
            onChange={(e) => {
              const radios = site.radios.map((x, j) => (j === i ? { ...x, bandMHz: Number(e.target.value) } : x));
              update({ ...site, radios }, `band${i}`);
              done();
            }}
          >
            {[...new Set([...bands[r.tech], r.bandMHz])].map((b) => <option key={b} value={b}>{b} MHz</option>)}
          </select>
          <button type="button" onClick={() => { update({ ...site, radios: site.radios.filter((_, j) => j !== i) }, 'radios'); done(); }}>{t('removeRadio')}</button>
        </div>
      ))}
      <button
        type="button"
        data-testid="add-radio"
        onClick={() => {
          const tech: Technology = site.radios.some((x) => x.tech === '5G') ? '4G' : '5G';
          update({ ...site, radios: [...site.radios, { tech, bandMHz: bands[tech][0] ?? DEFAULT_BAND[tech] }] }, 'radios');
          done();
        }}
      >
        {t('addRadio')}
      </button>
      <h4>{t('sectors')}</h4>
      {site.sectors.map((sec, i) => (
        <fieldset className="sector" key={i}>
          <legend>#{i + 1}</legend>
          {sec.azimuthDeg !== null && (
            <NumberField
              label={t('azimuth')} field="azimuthDeg" value={sec.azimuthDeg} testId={`sector-${i}-azimuth`}
              onCommit={(v) => update({ ...site, sectors: site.sectors.map((x, j) => (j === i ? { ...x, azimuthDeg: v % 360 } : x)) }, `az${i}`)}
              onDone={done}
            />
          )}
          <NumberField
            label={t('beamwidth')} field="beamwidthDeg" value={sec.beamwidthDeg} testId={`sector-${i}-beamwidth`}
            onCommit={(v) => update({ ...site, sectors: site.sectors.map((x, j) => (j === i ? { ...x, beamwidthDeg: v } : x)) }, `bw${i}`)}
            onDone={done}
          />
          <NumberField
            label={t('tilt')} field="downtiltDeg" value={sec.downtiltDeg} testId={`sector-${i}-tilt`}
            onCommit={(v) => update({ ...site, sectors: site.sectors.map((x, j) => (j === i ? { ...x, downtiltDeg: v } : x)) }, `tilt${i}`)}
            onDone={done}
          />
          {site.sectors.length > 1 && (
            <button type="button" onClick={() => { update({ ...site, sectors: site.sectors.filter((_, j) => j !== i) }, 'sectors'); done(); }}>{t('removeSector')}</button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => {
          const last = site.sectors[site.sectors.length - 1];
          const azimuthDeg = last?.azimuthDeg === null || last === undefined ? 0 : (last.azimuthDeg + 120) % 360;
          update({ ...site, sectors: [...site.sectors, { azimuthDeg, beamwidthDeg: last?.beamwidthDeg ?? PROPOSED_DEFAULTS.beamwidthDeg, downtiltDeg: last?.downtiltDeg ?? PROPOSED_DEFAULTS.downtiltDeg }] }, 'sectors');
          done();
        }}
      >
        {t('addSector')}
      </button>
      <div className="dialog-buttons">
        <button type="button" data-testid="delete-site" onClick={() => planner.deleteSite(site.id)}>✕ {t('deleteSite')}</button>
        {edited && <button type="button" data-testid="revert-site" onClick={() => planner.revertSite(site.id)}>↺ {t('revertSite')}</button>}
      </div>
    </div>
  );
}
