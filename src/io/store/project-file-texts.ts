/**
 * Why a project file or a stored project is refused, as a code plus parameters (like the CSV and layer readers'
 * messages); io never words them: the texts, Vietnamese and English (the CLI's language), are in
 * i18n/project-file-strings. `{source}` names the project: `sourceCode` is
 * `w_named` (with `name`) or `w_unnamed`.
 */
import type { Coded, TextParams } from '../coded-text';
import { StoreError, type StoreErrorKind } from './store';

export const PROJECT_FILE_CODES = [
  'w_named',
  'w_unnamed',
  'fileRefused',
  'notJson',
  'notJsonAt',
  'notProjectFile',
  'looksGeoJson',
  'tooDeep',
  'notObject',
  'schemaNotNumber',
  'schemaNotWhole',
  'schemaNegative',
  'newer',
  'invalid',
  'invalidOne',
] as const;

export type ProjectFileCode = (typeof PROJECT_FILE_CODES)[number];
export type ProjectFileText = Coded<ProjectFileCode>;

export const projectFileText = (code: ProjectFileCode, params: TextParams = {}): ProjectFileText => ({ code, params });

/** The parameters naming a project by its (raw, unchecked) name. */
export function sourceOf(name: unknown): TextParams {
  return typeof name === 'string' && name.trim() !== '' ? { sourceCode: 'w_named', name } : { sourceCode: 'w_unnamed' };
}

/** `problem` as the reason a file named `file` was refused. */
export function inFile(file: string, problem: ProjectFileText): ProjectFileText {
  return projectFileText('fileRefused', { ...problem.params, file, problemCode: problem.code });
}

/**
 * A StoreError that says why as a code (`text`), so the app shows it in the UI's language and the CLI in English;
 * its `message` is only the code, for logs.
 */
export class CodedStoreError extends StoreError {
  readonly text: ProjectFileText;

  constructor(kind: StoreErrorKind, text: ProjectFileText, options: { details?: string[] } = {}) {
    super(kind, text.code, options);
    this.text = text;
  }
}
