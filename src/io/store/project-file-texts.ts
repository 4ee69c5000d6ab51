/**
 * Why a project file or a stored project is refused, as a code plus parameters (like the CSV and layer readers'
 * messages): these English texts are the CLI's and the StoreError message; the app renders the same codes in
 * Vietnamese or English through i18n/project-file-strings. `{source}` names the project: `sourceCode` is
 * `w_named` (with `name`) or `w_unnamed`.
 */
import { renderCodedText, type Coded, type TextParams } from '../coded-text';
import { StoreError, type StoreErrorKind } from './store';

export const PROJECT_FILE_TEXT_EN = {
  w_named: '"{name}"',
  w_unnamed: 'This project',
  fileRefused: 'Could not open {file}: {problem}',
  notJson: 'it is not valid JSON',
  notJsonAt: 'it is not valid JSON at line {line}, column {column} (expected {expected})',
  notProjectFile: 'it is not a PhuSong project file (no "format": "phusong-project")',
  looksGeoJson: 'it is a GeoJSON layer, not a project; import it as a layer instead',
  tooDeep: 'it nests values more than {max} levels deep (under "{path}"); a PhuSong project never does',
  notObject: 'it holds no project object',
  schemaNotNumber: '{source} cannot be opened: its schema version {value} is not a number',
  schemaNotWhole: '{source} cannot be opened: its schema version {value} is not a whole number',
  schemaNegative: '{source} cannot be opened: its schema version {value} is below 0',
  newer:
    '{source} was saved by a newer PhuSong (schema {v}); this version reads up to {max}. ' +
    'Update PhuSong to open it; the saved copy has not been changed.',
  invalid: '{source} is not a valid PhuSong project ({n} problems); first: {first}',
  invalidOne: '{source} is not a valid PhuSong project (1 problem); first: {first}',
} as const;

export type ProjectFileCode = keyof typeof PROJECT_FILE_TEXT_EN;
export type ProjectFileText = Coded<ProjectFileCode>;

export const projectFileText = (code: ProjectFileCode, params: TextParams = {}): ProjectFileText => ({ code, params });

export const renderProjectFileText = (table: Readonly<Record<ProjectFileCode, string>>, t: ProjectFileText): string =>
  renderCodedText(table, t.code, t.params);

export const projectFileTextEn = (t: ProjectFileText): string => renderProjectFileText(PROJECT_FILE_TEXT_EN, t);

/** The parameters naming a project by its (raw, unchecked) name. */
export function sourceOf(name: unknown): TextParams {
  return typeof name === 'string' && name.trim() !== '' ? { sourceCode: 'w_named', name } : { sourceCode: 'w_unnamed' };
}

/** `problem` as the reason a file named `file` was refused. */
export function inFile(file: string, problem: ProjectFileText): ProjectFileText {
  return projectFileText('fileRefused', { ...problem.params, file, problemCode: problem.code });
}

/** A StoreError whose message is also a code, so the app can show it in the UI's language. */
export class CodedStoreError extends StoreError {
  readonly text: ProjectFileText;

  constructor(kind: StoreErrorKind, text: ProjectFileText, options: { details?: string[] } = {}) {
    super(kind, projectFileTextEn(text), options);
    this.text = text;
  }
}
