import { useAppState } from '../context';
import { engineWarningsNotice, isRefusal } from '../../i18n/engine-warnings';
import './reliability.css';

/**
 * The coverage engine's warnings for the current figures, folded into one line until opened: sites left out of
 * the coverage (with the field at fault) first, then the model validity caveats. Text only.
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
