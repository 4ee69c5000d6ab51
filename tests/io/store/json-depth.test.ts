import { describe, expect, it } from 'vitest';
import { MAX_PROJECT_DEPTH, tooDeepPath } from '../../../src/io/store/json-depth';
import { sampleProject } from './fixtures';

const nested = (levels: number): unknown => JSON.parse(`${'[{"k":'.repeat(levels)}0${'}]'.repeat(levels)}`);

describe('tooDeepPath', () => {
  it('passes a real project', () => {
    expect(tooDeepPath({ format: 'phusong-project', project: sampleProject() }, MAX_PROJECT_DEPTH)).toBeNull();
  });

  it('counts arrays and objects alike, up to the limit inclusive', () => {
    expect(tooDeepPath(nested(5), 10)).toBeNull();
    expect(tooDeepPath(nested(6), 10)).toBe('0.k.0.k');
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(tooDeepPath(nested(100_000), MAX_PROJECT_DEPTH)).toBe('0.k.0.k');
  });
});
