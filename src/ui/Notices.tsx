import './reliability/reliability.css';
import { useApp, useAppState, useT } from './context';

/** Import results and errors; details list every problem row, nothing is hidden. Actions (e.g. export) as buttons. */
export function Notices() {
  const { actions } = useApp();
  const notices = useAppState((s) => s.notices);
  const t = useT();
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`} role={n.level === 'error' ? 'alert' : 'status'}>
          <div className="notice-head">
            <span>{n.text}</span>
            <button type="button" onClick={() => actions.dismiss(n.id)}>
              {t('dismiss')}
            </button>
          </div>
          {n.actions && n.actions.length > 0 && (
            <div className="notice-actions">
              {n.actions.map((a, i) => (
                <button key={i} type="button" data-testid="notice-action" onClick={() => a.run()}>
                  {a.label}
                </button>
              ))}
            </div>
          )}
          {n.details.length > 0 && (
            <details>
              <summary>{n.details.length}</summary>
              <ul>
                {n.details.map((d, i) => (
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
