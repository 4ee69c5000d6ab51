/**
 * Why a project file or a stored project is refused, as messages of the `projectFile` table (like the CSV and layer
 * readers' messages); io never words them: the texts, Vietnamese and English (the CLI's language), are in
 * i18n/project-file-strings. `{source}` names the project: `sourceCode` is `w_named` (with `name`) or `w_unnamed`.
 */
import { message, type Message, type MessageParam } from '../../domain/text/message';
import type { TextParams } from '../coded-text';

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

export const projectFileText = (code: ProjectFileCode, params?: Readonly<Record<string, MessageParam>>): Message =>
  message('projectFile', code, params);

/** The parameters naming a project by its (raw, unchecked) name. */
export function sourceOf(name: unknown): TextParams {
  return typeof name === 'string' && name.trim() !== '' ? { sourceCode: 'w_named', name } : { sourceCode: 'w_unnamed' };
}

/** `problem` as the reason a file named `file` was refused. */
export const inFile = (file: string, problem: Message): Message => projectFileText('fileRefused', { file, problem });
