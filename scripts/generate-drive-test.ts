/**
 * `npm run generate:drive-test -- --out F.csv [--seed 2026]`: a GENERATED drive test over the demo province (not
 * measured): the demo's own 4G prediction along its roads plus a known offset per land-cover class and 6 dB
 * log-normal shadowing (src/domain/measure/generated-drive-test.ts). Every row says it is generated, and the offsets
 * used are printed, so a calibration can be checked against them.
 */
import { writeFileSync } from 'node:fs';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../src/domain/coverage';
import { generateDemoDataset } from '../src/domain/demo';
import { DEFAULT_DRIVE_TEST, generateDriveTest } from '../src/domain/measure/generated-drive-test';
import { LAND_COVER_CLASSES } from '../src/domain/model/land-cover';

const argv = process.argv.slice(2);
const option = (flag: string): string | undefined => {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
};
const out = option('--out');
if (!out) {
  process.stderr.write('usage: npm run generate:drive-test -- --out F.csv [--seed 2026]\n');
  process.exit(2);
}
const seed = Number(option('--seed') ?? DEFAULT_DRIVE_TEST.seed);
const dataset = generateDemoDataset();
const model = new CoverageModel(dataset, { ...DEFAULT_COVERAGE_SETTINGS, techs: ['4G'] });
const set = generateDriveTest(model, dataset, { ...DEFAULT_DRIVE_TEST, seed });
const lines = ['lat,lon,rsrp,tech,carrier,site,route,source'];
for (let i = 0; i < set.count; i++) {
  lines.push([
    (set.lat[i] ?? 0).toFixed(6), (set.lon[i] ?? 0).toFixed(6), (set.levelDbm[i] ?? 0).toFixed(1), '4G',
    set.carriers[set.carrier[i] ?? -1] ?? '', set.siteIds[set.site[i] ?? -1] ?? '', set.routes[set.route[i] ?? 0] ?? '',
    'generated (PhuSong demo, not measured)',
  ].join(','));
}
writeFileSync(out, `${lines.join('\n')}\n`, 'utf8');
const used = DEFAULT_DRIVE_TEST.offsetsDb.map((o, c) => `${LAND_COVER_CLASSES[c - 1] ?? 'unknown'} ${o > 0 ? '+' : ''}${o} dB`).join(', ');
process.stderr.write(`wrote ${out}: ${set.count} generated samples on ${set.routes.length} roads; offsets used: ${used}; shadowing σ ${DEFAULT_DRIVE_TEST.shadowSigmaDb} dB\n`);
