import type { Site } from '../../domain/model/types';
import { geoJsonText } from '../export/layer-geojson';
import { GEOJSON_FORMAT } from '../file-formats';
import { contentText, type FileType } from '../file-type';
import type { LayerKind } from './detect';
import { readGeoJsonLayer } from './index';
import { sitesToGeoJson } from './write';

/** GeoJSON: one layer (units, villages, sites, fibre or roads), detected from the features unless `kind` is given. */
export const geoJsonFile = {
  ...GEOJSON_FORMAT,
  read: (content, fileName, { kind }) => readGeoJsonLayer(contentText(content), fileName, kind),
  write: (sites) => geoJsonText(sitesToGeoJson(sites)),
} satisfies FileType<'geojson', { kind?: LayerKind }, ReturnType<typeof readGeoJsonLayer>, readonly Site[]>;
