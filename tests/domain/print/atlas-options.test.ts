import { describe, expect, it } from 'vitest';
import { atlasOrder, atlasTitle } from '../../../src/domain/print';

const units = [
  { code: '24610', name: 'Xã Đắk Ha', district: 'Đắk Glong' },
  { code: '24595', name: 'Phường Nghĩa Đức', district: 'Gia Nghĩa' },
  { code: '24700', name: 'Xã Ân Phú', district: 'Đắk Glong' },
];

describe('atlasOrder', () => {
  it('orders by code, name (Vietnamese alphabet), district then name, or coverage best first', () => {
    const order = (sort: Parameters<typeof atlasOrder>[1], cov = new Map<string, number>()) => atlasOrder(units, sort, cov).map((u) => u.code);
    expect(order('code')).toEqual(['24595', '24610', '24700']);
    expect(order('name')).toEqual(['24595', '24700', '24610']);
    expect(order('district')).toEqual(['24700', '24610', '24595']);
    expect(order('coverage', new Map([['24610', 97.5], ['24595', 99.1], ['24700', 40]]))).toEqual(['24595', '24610', '24700']);
  });
});

describe('atlasTitle', () => {
  const fields = { name: 'Đắk Ha', type: 'Xã', district: 'Đắk Glong', code: '24610', province: 'Đắk Nông' };
  it('fills the fields of a template', () => {
    expect(atlasTitle('{type} {name}, huyện {district}', fields)).toBe('Xã Đắk Ha, huyện Đắk Glong');
    expect(atlasTitle('{loai} {ten} ({ma}) — {tinh}', fields)).toBe('Xã Đắk Ha (24610) — Đắk Nông');
  });
  it('does not give a name that carries its type the type twice', () => {
    expect(atlasTitle('{type} {name}', { ...fields, name: 'Xã Đắk Ha' })).toBe('Xã Đắk Ha');
  });
  it('tidies what an empty field leaves (the 2025 units have no district)', () => {
    expect(atlasTitle('{type} {name}, huyện {district}', { ...fields, district: '' })).toBe('Xã Đắk Ha, huyện');
    expect(atlasTitle('{name}, {district}', { ...fields, district: '' })).toBe('Đắk Ha');
  });
  it('writes the district type once when the template and the district name both carry it (the demo: "Huyện Cư Jút")', () => {
    const template = '{type} {name}, huyện {district}';
    expect(atlasTitle(template, { ...fields, district: 'Huyện Cư Jút' })).toBe('Xã Đắk Ha, huyện Cư Jút');
    expect(atlasTitle('{loai} {ten}, huyện {huyen}', { ...fields, district: 'Huyện Đắk Glong' })).toBe('Xã Đắk Ha, huyện Đắk Glong');
    // A town or city keeps its own type, in the template's case.
    expect(atlasTitle(template, { ...fields, district: 'Thị xã Gia Nghĩa' })).toBe('Xã Đắk Ha, thị xã Gia Nghĩa');
    expect(atlasTitle(template, { ...fields, district: 'Thành phố Gia Nghĩa' })).toBe('Xã Đắk Ha, thành phố Gia Nghĩa');
    expect(atlasTitle('{name} — Huyện {district}', { ...fields, district: 'huyện Krông Nô' })).toBe('Đắk Ha — Huyện Krông Nô');
    // Without a type in the template the name is printed whole.
    expect(atlasTitle('{name}, {district}', { ...fields, district: 'Huyện Cư Jút' })).toBe('Đắk Ha, Huyện Cư Jút');
  });
  it('leaves unknown placeholders as typed', () => {
    expect(atlasTitle('{name} {x}', fields)).toBe('Đắk Ha {x}');
  });
});
