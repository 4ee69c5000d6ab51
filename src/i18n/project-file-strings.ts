import type { ProjectFileCode } from '../io/store/project-file-texts';

/**
 * Why a project file or a stored project is refused, in English (the CLI's language), code for code (see
 * io/store/project-file-texts). `{source}` names the project: `sourceCode` is `w_named` (with `name`) or `w_unnamed`.
 */
export const PROJECT_FILE_TEXT_EN: Readonly<Record<ProjectFileCode, string>> = {
  w_named: '"{name}"',
  w_unnamed: 'This project',
  fileRefused: 'Could not open {file}: {problem}',
  notJson: 'it is not valid JSON',
  notJsonAt: 'it is not valid JSON at line {line}, column {column} (expected {expected})',
  notProjectFile: 'it is not a PhuSong project file (no "format": "phusong-project")',
  looksGeoJson: 'it is a GeoJSON layer, not a project; import it as a layer instead',
  tooDeep: 'it nests values more than {max} levels deep (under "{path}"); a PhuSong project never does',
  notObject: 'it holds no project object',
  schemaNotNumber: '{source} cannot be opened: its schema version {value} is not a number',
  schemaNotWhole: '{source} cannot be opened: its schema version {value} is not a whole number',
  schemaNegative: '{source} cannot be opened: its schema version {value} is below 0',
  newer:
    '{source} was saved by a newer PhuSong (schema {v}); this version reads up to {max}. ' +
    'Update PhuSong to open it; the saved copy has not been changed.',
  invalid: '{source} is not a valid PhuSong project ({n} problems); first: {first}',
  invalidOne: '{source} is not a valid PhuSong project (1 problem); first: {first}',
};

/** The same in Vietnamese, code for code. */
export const PROJECT_FILE_TEXT_VI: Readonly<Record<ProjectFileCode, string>> = {
  w_named: 'Dự án “{name}”',
  w_unnamed: 'Dự án này',
  fileRefused: 'Không mở được {file}: {problem}',
  notJson: 'tệp không phải JSON hợp lệ',
  notJsonAt: 'tệp không phải JSON hợp lệ ở dòng {line}, cột {column} (cần {expected})',
  notProjectFile: 'đây không phải tệp dự án PhuSong (thiếu "format": "phusong-project")',
  looksGeoJson: 'đây là một lớp GeoJSON, không phải dự án; hãy nhập nó thành lớp dữ liệu',
  tooDeep: 'dữ liệu lồng nhau sâu hơn {max} cấp (trong "{path}"); dự án PhuSong không bao giờ như vậy',
  notObject: 'tệp không chứa đối tượng dự án nào',
  schemaNotNumber: '{source} không mở được: phiên bản lược đồ {value} không phải là số',
  schemaNotWhole: '{source} không mở được: phiên bản lược đồ {value} không phải là số nguyên',
  schemaNegative: '{source} không mở được: phiên bản lược đồ {value} nhỏ hơn 0',
  newer:
    '{source} được lưu bởi một phiên bản PhuSong mới hơn (lược đồ {v}; phiên bản này đọc đến lược đồ {max}). ' +
    'Hãy cập nhật PhuSong để mở; bản đã lưu không bị thay đổi.',
  invalid: '{source} không phải dự án PhuSong hợp lệ ({n} lỗi); lỗi đầu tiên: {first}',
  invalidOne: '{source} không phải dự án PhuSong hợp lệ (1 lỗi): {first}',
};
