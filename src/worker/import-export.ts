/** Exports of the scenario the engine holds (baseline + applied edits, figures, coverage raster) as file bytes. */
import * as Comlink from 'comlink';
import { zipSync, strToU8 } from 'fflate';
import { renderRasterImage } from '../domain/display/coverage-image';
import type { Technology } from '../domain/model/types';
import {
  geoJsonText, unitsGeoJsonExport, unitsToCsv, villagesGeoJsonExport, villagesToCsv, webMercatorRasterPng,
} from '../io/export';
import { sitesCsvFile } from '../io/csv/file-type';
import { geoJsonFile } from '../io/geojson/file-type';
import { engineState } from './engine-state';

export type ExportKind = 'sites-csv' | 'sites-geojson' | 'villages-csv' | 'villages-geojson' | 'units-csv' | 'units-geojson' | 'coverage-png';

export interface ExportedFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

const CSV = 'text/csv';
const GEOJSON = 'application/geo+json';

function text(fileName: string, mime: string, body: string): ExportedFile {
  return { fileName, mime, bytes: strToU8(body) };
}

function coverageZip(tech: Technology, stem: string): ExportedFile {
  const { m, settings } = engineState.requireModel();
  if (!settings.techs.includes(tech)) throw new Error(`coverage for ${tech} was not computed`);
  const image = renderRasterImage(m.grid, m.raster(tech));
  const png = webMercatorRasterPng(image.bounds, image);
  const name = `${stem}-coverage-${tech}`;
  const zip = zipSync({ [`${name}.png`]: png.png, [`${name}.pgw`]: strToU8(png.worldFile), [`${name}.prj`]: strToU8(png.prj) });
  return { fileName: `${name}.zip`, mime: 'application/zip', bytes: zip };
}

export const exportApi = {
  /** One export of what the map shows; `stem` names the files, `tech` picks the coverage raster. */
  exportFile(kind: ExportKind, stem: string, tech: Technology): ExportedFile {
    const data = engineState.scenarioDataset();
    const figures = engineState.model ? engineState.model.figures() : undefined;
    let out: ExportedFile;
    switch (kind) {
      case 'sites-csv':
        out = text(`${stem}-sites.csv`, CSV, sitesCsvFile.write(data.sites));
        break;
      case 'sites-geojson':
        out = text(`${stem}-sites.geojson`, GEOJSON, geoJsonFile.write(data.sites));
        break;
      case 'villages-csv':
        out = text(`${stem}-villages.csv`, CSV, villagesToCsv(data.villages, figures));
        break;
      case 'villages-geojson':
        out = text(`${stem}-villages.geojson`, GEOJSON, geoJsonText(villagesGeoJsonExport(data.villages, figures)));
        break;
      case 'units-csv':
        out = text(`${stem}-communes.csv`, CSV, unitsToCsv(data.units, figures));
        break;
      case 'units-geojson':
        out = text(`${stem}-communes.geojson`, GEOJSON, geoJsonText(unitsGeoJsonExport(data.units, figures)));
        break;
      case 'coverage-png':
        out = coverageZip(tech, stem);
        break;
    }
    return Comlink.transfer(out, [out.bytes.buffer as ArrayBuffer]);
  },
};
