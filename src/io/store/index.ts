export * from './project';
export * from './store';
export { defaultSettings, newProject, copyAsNew, newProjectId } from './new-project';
export { MemoryProjectStore } from './memory-store';
export { IdbProjectStore } from './idb-store';
export { openProjectStore, type OpenedStore } from './open-store';
export { migrateProject, MIGRATIONS, type Migration } from './migrations';
export { validateProject } from './validate';
export { exportProject, importProjectFile, projectFileName, PROJECT_FILE_FORMAT, type ProjectFile, type ProjectFileRefusal } from './project-file';
