/**
 * Text of the coverage engine's warnings (domain/coverage/engine-warning), Vietnamese and English side by side:
 * the notice summary, one sentence per warning code, the site fields and reasons of a refused site, and the
 * model-range caveats with their quantities. Rendered by engine-warnings.ts.
 */
import type { Lang } from './lang';
import { render, type Params, type Table } from './render';

const vi = {
  engineWarningsRefused: 'Tính vùng phủ: {n} trạm không được tính vì thông số không hợp lệ, {m} cảnh báo khác. Xem chi tiết.',
  engineWarnings: 'Tính vùng phủ: {m} cảnh báo về phạm vi của mô hình. Xem chi tiết.',
  siteNotComputed: 'Trạm {id} không được tính: {problems}',
  siteDuplicate: 'Trạm {id}: mã trạm bị trùng, bản ghi sau thay cho bản ghi trước',
  villageNoUnit: 'Thôn {id}: mã xã {code} không khớp xã nào',
  ftthNotComputed: 'Không tính được FTTH: {detail}',
  secondThreadFailed: 'Luồng tính thứ hai bị lỗi: các hàng của nó đã được tính lại trên luồng chính',
  problemNamed: '{label} ({field}): {reason}',
  problemUnnamed: '{field}: {reason}',
  fieldHeight: 'chiều cao anten',
  fieldBand: 'băng tần',
  fieldBeamwidth: 'độ rộng búp sóng',
  fieldTilt: 'góc ngẩng',
  fieldAzimuth: 'góc phương vị',
  fieldLon: 'kinh độ',
  fieldLat: 'vĩ độ',
  fieldPower: 'chênh lệch công suất',
  reasonNotNumber: '{v} không phải là số',
  reasonNotNumberOrOmni: '{v} không phải là số (để trống nếu anten vô hướng)',
  reasonNotPositiveNumber: '{v} phải là số lớn hơn 0',
  reasonNotAbove: '{v} phải lớn hơn {min}',
  reasonTooHigh: '{v} vượt quá {max} m',
  reasonOutside: '{v} phải nằm trong khoảng [{min}, {max}]',
  reasonOutsideOpenMin: '{v} phải nằm trong khoảng ({min}, {max}]',
  reasonBand: '{v} nằm ngoài dải {min}–{max} MHz mà các mô hình hỗ trợ',
  modelOutside: 'Mô hình {model}: {quantity} {value} {unit} nằm ngoài dải {min}–{max} {unit}',
  grouped: '{line} ({n} trường hợp)',
  modelNotPositive: 'Mô hình {model}: {quantity} {value} phải là số dương',
  modelNearField: 'Mô hình {model}: khoảng cách {distance} m nằm trong trường gần (< 10 bước sóng = {nearField} m)',
  modelExtrapolated: 'Mô hình {model}: tần số {freq} MHz trên 3000 MHz được ngoại suy theo quy luật của dải 2–3 GHz',
  modelBuiltUpOnly:
    'Mô hình {model}: chỉ xác định cho đô thị/ngoại ô; vùng {clutter} dùng Cm = 0 dB, không có hiệu chỉnh vùng trống trải (kết quả thiên về bi quan)',
  quantityFrequency: 'tần số',
  quantityDistance: 'khoảng cách',
  quantityBaseHeight: 'chiều cao anten trạm',
  quantityMobileHeight: 'chiều cao máy thu',
  clutterUrban: 'đô thị',
  clutterSuburban: 'ngoại ô',
  clutterRural: 'nông thôn',
  clutterOpen: 'trống trải',
} as const;

export type EngineWarningKey = keyof typeof vi;

const en: Record<EngineWarningKey, string> = {
  engineWarningsRefused: 'Coverage: {n} sites not computed because of invalid parameters, {m} other warnings. See details.',
  engineWarnings: 'Coverage: {m} warnings about model validity ranges. See details.',
  siteNotComputed: 'Site {id} not computed: {problems}',
  siteDuplicate: 'Site {id}: duplicate id, the later record replaces the earlier',
  villageNoUnit: 'Village {id}: unit code {code} matches no unit',
  ftthNotComputed: 'FTTH not computed: {detail}',
  secondThreadFailed: 'The second painting thread failed: its rows were painted again on this one',
  problemNamed: '{label} ({field}): {reason}',
  problemUnnamed: '{field}: {reason}',
  fieldHeight: 'antenna height',
  fieldBand: 'band',
  fieldBeamwidth: 'beamwidth',
  fieldTilt: 'tilt',
  fieldAzimuth: 'azimuth',
  fieldLon: 'longitude',
  fieldLat: 'latitude',
  fieldPower: 'power offset',
  reasonNotNumber: '{v} is not a number',
  reasonNotNumberOrOmni: '{v} is not a number (leave it empty for an omni antenna)',
  reasonNotPositiveNumber: '{v} must be a number greater than 0',
  reasonNotAbove: '{v} must be greater than {min}',
  reasonTooHigh: '{v} exceeds {max} m',
  reasonOutside: '{v} must be within [{min}, {max}]',
  reasonOutsideOpenMin: '{v} must be within ({min}, {max}]',
  reasonBand: '{v} is outside the {min}–{max} MHz the models cover',
  modelOutside: 'Model {model}: {quantity} {value} {unit} outside {min}–{max} {unit}',
  grouped: '{line} ({n} cases)',
  modelNotPositive: 'Model {model}: {quantity} {value} must be a positive number',
  modelNearField: 'Model {model}: distance {distance} m is in the near field (< 10 wavelengths = {nearField} m)',
  modelExtrapolated: 'Model {model}: frequency {freq} MHz above 3000 MHz is extrapolated with the 2–3 GHz law',
  modelBuiltUpOnly:
    'Model {model}: defined for urban/suburban only; {clutter} clutter uses Cm = 0 dB without an open-area correction (pessimistic)',
  quantityFrequency: 'frequency',
  quantityDistance: 'distance',
  quantityBaseHeight: 'base height',
  quantityMobileHeight: 'mobile height',
  clutterUrban: 'urban',
  clutterSuburban: 'suburban',
  clutterRural: 'rural',
  clutterOpen: 'open',
};

export const ENGINE_WARNING_STRINGS: Table<EngineWarningKey> = { vi, en };

export function engineWarningString(lang: Lang, key: EngineWarningKey, params?: Params): string {
  return render(lang, ENGINE_WARNING_STRINGS, key, params);
}
