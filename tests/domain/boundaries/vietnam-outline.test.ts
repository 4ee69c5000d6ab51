import { describe, expect, it } from 'vitest';
import { whereInVietnam } from '../../../src/domain/boundaries/vietnam-outline';

describe('the coarse outline of mainland Vietnam', () => {
  it.each([
    ['Hà Nội', 105.85, 21.03, 'vietnam'], ['Buôn Ma Thuột', 108.04, 12.67, 'vietnam'], ['Gia Nghĩa', 107.69, 12.0, 'vietnam'],
    ['Huế', 107.58, 16.46, 'vietnam'], ['Cần Thơ', 105.78, 10.03, 'vietnam'], ['Điện Biên Phủ', 103.02, 21.39, 'vietnam'],
    ['the East Sea', 110.5, 12.5, 'coast'], ['the Gulf of Tonkin', 107.2, 20.0, 'coast'],
    ['Phnom Penh', 104.92, 11.56, 'cambodia'], ['Vientiane', 102.6, 17.97, 'laos'], ['Nanning', 108.3, 22.8, 'china'],
    ['the Pacific off Mexico', -107.75, 12.05, 'far'],
  ] as const)('places %s', (_, lon, lat, where) => {
    expect(whereInVietnam(lon, lat)).toBe(where);
  });
});
