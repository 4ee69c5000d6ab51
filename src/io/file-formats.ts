/**
 * Every file format PhuSong reads, in the order their contents are tried when a name says nothing (the site CSV
 * takes whatever is left). What a dropped or picked file is, and the file picker's accept list, come from here; each
 * format's reader is its FileType (io/<format>/file-type.ts), which spreads the format below.
 */
import type { FileFormat } from './file-type';
import { PROJECT_FILE_FORMAT } from './store/project-file';

const looksJson = (text: string) => text.startsWith('{') || text.startsWith('[');

export const PROJECT_FORMAT = {
  id: 'project',
  extensions: ['.phusong.json'],
  mimeTypes: [],
  detect: (_head, text) => looksJson(text) && text.includes(`"${PROJECT_FILE_FORMAT}"`),
} as const satisfies FileFormat<'project'>;

export const GEOJSON_FORMAT = {
  id: 'geojson',
  extensions: ['.geojson', '.json'],
  mimeTypes: ['application/geo+json'],
  detect: (_head, text) => looksJson(text),
} as const satisfies FileFormat<'geojson'>;

export const KML_FORMAT = {
  id: 'kml',
  extensions: ['.kml', '.kmz'],
  mimeTypes: [],
  detect: (_head, text) => text.startsWith('<'),
} as const satisfies FileFormat<'kml'>;

export const SHAPEFILE_ZIP_FORMAT = {
  id: 'shapefile',
  extensions: ['.zip'],
  mimeTypes: [],
  detect: (head) => head[0] === 0x50 && head[1] === 0x4b,
} as const satisfies FileFormat<'shapefile'>;

/** Elevation: SRTM tiles (plain or zipped) and GeoTIFF DEMs; a plain .zip stays a shapefile unless named .hgt.zip. */
export const DEM_FORMAT = {
  id: 'dem',
  extensions: ['.hgt', '.hgt.zip', '.tif', '.tiff'],
  mimeTypes: ['image/tiff'],
  detect: (head) => (head[0] === 0x49 && head[1] === 0x49 && head[2] === 42 && head[3] === 0)
    || (head[0] === 0x4d && head[1] === 0x4d && head[2] === 0 && head[3] === 42),
} as const satisfies FileFormat<'dem'>;

export const SITES_CSV_FORMAT = {
  id: 'csv',
  extensions: ['.csv', '.txt', '.tsv'],
  mimeTypes: ['text/csv'],
  detect: () => true,
} as const satisfies FileFormat<'csv'>;

export const FILE_FORMATS = [PROJECT_FORMAT, GEOJSON_FORMAT, KML_FORMAT, SHAPEFILE_ZIP_FORMAT, DEM_FORMAT, SITES_CSV_FORMAT] as const;

export type FileTypeId = (typeof FILE_FORMATS)[number]['id'];

/** The formats read as one map layer. */
export type LayerFileTypeId = 'geojson' | 'shapefile' | 'kml';

/** The file's format by its name's longest known ending, else by its first bytes (512 are enough). */
export function fileTypeOf(fileName: string, head: Uint8Array): FileTypeId {
  const name = fileName.toLowerCase();
  let best: { id: FileTypeId; length: number } | null = null;
  for (const format of FILE_FORMATS) {
    for (const ext of format.extensions) {
      if (name.endsWith(ext) && ext.length > (best?.length ?? 0)) best = { id: format.id, length: ext.length };
    }
  }
  if (best) return best.id;
  const text = new TextDecoder().decode(head.slice(0, 512)).replace(/^\uFEFF/, '').trimStart();
  return FILE_FORMATS.find((format) => format.detect(head, text))?.id ?? SITES_CSV_FORMAT.id;
}

/** The import picker's accept list: each ending not covered by a shorter one, then the media types. */
export const IMPORT_ACCEPT = [
  ...FILE_FORMATS.flatMap((f): readonly string[] => f.extensions).filter((ext, _i, all) => !all.some((o) => o !== ext && ext.endsWith(o))),
  ...FILE_FORMATS.flatMap((f): readonly string[] => f.mimeTypes),
].join(',');
