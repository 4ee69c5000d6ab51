import { readGeoJsonLayer } from '../../src/io/geojson';
import { type CaseResult, median, round, timeRuns } from '../timing';

const VERTICES = 1_000_000;

function ringOf(vertices: number): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < vertices; i++) {
    const a = (2 * Math.PI * i) / vertices;
    ring.push([107.5 + 0.1 * Math.cos(a), 12.2 + 0.1 * Math.sin(a)]);
  }
  ring.push(ring[0] ?? [107.6, 12.2]);
  return ring;
}

/**
 * One commune polygon of a million vertices through the GeoJSON units reader (parse, check, rewind), against
 * JSON.parse of the same text alone: the floor any reader pays. Was a 15 s budget in tests/fuzz/generated-inputs.
 */
export function millionVertexUnitCase(): CaseResult {
  const text = JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { code: '1', name: 'Xã Lớn', population: 100 }, geometry: { type: 'Polygon', coordinates: [ringOf(VERTICES)] } }],
  });
  let kind: string | null = null;
  const readTimes = timeRuns(() => {
    kind = readGeoJsonLayer(text, 'big.geojson', 'units').kind;
  }, 3, 1);
  const parseTimes = timeRuns(() => void JSON.parse(text), 3, 1);
  const readMs = median(readTimes);
  const parseMs = median(parseTimes);
  return {
    vertices: VERTICES,
    text_mb: round(text.length / 1e6, 1),
    read_as: kind ?? 'none',
    median_ms: round(readMs, 0),
    json_parse_ms: round(parseMs, 0),
    over_parse: round(readMs / parseMs, 1),
  };
}
