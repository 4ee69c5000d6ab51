/**
 * The English of what io reports as codes, rendered from the i18n tables as the CLI renders it: io words nothing,
 * so tests that match the English sentence of an issue say it through these.
 */
import type { ImportIssue } from '../../src/domain/model/types';
import { errorAsMessage, type Message } from '../../src/domain/text/message';
import { issueMessage, renderMessage } from '../../src/i18n/messages';
import { renderCodedText } from '../../src/io/coded-text';
import type { CodedText } from '../../src/io/csv/issue-codes';
import type { LayerText } from '../../src/io/layer-issues';
import { ISSUE_TEXT_EN } from '../../src/i18n/import-strings';
import { LAYER_ISSUE_TEXT_EN } from '../../src/i18n/layer-issue-strings';

/** An import issue (CSV or layer reader) in English; undefined stays undefined so `issues[0]` reads as before. */
export function reasonEn(issue: ImportIssue): string;
export function reasonEn(issue: ImportIssue | undefined): string | undefined;
export function reasonEn(issue: ImportIssue | undefined): string | undefined {
  return issue ? renderMessage('en', issueMessage(issue)) : undefined;
}

/** A layer reader's coded text (a zip problem, a detected kind, a .prj failure) in English. */
export const layerEn = (t: LayerText): string => renderCodedText(LAYER_ISSUE_TEXT_EN, t.code, t.params);

/** A CSV reader's coded text in English. */
export const csvEn = (t: CodedText): string => renderCodedText(ISSUE_TEXT_EN, t.code, t.params);

/** A coded text of a project file refusal or a storage failure in English. */
export const projectFileEn = (t: Message): string => renderMessage('en', t);

/** The issue with its English `reason` beside its code, for assertions that match whole issue objects. */
export const withReasonEn = <T extends ImportIssue>(issue: T): T & { reason: string } => ({ ...issue, reason: reasonEn(issue) });

/** A StoreError's (or any coded error's) English; other errors by their message. */
export const storeErrorEn = (e: unknown): string => renderMessage('en', errorAsMessage(e));

/** Validator problems (messages) in English, as the CLI prints them. */
export const problemsEn = (problems: readonly Message[]): string[] => problems.map((m) => renderMessage('en', m));

/** The problems of a refused project file in English (none when the file was read). */
export const errorsEn = (r: { errors: readonly Message[] } | object): string[] =>
  'errors' in r && Array.isArray(r.errors) ? (r.errors as Message[]).map((m) => renderMessage('en', m)) : [];
