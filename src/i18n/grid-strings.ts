/** Why a coverage grid is refused (domain/coverage/grid-too-large), Vietnamese and English; the CLI prints the English. */
import type { GridCode } from '../domain/coverage/grid-too-large';
import type { Table } from './render';

const vi: Record<GridCode, string> = {
  tooLarge:
    'lưới tính phủ sóng sẽ rộng {area} km², {cells} ô {cell} m ({mib} MiB); giới hạn là {limitCells} ô ({limitArea} km² với ô {cell} m) và {limitGiB} GiB',
  tooLargeAt:
    '{feature}: lưới tính phủ sóng sẽ rộng {area} km², {cells} ô {cell} m ({mib} MiB); giới hạn là {limitCells} ô ({limitArea} km² với ô {cell} m) và {limitGiB} GiB',
  unit: 'đơn vị {id}',
  unitNamed: 'đơn vị {id} ({name})',
  site: 'trạm {id}',
  siteNamed: 'trạm {id} ({name})',
};

const en: Record<GridCode, string> = {
  tooLarge:
    'the coverage grid would span {area} km², {cells} cells of {cell} m ({mib} MiB); the limit is {limitCells} cells ({limitArea} km² at {cell} m cells) and {limitGiB} GiB',
  tooLargeAt:
    '{feature}: the coverage grid would span {area} km², {cells} cells of {cell} m ({mib} MiB); the limit is {limitCells} cells ({limitArea} km² at {cell} m cells) and {limitGiB} GiB',
  unit: 'unit {id}',
  unitNamed: 'unit {id} ({name})',
  site: 'site {id}',
  siteNamed: 'site {id} ({name})',
};

export const GRID_STRINGS: Table<GridCode> = { vi, en };
