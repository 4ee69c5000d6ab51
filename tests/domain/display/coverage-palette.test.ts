import { describe, expect, it } from 'vitest';
import { LEVEL_CLASSES, levelClassIndex } from '../../../src/domain/display/coverage-palette';

describe('coverage palette', () => {
  it('classes are ordered strongest first', () => {
    for (let i = 1; i < LEVEL_CLASSES.length; i++) {
      expect(LEVEL_CLASSES[i]?.minDbm ?? 0).toBeLessThan(LEVEL_CLASSES[i - 1]?.minDbm ?? 0);
    }
  });
  it('assigns levels to classes and hides what is under the threshold', () => {
    expect(levelClassIndex(-70, -110)).toBe(0);
    expect(levelClassIndex(-96, -110)).toBe(2);
    expect(levelClassIndex(-108, -110)).toBe(4);
    expect(levelClassIndex(-108, -105)).toBe(-1);
    expect(levelClassIndex(-120, -110)).toBe(-1);
  });
});
