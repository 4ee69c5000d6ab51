/** Which boundary set the print and the reports use, and the second set with its crosswalk and figures. */
import type { Message } from '../domain/text/message';
import type { CodeTableIssue } from '../domain/boundaries';
import type { AltFigures, BoundarySetSummary } from '../worker/print-api';

export interface BoundarySetLabel {
  name: string;
  /** As the user writes it, e.g. "2025-07-01". */
  date: string;
}

export interface BoundariesState {
  /** The set the dataset was loaded with; the name defaults to the dataset's name. */
  current: BoundarySetLabel;
  alt: (BoundarySetLabel & { summary: BoundarySetSummary }) | null;
  reportOn: 'current' | 'alt';
  /** Figures computed on the second set; null until computed. */
  altFigures: AltFigures | null;
  busy: boolean;
  /** Why the last load failed, as a message rendered in the interface language. */
  error: Message | null;
  /** The last code table loaded: its rows left out, and whether it replaced the crosswalk (false: no usable row). */
  codeTable: { fileName: string; issues: CodeTableIssue[]; used: boolean } | null;
}

export const INITIAL_BOUNDARIES_STATE: BoundariesState = {
  current: { name: '', date: '' }, alt: null, reportOn: 'current', altFigures: null, busy: false, error: null, codeTable: null,
};
