import { PROJECT_FORMAT } from '../file-formats';
import { contentText, type FileType } from '../file-type';
import type { Project } from './project';
import { exportProject, importProjectFile, type ProjectFileRefusal } from './project-file';

/** A PhuSong project file: the whole project (layers, scenarios, settings) as one JSON document. */
export const projectFile = {
  ...PROJECT_FORMAT,
  read: (content, fileName) => importProjectFile(contentText(content), fileName),
  write: (project) => exportProject(project),
} satisfies FileType<'project', Record<string, never>, { project: Project } | ProjectFileRefusal, Project>;
