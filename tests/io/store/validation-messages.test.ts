/**
 * The validator and the stores say what is wrong as codes: a refused project file and a failed save read wholly
 * in Vietnamese in a Vietnamese interface (no English sentence quoted inside), and the same error in English.
 */
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/i18n/messages';
import { MemoryProjectStore } from '../../../src/io/store/memory-store';
import { exportProject, importProjectFile } from '../../../src/io/store/project-file';
import { StoreError } from '../../../src/io/store/store';
import { sampleProject, site } from './fixtures';

function refusedFile(mutate: (p: ReturnType<typeof sampleProject>) => void) {
  const p = sampleProject({ name: 'Đắk Nông 2025' });
  mutate(p);
  const read = importProjectFile(exportProject(p), 'dak-nong.phusong.json');
  if ('project' in read) throw new Error('the file was expected to be refused');
  return read;
}

describe('validator and store messages', () => {
  it('a refused project file names the path and the value in the interface language', () => {
    const read = refusedFile((p) => Reflect.set(p.baseline.sites[0] ?? {}, 'lon', 'abc'));
    expect(renderMessage('vi', read.message)).toBe(
      'Không mở được dak-nong.phusong.json: Dự án “Đắk Nông 2025” không phải dự án PhuSong hợp lệ (1 lỗi): baseline.sites[0].lon: "abc" không phải một số',
    );
    expect(renderMessage('en', read.message)).toBe(
      'Could not open dak-nong.phusong.json: "Đắk Nông 2025" is not a valid PhuSong project (1 problem); first: baseline.sites[0].lon: "abc" is not a number',
    );
    expect(read.errors.map((m) => renderMessage('vi', m))).toEqual(['baseline.sites[0].lon: "abc" không phải một số']);
  });

  it('a missing field, a range, a repeated id and an engine limit each read in Vietnamese', () => {
    const read = refusedFile((p) => {
      Reflect.deleteProperty(p.baseline.sites[0] ?? {}, 'name');
      Reflect.set(p.settings, 'thresholdDbm', 20);
      p.baseline.sites.push(site('S2', 107.7, 12.0), site('S9', 107.7, 12.0, { heightM: 0 }));
    });
    const vi = read.errors.map((m) => renderMessage('vi', m));
    expect(vi).toContain('baseline.sites[0].name: thiếu (cần một chuỗi)');
    expect(vi).toContain('settings.thresholdDbm: 20 không phải trong khoảng -200…0');
    expect(vi.some((line) => /^baseline\.sites\[\d\]\.id: "S2" xuất hiện nhiều lần$/.test(line))).toBe(true);
    for (const line of vi) expect(line).not.toMatch(/\b(is not|missing|expected|appears|must be)\b/);
  });

  it('a full disk says what was being saved, in either language, and the counts follow the language', async () => {
    const store = new MemoryProjectStore();
    store.setQuotaBytes(10);
    const error = await store.save(sampleProject({ name: 'Dự án lớn' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    const text = (error as StoreError).text;
    expect(renderMessage('vi', text)).toMatch(/^bộ nhớ của trình duyệt dành cho trang này đã đầy nên không lưu “Dự án lớn” được; chưa có gì bị thay đổi/);
    expect(renderMessage('en', text)).toMatch(/^Could not save "Dự án lớn": the browser's storage for this site is full\./);
  });

  it('a grid refused by the validator groups its digits per language', () => {
    const read = refusedFile((p) => Reflect.set(p.settings, 'cellSizeM', 1));
    const [vi] = read.errors.map((m) => renderMessage('vi', m));
    const [en] = read.errors.map((m) => renderMessage('en', m));
    expect(en).toMatch(/the limit is 100,000,000 cells/);
    expect(vi).toMatch(/giới hạn là 100\.000\.000 ô/);
  });
});
