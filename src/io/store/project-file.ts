/**
 * A whole project as one JSON file, for backup and for sharing. Import is pure: it parses, checks the marker,
 * migrates and validates, and only a project that passed all of that is returned for the caller to store.
 */
import { slugify } from '../../domain/text/fold';
import { locateJsonError } from '../geojson/json-errors';
import { migrateProject } from './migrations';
import type { Project } from './project';
import { StoreError } from './store';
import { isRecord } from './validate-kit';

export const PROJECT_FILE_FORMAT = 'phusong-project';

export interface ProjectFile {
  format: typeof PROJECT_FILE_FORMAT;
  project: Project;
}

export function exportProject(p: Project): string {
  const file: ProjectFile = { format: PROJECT_FILE_FORMAT, project: p };
  return JSON.stringify(file);
}

/** A download name such as "dak-nong-2025.phusong.json" (Vietnamese diacritics folded to ASCII). */
export function projectFileName(p: Pick<Project, 'name'>): string {
  const slug = slugify(p.name);
  return `${slug === '' ? 'project' : slug}.phusong.json`;
}

function parseError(text: string, fileName: string): string {
  const spot = locateJsonError(text);
  const where = spot ? ` at line ${spot.line}, column ${spot.column} (expected ${spot.expected})` : '';
  return `"${fileName}" is not valid JSON${where}.`;
}

/** A refused file: every problem (English, for the details list), and the schema it claims when that is newer. */
export interface ProjectFileRefusal {
  errors: string[];
  newerSchema?: number;
}

export function importProjectFile(text: string, fileName: string): { project: Project } | ProjectFileRefusal {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { errors: [parseError(body, fileName)] };
  }
  if (!isRecord(raw) || raw.format !== PROJECT_FILE_FORMAT) {
    const hint = isRecord(raw) && raw.type === 'FeatureCollection' ? ' It looks like a GeoJSON layer; import it as a layer instead.' : '';
    return { errors: [`"${fileName}" is not a PhuSong project file: it lacks "format": "${PROJECT_FILE_FORMAT}".${hint}`] };
  }
  try {
    return { project: migrateProject(raw.project) };
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    // The caller names the file; the message already names the project.
    const errors = e.details.length > 0 ? e.details : [e.message];
    const claimed = isRecord(raw.project) ? raw.project.schemaVersion : undefined;
    return e.kind === 'newer-version' && typeof claimed === 'number' ? { errors, newerSchema: claimed } : { errors };
  }
}
