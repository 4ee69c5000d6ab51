import { describe, expect, it } from 'vitest';
import { foldText, slugify } from '../../../src/domain/text/fold';

describe('Vietnamese text folding', () => {
  it('removes diacritics and folds đ', () => {
    expect(foldText('  Đắk Nông ')).toBe('dak nong');
    expect(foldText('Tổ dân phố')).toBe('to dan pho');
  });
  it('makes ASCII slugs', () => {
    expect(slugify('Nam Gia Nghĩa')).toBe('nam-gia-nghia');
    expect(slugify("Xã Nâm N'Jang")).toBe('xa-nam-n-jang');
    expect(slugify('***')).toBe('');
  });
});
