import type { Rng } from './random';

/** Syllables for plausible M'Nông-style (bon) and Ê Đê-style (buôn) village names. */
const MNONG_FIRST = ['Bu', 'Ja', 'Đắk', "N'", "R'", 'Pi', 'Sar', 'Ting', 'Bu Đ', 'Jun', 'Pru', 'Bu Kroa', 'Điêng', 'Mê'];
const MNONG_SECOND = ['Dăr', 'Ráh', 'Prăng', 'Jriêng', 'Lơ', 'Nao', 'Lú', 'Pa', 'Sir', 'Broih', 'Wel', 'Mblơ', 'Ntơng', 'Ja', 'Kơ', 'Rmoan', 'Bơ'];
const EDE_FIRST = ['Ea', 'K', 'Buôr', 'Dơng', 'Trum', 'Nui', 'Ea Pô', 'Cư', 'H', 'Drang'];
const EDE_SECOND = ['Mang', 'Tlă', 'Pô', 'Knia', 'Dhar', 'Ya', 'Rông', 'Kram', 'Blơ', 'Sút'];

/** Districts where M'Nông bon dominate; elsewhere indigenous villages are mostly Ê Đê buôn. */
const MNONG_DISTRICTS = ['Tuy Đức', 'Đắk Song', 'Đăk Glong', "Đắk R'Lấp", 'Gia Nghĩa'];

function indigenousName(rng: Rng, mnong: boolean): string {
  if (mnong) return `Bon ${rng.pick(MNONG_FIRST)}${joiner(rng)}${rng.pick(MNONG_SECOND)}`;
  return `Buôn ${rng.pick(EDE_FIRST)}${joiner(rng)}${rng.pick(EDE_SECOND)}`;
}

function joiner(rng: Rng): string {
  return rng.chance(0.7) ? ' ' : '';
}

/**
 * Names for `count` villages of one unit: wards and towns have numbered "Tổ dân phố"; communes have
 * numbered "Thôn" and, more often in the highland districts, some "Bon …"/"Buôn …".
 */
export function villageNames(rng: Rng, count: number, unitType: string, district: string): string[] {
  if (unitType !== 'Xã') return Array.from({ length: count }, (_, i) => `Tổ dân phố ${i + 1}`);
  const mnong = MNONG_DISTRICTS.some((d) => district.includes(d));
  const share = district.includes('Tuy Đức') || district.includes('Glong') ? 0.35 : 0.18;
  const names: string[] = [];
  const used = new Set<string>();
  let thon = 0;
  for (let i = 0; i < count; i++) {
    let name = '';
    if (rng.chance(share)) {
      for (let tries = 0; tries < 10 && (name === '' || used.has(name)); tries++) name = indigenousName(rng, mnong);
    }
    if (name === '' || used.has(name)) name = `Thôn ${++thon}`;
    used.add(name);
    names.push(name);
  }
  return names;
}
