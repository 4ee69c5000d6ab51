import { PROJECT_FILE_TEXT_EN, renderProjectFileText, type ProjectFileCode, type ProjectFileText } from '../io/store/project-file-texts';
import type { Lang } from './lang';

/** Why a project file or a stored project is refused, in Vietnamese, code for code (see io/store/project-file-texts). */
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

/** A refusal of a project (file or stored) in the UI's language. */
export function projectFileReason(lang: Lang, text: ProjectFileText): string {
  return renderProjectFileText(lang === 'vi' ? PROJECT_FILE_TEXT_VI : PROJECT_FILE_TEXT_EN, text);
}
