import { describe, expect, it } from 'vitest';
import { deltaOf } from '../../src/app/planner-actions';
import { CoverageModel, DEFAULT_COVERAGE_SETTINGS } from '../../src/domain/coverage';
import { DEFAULT_LINK_BUDGETS } from '../../src/domain/radio';
import type { Site } from '../../src/domain/model/types';
import { oneUnit, site } from '../domain/coverage/helpers';

const s2g: Site = { ...site('A', 107.6, 12.1), radios: [{ tech: '2G', bandMHz: 900 }, { tech: '4G', bandMHz: 1800 }] };

function figures(techs: readonly ('2G' | '4G' | '5G')[]) {
  const m = new CoverageModel(oneUnit([s2g]), { ...DEFAULT_COVERAGE_SETTINGS, cellSizeM: 200, budgets: DEFAULT_LINK_BUDGETS, techs }, { ftth: null });
  const baselineFigures = m.figures();
  m.removeSite('A');
  return { baselineFigures, figures: m.figures() };
}

describe('deltaOf', () => {
  it('follows the technology shown, 2G included', () => {
    const f = figures(['2G', '4G', '5G']);
    const d2 = deltaOf({ ...f, coverageTech: '2G' });
    expect(d2?.tech).toBe('2G');
    expect(d2?.units[0]?.areaPp ?? 0).toBeLessThan(0);
    expect(deltaOf({ ...f, coverageTech: '5G' })?.tech).toBe('5G');
  });

  it('shows 4G while the shown technology is not computed yet', () => {
    expect(deltaOf({ ...figures(['4G', '5G']), coverageTech: '3G' })?.tech).toBe('4G');
  });
});
