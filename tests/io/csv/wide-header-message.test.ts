import { describe, expect, it } from 'vitest';
import { importSitesCsv } from '../../../src/io/csv/import-sites-csv';
import { issueReason } from '../../../src/i18n/import-strings';
import { reasonEn } from '../../helpers/reason-en';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** 100,000 numeric cells: with no header row the header guess takes the first data row as the header. */
const dataRow = (k: number) => Array.from({ length: 100_000 }, (_, i) => `${(i * 7 + k) % 1000}.25`).join(',');

describe('a 100,000-column CSV whose data row is taken as the header', () => {
  const read = importSitesCsv(utf8([dataRow(1), dataRow(2), dataRow(3)].join('\n')), { fileName: 'rong.csv' });
  const missing = read.result.issues.find((i) => 'code' in i && i.code === 'noCoordColumns');

  it('says which columns are missing in a short message naming the file, in Vietnamese and in English', () => {
    expect(missing).toBeDefined();
    if (!missing) return;
    const vi = issueReason('vi', missing);
    const en = issueReason('en', missing);
    expect(vi.length).toBeLessThan(300);
    expect(en.length).toBeLessThan(300);
    expect(vi).toMatch(/^rong\.csv: không thấy cột vĩ độ và kinh độ trong tiêu đề \(1\.25, 8\.25, 15\.25, 22\.25, 29\.25 … và 99995 cột khác\)/);
    expect(en).toMatch(/^rong\.csv: no latitude and longitude columns found in the header \(1\.25, 8\.25, 15\.25, 22\.25, 29\.25 … and 99995 more\)/);
  });

  it('keeps every message of the import short', () => {
    for (const issue of read.result.issues) {
      expect(issueReason('vi', issue).length).toBeLessThan(300);
      expect(reasonEn(issue).length).toBeLessThan(300);
    }
  });

  it('lists a short header whole', () => {
    const narrow = importSitesCsv(utf8('ten,cao\nA,30\n'), { fileName: 'hep.csv' });
    const issue = narrow.result.issues.find((i) => 'code' in i && i.code === 'noCoordColumns');
    expect(issue && issueReason('en', issue)).toMatch(/in the header \(ten, cao\)/);
  });

  it('cuts a 1 MB cell quoted in a message (the line above the header)', () => {
    const title = 'x'.repeat(1_000_000);
    const r = importSitesCsv(utf8(`${title}\nMã trạm,Vĩ độ,Kinh độ\nA,12,107.5\n`), { fileName: 'tieu-de.csv' });
    const skipped = r.result.issues.find((i) => 'code' in i && i.code === 'headerSkipped');
    expect(skipped).toBeDefined();
    if (!skipped) return;
    expect(issueReason('vi', skipped).length).toBeLessThan(300);
    expect(issueReason('vi', skipped)).toContain('xxxxx…');
  });
});
