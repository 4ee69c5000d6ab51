import { landCoverCss } from '../domain/display/land-cover-palette';
import { LAND_COVER_CLASSES } from '../domain/model/land-cover';
import { formatNumber } from '../i18n/format';
import { useAppState } from './context';
import { useLandCoverT } from './i18n-hooks';

/** The eight land-cover classes with their map colour and km² (by LAND_COVER_CLASSES order): the layer's legend. */
export function LandCoverClassTable({ areasKm2, testId }: { areasKm2: readonly number[]; testId: string }) {
  const t = useLandCoverT();
  const lang = useAppState((s) => s.lang);
  return (
    <table className="land-cover-classes" data-testid={testId}>
      <thead>
        <tr><th>{t('lcClass')}</th><th>{t('lcArea')}</th></tr>
      </thead>
      <tbody>
        {LAND_COVER_CLASSES.map((c, i) => (
          <tr key={c} data-class={c}>
            <td><span className="swatch" style={{ background: landCoverCss(c) }} />{t(`class-${c}`)}</td>
            <td>{formatNumber(lang, areasKm2[i] ?? 0, 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
