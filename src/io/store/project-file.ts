/**
 * A whole project as one JSON file, for backup and for sharing. Import is pure: it parses, checks the marker,
 * migrates and validates, and only a project that passed all of that is returned for the caller to store.
 */
import { slugify } from '../../domain/text/fold';
import { locateJsonError } from '../geojson/json-errors';
import { migrateProject } from './migrations';
import type { Project } from './project';
import { MAX_PROJECT_DEPTH, tooDeepPath } from './json-depth';
import type { Message } from '../../domain/text/message';
import { inFile, projectFileText } from './project-file-texts';
import { StoreError } from './store';
import { isRecord } from './validate-kit';
import { decodeInt16, decodeUint8, encodeInt16, encodeUint8, isInt16Base64, isUint8Base64 } from './int16-base64';

export const PROJECT_FILE_FORMAT = 'phusong-project';

export interface ProjectFile {
  format: typeof PROJECT_FILE_FORMAT;
  project: Project;
}

export function exportProject(p: Project): string {
  const file: ProjectFile = { format: PROJECT_FILE_FORMAT, project: p };
  return JSON.stringify(file, (_key, value: unknown) => (
    value instanceof Int16Array ? encodeInt16(value) : value instanceof Uint8Array ? encodeUint8(value) : value));
}

/**
 * The elevation heights and land-cover classes back to typed arrays (left as found when not decodable: the validator
 * then names them).
 */
function reviveRasters(project: unknown): void {
  if (!isRecord(project) || !isRecord(project.baseline)) return;
  const { elevation, landCover } = project.baseline;
  const terrain = isRecord(elevation) ? elevation.terrain : undefined;
  if (isRecord(terrain) && isInt16Base64(terrain.heights)) terrain.heights = decodeInt16(terrain.heights) ?? terrain.heights;
  const cover = isRecord(landCover) ? landCover.cover : undefined;
  if (isRecord(cover) && isUint8Base64(cover.classes)) cover.classes = decodeUint8(cover.classes) ?? cover.classes;
}

/** A download name such as "dak-nong-2025.phusong.json" (Vietnamese diacritics folded to ASCII). */
export function projectFileName(p: Pick<Project, 'name'>): string {
  const slug = slugify(p.name);
  return `${slug === '' ? 'project' : slug}.phusong.json`;
}

function parseError(text: string, fileName: string): ProjectFileRefusal {
  const spot = locateJsonError(text);
  const problem = spot ? projectFileText('notJsonAt', { line: spot.line, column: spot.column, expected: spot.expected }) : projectFileText('notJson');
  return refused(fileName, problem);
}

/**
 * A refused file: the headline (a code naming the file, for the UI's language), every problem (messages for the
 * details list, rendered when shown), and the schema it claims when that is newer.
 */
export interface ProjectFileRefusal {
  message: Message;
  errors: Message[];
  newerSchema?: number;
}

function refused(fileName: string, problem: Message): ProjectFileRefusal {
  const headline = inFile(fileName, problem);
  return { message: headline, errors: [headline] };
}

export function importProjectFile(text: string, fileName: string): { project: Project } | ProjectFileRefusal {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return parseError(body, fileName);
  }
  if (!isRecord(raw) || raw.format !== PROJECT_FILE_FORMAT) {
    if (isRecord(raw) && raw.type === 'FeatureCollection') return refused(fileName, projectFileText('looksGeoJson'));
    return refused(fileName, projectFileText('notProjectFile'));
  }
  // Before anything copies it: structuredClone, IndexedDB and postMessage overflow the stack on deep values.
  const deep = tooDeepPath(raw, MAX_PROJECT_DEPTH);
  if (deep !== null) return refused(fileName, projectFileText('tooDeep', { max: MAX_PROJECT_DEPTH, path: deep }));
  try {
    reviveRasters(raw.project);
    return { project: migrateProject(raw.project) };
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    const headline = inFile(fileName, e.text);
    const errors = e.details.length > 0 ? e.details : [e.text];
    const claimed = isRecord(raw.project) ? raw.project.schemaVersion : undefined;
    return e.kind === 'newer-version' && typeof claimed === 'number' ? { message: headline, errors, newerSchema: claimed } : { message: headline, errors };
  }
}
