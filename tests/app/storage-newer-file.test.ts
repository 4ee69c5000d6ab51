import { describe, expect, it } from 'vitest';
import { newerProjectText } from '../../src/app/storage-error-text';
import { importProjectFile } from '../../src/io/store/project-file';
import { sampleProject } from '../io/store/fixtures';

const fileOf = (schemaVersion: number) => JSON.stringify({ format: 'phusong-project', project: { ...sampleProject(), schemaVersion } });

describe('a project file from a newer PhuSong is refused in the user\'s language', () => {
  it('names the file and both schema versions in Vietnamese and in English', () => {
    const read = importProjectFile(fileOf(7), 'ban-2030.phusong.json');
    expect('errors' in read).toBe(true);
    if (!('errors' in read)) return;
    expect(newerProjectText(read, 'ban-2030.phusong.json', 'vi')).toBe(
      'Không mở được ban-2030.phusong.json: tệp được lưu bởi một phiên bản PhuSong mới hơn (lược đồ 7; phiên bản này đọc đến lược đồ 1). ' +
        'Các dự án đã lưu không bị thay đổi; hãy cập nhật PhuSong để mở tệp',
    );
    expect(newerProjectText(read, 'x.phusong.json', 'en')).toMatch(/^Could not open x\.phusong\.json: the file was saved by a newer PhuSong \(schema 7; this version reads up to schema 1\)/);
  });

  it('leaves other refusals to the generic import message', () => {
    const read = importProjectFile('{"format":"phusong-project","project":{"schemaVersion":1}}', 'broken.phusong.json');
    expect('errors' in read && newerProjectText(read, 'broken.phusong.json', 'vi')).toBeNull();
  });
});
