/**
 * Messages (domain/text/message: a table, a code and parameters) rendered in a language: the one place that knows
 * every table by name, so a notice, an error from the worker or an import issue is kept as a code and rendered
 * when it is shown. Every table has a Vietnamese and an English text for each code; placeholders follow the one
 * rule (io/coded-text `fillTemplate`), and the importers' tables also take nested codes (`{x}` from `xCode`).
 */
import type { ImportIssue } from '../domain/model/types';
import type { Message, MessageTable } from '../domain/text/message';
import { capQuoted, fillTemplate, MAX_FILLED_CHARS, MAX_QUOTED_CHARS } from '../io/coded-text';
import { IMPORT_STRINGS, ISSUE_TEXT_EN, ISSUE_TEXT_VI } from './import-strings';
import type { Lang } from './lang';
import { LAYER_ISSUE_TEXT_EN, LAYER_ISSUE_TEXT_VI } from './layer-issue-strings';
import { NOTICE_STRINGS } from './notice-strings';
import { PRINT_STRINGS } from './print-strings';
import { PROJECT_FILE_TEXT_EN, PROJECT_FILE_TEXT_VI } from './project-file-strings';
import { RELIABILITY_STRINGS } from './reliability-strings';
import type { Table } from './render';
import { RULES_STRINGS } from './rules-strings';
import { DEM_STRINGS, demNestedText } from './dem-strings';
import { LAND_COVER_STRINGS } from './land-cover-strings';
import { STRINGS } from './strings';
import { TAB_SYNC_STRINGS } from './tab-sync-strings';
import { GEOMETRY_STRINGS, UNUSABLE_STRINGS } from './unusable-data-strings';
import { GRID_STRINGS } from './grid-strings';
import { MEASURE_IMPORT_STRINGS } from './measure-import-strings';
import { STORE_STRINGS } from './store-strings';
import { VALIDATION_STRINGS } from './validation-strings';
import { formatInt } from './format';

type CodedTable = Exclude<MessageTable, 'plain' | 'format'>;

/** Every table a message may name, Vietnamese and English side by side. */
export const MESSAGE_TABLES: Readonly<Record<CodedTable, Table<string>>> = {
  app: STRINGS,
  import: IMPORT_STRINGS,
  notice: NOTICE_STRINGS,
  reliability: RELIABILITY_STRINGS,
  unusable: UNUSABLE_STRINGS,
  tabSync: TAB_SYNC_STRINGS,
  print: PRINT_STRINGS,
  rules: RULES_STRINGS,
  layer: { vi: LAYER_ISSUE_TEXT_VI, en: LAYER_ISSUE_TEXT_EN },
  csv: { vi: ISSUE_TEXT_VI, en: ISSUE_TEXT_EN },
  projectFile: { vi: PROJECT_FILE_TEXT_VI, en: PROJECT_FILE_TEXT_EN },
  geometry: GEOMETRY_STRINGS,
  dem: DEM_STRINGS,
  landCover: LAND_COVER_STRINGS,
  validation: VALIDATION_STRINGS,
  store: STORE_STRINGS,
  grid: GRID_STRINGS,
  measure: MEASURE_IMPORT_STRINGS,
};

/** Tables whose templates name nested codes of the same table (`{problem}` from `problemCode`). */
const NESTING: ReadonlySet<MessageTable> = new Set<MessageTable>(['layer', 'csv', 'projectFile']);

/** A number in the language's format (`intMessage`); a value that is not a number shows as it is. */
function renderFormat(lang: Lang, m: Message): string {
  const n = m.params?.n;
  return typeof n === 'number' && m.code === 'int' ? formatInt(lang, n) : String(typeof n === 'object' ? n.code : n);
}

/** `m` in `lang`; a code its table does not know shows as the code rather than vanish. */
export function renderMessage(lang: Lang, m: Message, depth = 0): string {
  if (m.table === 'plain') return m.code;
  if (m.table === 'format') return renderFormat(lang, m);
  const texts = MESSAGE_TABLES[m.table][lang];
  if (!Object.hasOwn(texts, m.code)) return m.code;
  const template = texts[m.code] ?? m.code;
  // A quoted value is cut to MAX_QUOTED_CHARS in the readers' tables; a nested message is a whole sentence, cut only at MAX_FILLED_CHARS.
  const quoted = m.table === 'dem' || NESTING.has(m.table) ? MAX_QUOTED_CHARS : MAX_FILLED_CHARS;
  const params = Object.fromEntries(Object.entries(m.params ?? {}).map(([name, value]) => [
    name, typeof value === 'object' ? (depth < 6 ? renderMessage(lang, value, depth + 1) : value.code) : capQuoted(value, quoted),
  ]));
  if (m.table === 'dem') return fillTemplate(template, params, MAX_FILLED_CHARS, (code) => demNestedText(lang, code));
  if (!NESTING.has(m.table)) return fillTemplate(template, params);
  const nested = (code: string): string | undefined => (Object.hasOwn(texts, code) ? texts[code] : undefined);
  return fillTemplate(template, params, MAX_FILLED_CHARS, nested);
}

/** An import issue as a message: CSV issues and the layer readers' by their code (an unknown code shows as it is). */
export function issueMessage(issue: ImportIssue): Message {
  if ('code' in issue && typeof issue.code === 'string' && Object.hasOwn(ISSUE_TEXT_EN, issue.code)) {
    return { table: 'csv', code: issue.code, params: issue.params ?? {} };
  }
  if (issue.layerCode !== undefined && Object.hasOwn(LAYER_ISSUE_TEXT_EN, issue.layerCode)) {
    return { table: 'layer', code: issue.layerCode, params: issue.params ?? {} };
  }
  const code = 'code' in issue && typeof issue.code === 'string' ? issue.code : issue.layerCode;
  return { table: 'plain', code: code ?? '?' };
}
