/**
 * Data the engine cannot compute, Vietnamese and English: a layer that would make the coverage grid too big
 * (refused at import), and a stored project that opens but cannot be computed (opened in a safe state).
 */
import type { GeometryProblemCode } from '../domain/model/geometry-problems';
import { render, type Table } from './render';
import type { Lang } from './lang';

const vi = {
  importTooLarge:
    'Không nhập {file}: {feature} làm vùng tính phủ sóng rộng {area} km² ({cells} ô {cell} m), vượt giới hạn {limitArea} km² ({limitCells} ô, {limitGiB} GiB). Dữ liệu đang mở không thay đổi.',
  cellTooLarge:
    'Không chuyển sang ô {cell} m: {feature} làm vùng tính phủ sóng rộng {area} km² ({cells} ô), vượt giới hạn {limitArea} km² ở ô {cell} m. Vẫn dùng ô {current} m.',
  gridTooLarge: '{feature} làm vùng tính phủ sóng rộng {area} km² ({cells} ô {cell} m), vượt giới hạn {limitArea} km² ({limitCells} ô)',
  theArea: 'dữ liệu',
  unitNamed: 'xã {id} ({name})',
  siteNamed: 'trạm {id} ({name})',
  villageNamed: 'thôn {id} ({name})',
  badGeometry: '{feature}: {problem}',
  moreBad: 'và {n} đối tượng lỗi khác',
  storedNotComputed: 'Dự án “{name}” đã mở nhưng không tính được vùng phủ: {reason}. Bản đồ chỉ hiện những gì hiện được.',
  removeBad: 'Xóa {n} đối tượng lỗi',
  removedBad: 'Đã xóa {n} đối tượng lỗi khỏi dự án (có thể hoàn tác).',
} as const;

export type UnusableKey = keyof typeof vi;

const en: Record<UnusableKey, string> = {
  importTooLarge:
    'Did not import {file}: {feature} makes the coverage area {area} km² ({cells} cells of {cell} m), beyond the limit of {limitArea} km² ({limitCells} cells, {limitGiB} GiB). The open data is unchanged.',
  cellTooLarge:
    'Did not switch to {cell} m cells: {feature} makes the coverage area {area} km² ({cells} cells), beyond the limit of {limitArea} km² at {cell} m. Still using {current} m cells.',
  gridTooLarge: '{feature} makes the coverage area {area} km² ({cells} cells of {cell} m), beyond the limit of {limitArea} km² ({limitCells} cells)',
  theArea: 'the data',
  unitNamed: 'unit {id} ({name})',
  siteNamed: 'site {id} ({name})',
  villageNamed: 'village {id} ({name})',
  badGeometry: '{feature}: {problem}',
  moreBad: 'and {n} more bad features',
  storedNotComputed: 'Project “{name}” is open but its coverage cannot be computed: {reason}. The map shows what it can.',
  removeBad: 'Remove {n} bad features',
  removedBad: 'Removed {n} bad features from the project (undo restores them).',
};

const GEOMETRY_VI: Record<GeometryProblemCode, string> = {
  noPolygons: 'không có đa giác nào',
  noRings: 'có đa giác không có vòng nào',
  notFinite: 'có tọa độ không phải cặp số hữu hạn',
  ringTooShort: 'có vòng chỉ gồm {count} vị trí; một vòng cần ít nhất 4',
  ringNotClosed: 'có vòng không khép kín (vị trí cuối khác vị trí đầu)',
  ringZeroArea: 'có vòng không bao được diện tích nào',
};

const GEOMETRY_EN: Record<GeometryProblemCode, string> = {
  noPolygons: 'has no polygons',
  noRings: 'has a polygon with no rings',
  notFinite: 'has a position that is not a pair of finite numbers',
  ringTooShort: 'has a ring of {count} positions; a ring needs at least 4',
  ringNotClosed: 'has a ring that is not closed (its last position differs from its first)',
  ringZeroArea: 'has a ring that encloses no area',
};

export const UNUSABLE_STRINGS: Table<UnusableKey> = { vi, en };
export const GEOMETRY_STRINGS: Table<GeometryProblemCode> = { vi: GEOMETRY_VI, en: GEOMETRY_EN };

export function unusableText(lang: Lang, key: UnusableKey, params: Record<string, string | number> = {}): string {
  return render(lang, UNUSABLE_STRINGS, key, params);
}

export function geometryProblemUiText(lang: Lang, code: GeometryProblemCode, count: number): string {
  return render(lang, GEOMETRY_STRINGS, code, { count });
}
