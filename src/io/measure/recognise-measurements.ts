/**
 * Whether a CSV is measured samples rather than a carrier's sites: its header names a measured level (RSRP, RSCP,
 * RxLev, "mức thu"). A bare "level" or "signal" column is not enough: a site list may have one.
 */
import Papa from 'papaparse';
import { foldText } from '../../domain/text/fold';
import { sniffCsv } from '../csv/sniff';

const LEVEL_HEADER = /^(ss-|nr )?(rsrp|rscp|rxlev|muc thu|cuong do tin hieu)\b/;

/** Whether a header (folded, underscores as spaces) names a measured level. */
export function namesMeasuredLevel(folded: string): boolean {
  return LEVEL_HEADER.test(folded);
}

/** The header cells of the text's first line (its first 64 KB looked at). */
function headerCells(head: string): string[] {
  const firstLine = head.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const { delimiter } = sniffCsv(head);
  return (Papa.parse<string[]>(firstLine, { delimiter }).data[0] ?? []).map((c) => foldText(c.trim()).replace(/_+/g, ' '));
}

export function looksLikeMeasurements(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF/, '');
  return headerCells(head).some(namesMeasuredLevel);
}
