import { describe, expect, it } from 'vitest';
import { importSitesCsv } from '../../../src/io/csv';
import { reasonEn } from '../../helpers/reason-en';

const HEADER = 'Mã trạm,Tên,Nhà mạng,Công nghệ,Băng tần,Góc phương vị,Độ cao,Vĩ độ,Kinh độ,Toạ độ X,Toạ độ Y,Ghi chú';

describe('a line with fewer fields than the header', () => {
  it('is an error that says how many columns it has, not a missing position', () => {
    const text = [
      HEADER,
      'A,Trạm A,Viettel,4G,1800,0,30,12.1,107.6,,,',
      'B,Trạm B,Viettel,4G,1800,0,30',
      'C,Trạm C,Viettel,4G,1800,0,30,12.2,107.7,,,',
    ].join('\n');
    const { result } = importSitesCsv(new TextEncoder().encode(text), { fileName: 's.csv', province: 'Đắk Nông' });
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => [e.line, e.code])).toEqual([[3, 'tooFewColumns']]);
    expect(reasonEn(errors[0])).toBe('too few columns (7 of 12); row not imported');
    expect(result.items.map((s) => s.id)).toEqual(['A', 'C']);
    expect(result.stats).toMatchObject({ dataRows: 3, importedRows: 2, rejectedRows: 1 });
  });
});
