/** Which import flow a dropped or picked file goes to, by its extension and, failing that, its first bytes. */
export type ImportRoute = 'project' | 'geojson' | 'csv' | 'shapefile' | 'kml';

export function importRouteOf(fileName: string, head: Uint8Array): ImportRoute {
  const name = fileName.toLowerCase();
  if (name.endsWith('.phusong.json')) return 'project';
  if (name.endsWith('.geojson') || name.endsWith('.json')) return 'geojson';
  if (name.endsWith('.csv') || name.endsWith('.txt') || name.endsWith('.tsv')) return 'csv';
  if (name.endsWith('.kml') || name.endsWith('.kmz')) return 'kml';
  if (name.endsWith('.zip')) return 'shapefile';
  // unknown extension: look at the content
  if (head[0] === 0x50 && head[1] === 0x4b) return 'shapefile';
  const start = new TextDecoder().decode(head.slice(0, 512)).replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return start.includes('"phusong-project"') ? 'project' : 'geojson';
  if (start.startsWith('<')) return 'kml';
  return 'csv';
}

/** The accept list of the import file picker. */
export const IMPORT_ACCEPT = '.geojson,.json,.csv,.txt,.tsv,.zip,.kml,.kmz,application/geo+json,text/csv';
