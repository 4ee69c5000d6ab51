import { OFFICIAL_TEXT_MAX, type OfficialTextKey } from '../../domain/print/official-texts';
import type { OfficialStringKey } from '../../i18n/official-strings';
import { useAppState } from '../context';
import { useOfficialT } from '../i18n-hooks';
import { usePrint } from './use-print';

/** Each text field of the block with its label and hint; the data date is a date input. */
const FIELDS: readonly { key: OfficialTextKey; hint?: OfficialStringKey }[] = [
  { key: 'parentBody', hint: 'parentBodyHint' },
  { key: 'body', hint: 'bodyHint' },
  { key: 'reportRef', hint: 'reportRefHint' },
  { key: 'dataDate' },
  { key: 'place', hint: 'placeHint' },
  { key: 'signTitle', hint: 'signTitleHint' },
  { key: 'signName' },
];

/** The official document block's fields (header, annex line, data date, place, signature), saved with the project. */
export function OfficialFields() {
  const t = useOfficialT();
  const texts = useAppState((s) => s.officialTexts);
  const print = usePrint();
  return (
    <fieldset className="print-official">
      <legend>{t('officialFields')}</legend>
      {FIELDS.map(({ key, hint }) => (
        <label key={key}>
          {t(key)}
          <input
            type={key === 'dataDate' ? 'date' : 'text'}
            data-testid={`print-official-${key}`}
            maxLength={OFFICIAL_TEXT_MAX[key]}
            value={texts[key]}
            placeholder={hint ? t(hint) : undefined}
            onChange={(e) => print.updateOfficialTexts({ [key]: e.target.value })}
          />
        </label>
      ))}
    </fieldset>
  );
}
