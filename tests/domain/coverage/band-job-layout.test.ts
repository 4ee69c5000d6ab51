import { describe, expect, it } from 'vitest';
import { BAND_RECORD, BAND_SECTOR, decodeFootprint, encodeBandJob } from '../../../src/domain/coverage/band-job';
import type { TechFootprint } from '../../../src/domain/coverage/site-footprint';

function footprint(seed: number, sectors: number): TechFootprint {
  const floored = new Float32Array([seed, seed + 1]);
  return {
    sx: 1000 + seed, sy: 2000 + seed, radiusM: 3000 + seed, steps: 2, az0: 7 + seed,
    sectorOffset: Int32Array.from({ length: sectors }, (_, s) => s * 10 + seed),
    sectorTables: Array.from({ length: sectors }, (_, s) => new Float32Array([s, seed])),
    sectorBoost: Int32Array.from({ length: sectors }, (_, s) => s * 2),
    sectorGroup: Int32Array.from({ length: sectors }, (_, s) => s % 2),
    pickKey: `pattern-${seed % 2}`,
    boosted: new Float32Array([seed * 2]), spread: new Float64Array([seed / 2]), floored,
    row0: seed, row1: seed + 5, col0: seed + 1, col1: seed + 9, terrain: null, receiver: null,
  };
}

const noCounting = { labels: { unit: new Int32Array(0), village: new Int32Array(0) }, thresholds: [], units: 0, villages: 0 };

describe('band job records', () => {
  const classes = new Uint8Array([0, 1, 2]);
  const fps = [footprint(1, 3), { ...footprint(2, 1), receiver: { classes, nx: 10, lossDb: new Float32Array([0, 2.5]) } }, footprint(3, 2)];
  const rasters = [{ levels: new Int16Array(new SharedArrayBuffer(200)) }, { levels: new Int16Array(new SharedArrayBuffer(200)) }];
  const job = encodeBandJob({ nx: 10, cellSizeM: 100 }, 50, 0, 10, rasters, fps.map((fp, i) => ({ fp, raster: i % 2 })), noCounting);
  const fields = Object.keys(BAND_RECORD).length;

  it('each footprint number sits at its named offset', () => {
    expect(job.records.length).toBe(fps.length * fields);
    expect(job.sectors.length).toBe(6 * Object.keys(BAND_SECTOR).length);
    const second = fps[1] as TechFootprint;
    const at = fields;
    expect(job.records[at + BAND_RECORD.raster]).toBe(1);
    expect(job.records[at + BAND_RECORD.sx]).toBe(second.sx);
    expect(job.records[at + BAND_RECORD.row1]).toBe(second.row1);
    expect(job.records[at + BAND_RECORD.az0]).toBe(second.az0);
    expect(job.records[at + BAND_RECORD.firstSector]).toBe(3);
    expect(job.pickKeys[job.records[at + BAND_RECORD.pickKey] ?? -1]).toBe(second.pickKey);
    expect(job.tables[job.records[at + BAND_RECORD.spread] ?? -1]).toBe(second.spread);
    expect(job.tables[job.records[at + BAND_RECORD.receiver] ?? -1]).toBe(second.receiver?.lossDb);
    expect(job.records[BAND_RECORD.receiver]).toBe(-1);
    expect(job.receiverClasses).toBe(classes);
    expect(job.sectors[3 * Object.keys(BAND_SECTOR).length + BAND_SECTOR.offset]).toBe(second.sectorOffset[0]);
  });

  it('decodes every footprint as it was encoded, sectors included', () => {
    fps.forEach((fp, i) => expect(decodeFootprint(job, i)).toEqual(fp));
  });
});
