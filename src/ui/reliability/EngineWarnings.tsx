import { useAppState } from '../context';
import { isRefusal } from '../../domain/coverage/engine-warning';
import { engineWarningsNotice } from '../../i18n/engine-warnings';
import './reliability.css';

/**
 * The coverage engine's warnings for the current figures, folded into one line until opened: sites left out of
 * the coverage (with the field at fault) first, then the model validity caveats. Text only, rendered from the
 * warning codes in the current language on every render (a language switch re-renders it).
 */
export function EngineWarnings() {
  const lang = useAppState((s) => s.lang);
  const warnings = useAppState((s) => s.figures?.warnings);
  const notice = engineWarningsNotice(lang, warnings ?? []);
  if (!notice || !warnings) return null;
  const refused = warnings.filter(isRefusal).length;
  return (
    <details className={`panel engine-warnings${refused > 0 ? ' has-refusals' : ''}`} data-testid="engine-warnings" data-refused={refused}>
      <summary>{notice.text}</summary>
      <ul>
        {notice.details.map((line, i) => (
          <li key={i} data-testid="engine-warning">{line}</li>
        ))}
      </ul>
    </details>
  );
}
