/**
 * Issue 17 as a user meets it on the demo: a carrier's VN-2000 file with no province chosen is read in Đắk Nông's
 * zone (Next rejects only the bad rows, not every VN-2000 row), the report lists error kinds before warning kinds,
 * the default Replace, which would remove most of the carrier's demo sites, shows the count and asks first, and
 * Add says which existing site a row of the same id replaces and calls the carrier's other sites kept.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import proj4 from 'proj4';
import { openFresh, startHarness, waitForCsvRead, waitForMapIdle, type Harness } from './harness';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

// Đắk Nông's 3° zone (central meridian 108°30′) with the Decision 05/2007/QĐ-BTNMT parameters
const DAK_NONG = '+proj=tmerc +lat_0=0 +lon_0=108.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 '
  + '+towgs84=-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278 +units=m +no_defs';

/** id, lon, lat, technology, azimuth; data lines start at 2. */
const ROWS: [string, number, number, string, string][] = [
  ['VT-GN1', 107.69, 12.0, 'LTE', '0/120/240'],
  ['VT-DM1', 107.62, 12.44, 'LTE', '30'],
  ['VT-AZ400', 107.9, 12.37, 'LTE', '400'], // line 4: azimuth out of range
  ['VT-KN1', 107.91, 12.36, '6G', '90'], // line 5: a technology that does not exist (warning)
  ['VT-HAN', 105.85, 21.03, 'LTE', '0'], // line 6: Hà Nội, outside the province
  ['VT-TD1', 107.41, 12.16, 'LTE', '180'],
  ['VTL-0001', 107.7, 12.05, 'LTE', '0'], // line 8: the id of a demo Viettel site
];

describe('a VN-2000 carrier file on the demo, no province chosen', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  it('is read in the demo province\'s zone, lists errors before warnings, and the Replace guard asks with the count', async () => {
    const { context, page, errors } = await openFresh(h, { width: 1500, height: 950 });
    await waitForMapIdle(page);
    const path = join(OUT, 'viettel-vn2000-demo.csv');
    const lines = ROWS.map(([id, lon, lat, tech, az]) => {
      const [e, n] = proj4('WGS84', DAK_NONG, [lon, lat]) as [number, number];
      return `${id};Viettel;${n.toFixed(3).replace('.', ',')};${e.toFixed(3).replace('.', ',')};${tech};1800;${az};35`;
    });
    writeFileSync(path, ['Mã trạm;Nhà mạng;Tọa độ X;Tọa độ Y;Công nghệ;Băng tần;Góc phương vị;Độ cao (m)', ...lines].join('\r\n'));

    await page.getByTestId('import-input').setInputFiles(path);
    await waitForCsvRead(page, 60_000);
    assert.equal(await page.getByTestId('import-province').inputValue(), '');
    assert.match(await page.getByTestId('import-zone-inferred').innerText(), /108°30′/);
    await page.screenshot({ path: `${OUT}/import-vn2000-demo-mapping.png` });

    await page.getByTestId('import-next').click();
    await page.getByTestId('import-report').waitFor();
    const count = async (k: string) => Number(await page.getByTestId(`import-count-${k}`).getAttribute('data-value'));
    // only the two bad rows are rejected; the five good ones (one with a warning) are sites
    assert.deepEqual([await count('rows'), await count('sites'), await count('rejected')], [7, 5, 2]);
    const errorLines = await page.locator('[data-testid="import-issue"][data-severity="error"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-line')));
    assert.deepEqual(errorLines, ['4', '6']);

    // grouped: every error kind before any warning kind
    const kinds = await page.getByTestId('import-issue-group').evaluateAll((groups) =>
      groups.map((g) => g.querySelector('[data-testid="import-issue"]')?.getAttribute('data-severity') ?? ''));
    const firstWarning = kinds.indexOf('warning');
    assert.ok(kinds.includes('error') && firstWarning > 0, `group severities ${kinds.join(',')}`);
    assert.ok(kinds.slice(firstWarning).every((k) => k === 'warning'), `group severities ${kinds.join(',')}`);
    await page.screenshot({ path: `${OUT}/import-vn2000-demo-report.png` });

    // the default Replace would remove most of Viettel's demo sites: it shows the count and asks
    await page.getByTestId('import-commit').click();
    const confirm = page.getByTestId('import-confirm');
    await confirm.waitFor();
    const text = await confirm.innerText();
    assert.match(text, /^Thay thế sẽ xoá [\d.]+ trong [\d.]+ trạm của Viettel/);
    const asked = page.getByTestId('import-confirm-carrier').first();
    assert.ok(Number(await asked.getAttribute('data-removed')) * 2 > Number(await asked.getAttribute('data-before')));
    await page.screenshot({ path: `${OUT}/import-vn2000-demo-confirm.png` });
    await page.getByTestId('import-confirm-back').click();
    await confirm.waitFor({ state: 'detached' });

    // Add keeps the carrier's other sites: the diff calls them kept, not removed, and the report says which demo
    // site the file's VTL-0001 replaces
    const diffCount = async (kind: string) => Number(await page.getByTestId(`import-diff-${kind}`).getAttribute('data-value'));
    const notInFile = await diffCount('removed');
    assert.ok(notInFile > 100, `${notInFile} Viettel sites not in the file`);
    await page.getByTestId('import-mode-add').check();
    await page.getByTestId('import-diff-kept').waitFor();
    assert.deepEqual([await diffCount('removed'), await diffCount('kept')], [0, notInFile]);
    const effect = page.getByTestId('import-merge-effect');
    assert.equal(await effect.getAttribute('data-removed'), '1');
    assert.match(await effect.innerText(), /1 trạm thay cho trạm cùng mã của lớp/);
    await page.screenshot({ path: `${OUT}/import-vn2000-demo-add.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
