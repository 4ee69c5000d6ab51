import { describe, expect, it } from 'vitest';
import type { Site } from '../../../src/domain/model/types';
import { checkSite } from '../../../src/io/store/validate-dataset';
import { Checker } from '../../../src/io/store/validate-kit';

const site = (cells: unknown): Site => ({
  id: 'A', name: 'A', carrier: 'Viettel', lon: 107.6, lat: 12.1, heightM: 30, proposed: false,
  radios: [{ tech: '4G', bandMHz: 1800 }],
  sectors: [{ azimuthDeg: 0, beamwidthDeg: 65, downtiltDeg: 4, cells } as Site['sectors'][number]],
});

const problems = (s: Site): string[] => {
  const c = new Checker();
  checkSite(c, s, 'site');
  return c.errors.map((e) => JSON.stringify(e));
};

describe('a stored sector\'s cells', () => {
  it('are accepted with an id, and a PCI, technology and band when given', () => {
    expect(problems(site([{ id: 'A_L18_1', pci: 101, tech: '4G', bandMHz: 1800 }, { id: 'A_1' }]))).toEqual([]);
  });

  it('are refused with a PCI outside 0-1007, no id or an unknown technology, naming the field', () => {
    expect(problems(site([{ id: 'A_1', pci: 5000 }])).join()).toMatch(/site\.sectors\[0\]\.cells\[0\]\.pci/);
    expect(problems(site([{ pci: 5 }])).join()).toMatch(/site\.sectors\[0\]\.cells\[0\]\.id/);
    expect(problems(site([{ id: 'A_1', tech: '6G' }])).join()).toMatch(/site\.sectors\[0\]\.cells\[0\]\.tech/);
  });
});
