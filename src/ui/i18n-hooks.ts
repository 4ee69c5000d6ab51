/** Each table's translate function bound to the interface language of the moment (the tables live in src/i18n). */
import { calibrationText, type CalibrationKey } from '../i18n/calibration-strings';
import { translateImport, type ImportStringKey } from '../i18n/import-strings';
import { landCoverText, type LandCoverStringKey } from '../i18n/land-cover-strings';
import { lazyPartText, type LazyPartKey } from '../i18n/lazy-part-strings';
import { measureImportText, type MeasureImportKey } from '../i18n/measure-import-strings';
import { officialT, type OfficialStringKey } from '../i18n/official-strings';
import { printT, type PrintStringKey } from '../i18n/print-strings';
import { profileT, type ProfileStringKey } from '../i18n/profile-strings';
import { reliabilityTranslate, type ReliabilityKey } from '../i18n/reliability-strings';
import { rulesTranslate, type RulesT } from '../i18n/rules-strings';
import { tabSyncText, type TabSyncKey } from '../i18n/tab-sync-strings';
import { useAppState } from './context';

type Params = Record<string, string | number>;

export function useImportT(): (key: ImportStringKey, params?: Params) => string {
  const lang = useAppState((s) => s.lang);
  return (key, params) => translateImport(lang, key, params);
}

export function useLazyPartT(): (key: LazyPartKey, params?: Params) => string {
  const lang = useAppState((s) => s.lang);
  return (key, params) => lazyPartText(lang, key, params);
}

export function usePrintT(): (key: PrintStringKey, params?: Params) => string {
  const lang = useAppState((s) => s.lang);
  return (key, params) => printT(lang, key, params);
}

export function useOfficialT(): (key: OfficialStringKey) => string {
  const lang = useAppState((s) => s.lang);
  return (key) => officialT(lang, key);
}

export function useReliabilityT(): (key: ReliabilityKey) => string {
  const lang = useAppState((s) => s.lang);
  return (key) => reliabilityTranslate(lang, key);
}

export function useRulesT(): RulesT {
  const lang = useAppState((s) => s.lang);
  return (key, params) => rulesTranslate(lang, key, params);
}

export function useTabSyncT(): (key: TabSyncKey, vars?: Params) => string {
  const lang = useAppState((s) => s.lang);
  return (key, vars) => tabSyncText(lang, key, vars);
}

export function useProfileT(): (key: ProfileStringKey, params?: Params) => string {
  const lang = useAppState((s) => s.lang);
  return (key, params) => profileT(lang, key, params);
}

export function useLandCoverT(): (key: LandCoverStringKey, params?: Params) => string {
  const lang = useAppState((s) => s.lang);
  return (key, params) => landCoverText(lang, key, params);
}

export function useCalibrationT(): (key: CalibrationKey, params?: Params) => string {
  const lang = useAppState((s) => s.lang);
  return (key, params) => calibrationText(lang, key, params);
}

export function useMeasureT(): (key: MeasureImportKey, params?: Params) => string {
  const lang = useAppState((s) => s.lang);
  return (key, params) => measureImportText(lang, key, params);
}
