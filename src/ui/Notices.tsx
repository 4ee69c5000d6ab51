import './reliability/reliability.css';
import { noticeIn } from '../app/notice-queue';
import { useApp, useAppState, useT } from './context';

/**
 * Import results and errors; details list every problem row, nothing is hidden. Actions (e.g. export) as buttons.
 * Each notice is rendered here in the interface language, so an open notice follows a language switch.
 */
export function Notices() {
  const { actions } = useApp();
  const notices = useAppState((s) => s.notices);
  const lang = useAppState((s) => s.lang);
  const t = useT();
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => ({ n, shown: noticeIn(n, lang) })).map(({ n, shown }) => (
        <div key={n.id} className={`notice notice-${n.level}`} role={n.level === 'error' ? 'alert' : 'status'}>
          <div className="notice-head">
            <span>{shown.text}</span>
            <button type="button" onClick={() => actions.dismiss(n.id)}>
              {t('dismiss')}
            </button>
          </div>
          {n.actions && n.actions.length > 0 && (
            <div className="notice-actions">
              {n.actions.map((a, i) => (
                <button key={i} type="button" data-testid="notice-action" onClick={() => a.run()}>
                  {shown.labels[i] ?? a.label}
                </button>
              ))}
            </div>
          )}
          {shown.details.length > 0 && (
            <details>
              <summary>{shown.details.length}</summary>
              <ul>
                {shown.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      ))}
    </div>
  );
}
