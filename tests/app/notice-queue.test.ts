import { describe, expect, it } from 'vitest';
import { dismissNotice, followLanguage, noticeIn, postNotice } from '../../src/app/notice-queue';
import { INITIAL_STATE, type AppState } from '../../src/app/state';
import { createStore } from '../../src/app/store';
import { translate } from '../../src/i18n/strings';

describe('the notice queue', () => {
  it('a notice posted with its texts in either language follows a language switch; one counter numbers every notice', () => {
    const store = createStore<AppState>({ ...INITIAL_STATE, lang: 'vi' });
    followLanguage(store);
    const a = postNotice(store, 'info', (lang) => translate(lang, 'importDone', { n: 2, file: 'f.geojson' }), (lang) => [translate(lang, 'noFeatures')]);
    const b = postNotice(store, 'error', 'as thrown');
    expect([a, b]).toEqual([1, 2]);
    expect(store.get().notices.map((n) => n.text)).toEqual(['Đã nhập 2 đối tượng từ f.geojson', 'as thrown']);
    store.set({ lang: 'en' });
    expect(store.get().notices.map((n) => [n.text, n.details])).toEqual([['Imported 2 features from f.geojson', ['no features']], ['as thrown', []]]);
    const first = store.get().notices[0];
    expect(first && noticeIn(first, 'vi').text).toBe('Đã nhập 2 đối tượng từ f.geojson');
    dismissNotice(store, a);
    expect(store.get().notices.map((n) => n.id)).toEqual([2]);
    expect(postNotice(store, 'info', 'next')).toBe(3);
  });
});
