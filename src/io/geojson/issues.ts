import type { ImportIssue } from '../../domain/model/types';
import { layerIssue, nested, type LayerText } from '../layer-issues';

export function featureIssue(severity: ImportIssue['severity'], index: number, message: LayerText): ImportIssue {
  return { ...layerIssue(severity, nested('feature', { index }, { message })), index };
}

/** A feature that was not read at all, and why. */
export function rejectedIssue(index: number, why: LayerText): ImportIssue {
  return featureIssue('error', index, nested('rejected', {}, { why }));
}

/** Renders a raw input value for a message, keeping NaN/Infinity visible (JSON.stringify would print null). */
export function formatValue(value: unknown, depth = 0): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (depth > 1) return '[…]';
    const shown = value.slice(0, 4).map((v) => formatValue(v, depth + 1));
    if (value.length > 4) shown.push('…');
    return `[${shown.join(', ')}]`;
  }
  if (typeof value === 'object') {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
  }
  return typeof value;
}
