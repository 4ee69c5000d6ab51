import { describe, expect, it } from 'vitest';
import { dismissNotice, followLanguage, noticeAction, noticeIn, postNotice } from '../../src/app/notice-queue';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { CodedError, errorAsMessage, message } from '../../src/domain/text/message';
import { LANGS } from '../../src/i18n/lang';
import { MESSAGE_TABLES, renderMessage } from '../../src/i18n/messages';
import { printApi } from '../../src/worker/print-api';

/** The placeholders of a template, `{name}`, as a sorted list. */
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('messages: codes rendered when shown', () => {
  it('every code of every table has a Vietnamese and an English text with the same placeholders', () => {
    for (const [name, table] of Object.entries(MESSAGE_TABLES)) {
      const vi = Object.keys(table.vi).sort();
      expect(Object.keys(table.en).sort(), name).toEqual(vi);
      for (const code of vi) {
        for (const lang of LANGS) expect(table[lang][code]?.trim(), `${name}.${code} (${lang})`).toBeTruthy();
        expect(new Set(placeholders(table.en[code] ?? '')), `${name}.${code}`).toEqual(new Set(placeholders(table.vi[code] ?? '')));
      }
    }
  });

  it('renders with every placeholder filled, nested messages in the same language', () => {
    const m = message('app', 'importFailed', { file: 'a.geojson', reason: message('app', 'noFeatures') });
    expect(renderMessage('vi', m)).toBe('Không đọc được a.geojson: tệp không có đối tượng nào');
    expect(renderMessage('en', m)).toBe('Could not read a.geojson: no features');
    const nested = message('layer', 'feature', { index: 3, messageCode: 'lineTooShort', whereCode: 'w_line', count: 1 });
    for (const lang of LANGS) expect(renderMessage(lang, nested)).not.toMatch(/\{\w+\}/);
    expect(renderMessage('en', nested)).toBe('feature 3: line has 1 positions; a line needs at least 2');
    expect(renderMessage('vi', message('plain', 'as thrown'))).toBe('as thrown');
  });

  it('a notice is stored as codes (plain data) and re-renders after a language switch', () => {
    const store = createStore<AppState>({ ...INITIAL_STATE, lang: 'vi' });
    followLanguage(store);
    let ran = 0;
    const id = postNotice(
      store, 'error', message('app', 'importFailed', { file: 'f.geojson', reason: message('app', 'noFeatures') }),
      [message('app', 'issueAtLine', { n: 4 })], [noticeAction('vi', message('reliability', 'exportProject'), () => { ran++; })],
    );
    const stored = store.get().notices[0];
    expect(stored?.message).toEqual({ table: 'app', code: 'importFailed', params: { file: 'f.geojson', reason: { table: 'app', code: 'noFeatures' } } });
    expect(JSON.parse(JSON.stringify(stored?.message))).toEqual(stored?.message);
    expect(stored?.text).toBe('Không đọc được f.geojson: tệp không có đối tượng nào');
    expect(stored?.details).toEqual(['dòng 4']);
    store.set({ lang: 'en' });
    const after = store.get().notices[0];
    expect([after?.text, after?.details, after?.actions?.map((a) => a.label)]).toEqual([
      'Could not read f.geojson: no features', ['line 4'], ['Export project to a file'],
    ]);
    expect(after && noticeIn(after, 'vi').text).toBe('Không đọc được f.geojson: tệp không có đối tượng nào');
    after?.actions?.[0]?.run();
    expect(ran).toBe(1);
    dismissNotice(store, id);
    expect(store.get().notices).toEqual([]);
  });

  it('an error keeps its code: a coded error renders in either language, another error as thrown', () => {
    const e = new CodedError(message('app', 'storedNoLayers'), 'stored project has no layers');
    expect(renderMessage('vi', errorAsMessage(e))).toBe('dự án đã lưu không có lớp dữ liệu nào');
    expect(renderMessage('en', errorAsMessage(e))).toBe('stored project has no layers');
    // after a worker hop the code arrives as a field of a plain Error
    const hopped = Object.assign(new Error('x'), { coded: JSON.parse(JSON.stringify(e.coded)) as unknown });
    expect(renderMessage('en', errorAsMessage(hopped))).toBe('stored project has no layers');
    expect(renderMessage('vi', errorAsMessage(new Error('boom')))).toBe('boom');
  });

  it('the print worker refuses a boundary file with a code the UI renders in its language', () => {
    let caught: unknown;
    try {
      printApi.loadBoundarySet('{"type":"FeatureCollection","features":[]}', 'b.geojson');
    } catch (e) {
      caught = e;
    }
    const said = errorAsMessage(caught);
    expect(said.table).not.toBe('plain');
    expect(renderMessage('en', said)).toMatch(/b\.geojson/);
    expect(renderMessage('vi', said)).not.toBe(renderMessage('en', said));
  });
});
