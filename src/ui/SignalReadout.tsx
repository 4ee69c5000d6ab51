import { signalText, signalView } from '../i18n/signal-strings';
import { useApp, useAppState, useFeatureState } from './context';

/**
 * "Signal at the cursor" over the map: the pinned reading if there is one, else the one under the pointer. The pin
 * button pins the reading shown (or, with no pointer over the map, the map's centre) for keyboard users.
 */
export function SignalReadout() {
  const { actions } = useApp();
  const signal = actions.signal;
  const lang = useAppState((s) => s.lang);
  const ready = useAppState((s) => s.figures !== null);
  const hover = useFeatureState(signal.store, (s) => s.hover);
  const pinned = useFeatureState(signal.store, (s) => s.pinned);
  if (!ready) return null;
  const reading = pinned ?? hover;
  const view = reading ? signalView(lang, reading) : null;
  const t = (key: Parameters<typeof signalText>[1], params?: Parameters<typeof signalText>[2]) => signalText(lang, key, params);
  return (
    <section className="signal-readout" data-testid="signal-readout" data-state={pinned ? 'pinned' : hover ? 'hover' : 'empty'} aria-live="polite">
      <div className="signal-head">
        <h2>{t(pinned ? 'titlePinned' : 'title')}{reading ? ` · ${reading.tech}` : ''}</h2>
        {pinned ? (
          <button type="button" data-testid="signal-unpin" onClick={() => signal.unpin()}>{t('unpin')}</button>
        ) : (
          <button type="button" data-testid="signal-pin" title={hover ? undefined : t('pinCentre')} onClick={() => void signal.pinCurrent()}>
            {t(hover ? 'pin' : 'pinCentre')}
          </button>
        )}
      </div>
      {!view ? (
        <p className="hint">{t('hint')}</p>
      ) : (
        <>
          <div className="signal-coords">{view.coords}</div>
          {view.level && (
            <div className="signal-level" data-testid="signal-level">
              <strong>{view.level}</strong>{' '}
              <span className={view.covered ? 'signal-ok' : 'signal-short'} data-testid="signal-verdict">{view.covered ? '✓' : '✗'} {view.verdict}</span>
            </div>
          )}
          {view.empty && <p className="hint" data-testid="signal-empty">{view.empty}</p>}
          {view.sites.length > 0 && (
            <ol className="signal-sites">
              {view.sites.map((s, i) => (
                <li key={s.siteId} data-testid={i === 0 ? 'signal-serving' : 'signal-next'}>
                  <div className="signal-site-head">
                    <span className="signal-role">{s.role}</span>
                    <span className="signal-site-level">{s.level}</span>
                  </div>
                  <div className="signal-site-name">{s.name}</div>
                  <div className="signal-costs">{s.costs.join(' · ')}</div>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
