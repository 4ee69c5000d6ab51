/**
 * Issue 16: where Chromium composites in software (SwiftShader, no GPU), every frame of a CSS animation is read back
 * from the GPU process, about 20 ms each. The header's spinning busy mark took 2.5 s of an 8 s cold start that way.
 * No style may animate without end, and no <progress> may be left without a value (the browser animates those).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');

function filesEnding(dir: string, end: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesEnding(join(dir, e.name), end) : e.name.endsWith(end) ? [join(dir, e.name)] : []);
}

/** The <progress> elements of a component that carry no value: indeterminate bars. */
export function indeterminateBars(tsx: string): string[] {
  return [...tsx.matchAll(/<progress\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\svalue=/.test(tag));
}

/** The declarations of a style sheet that repeat an animation forever. */
export function endlessAnimations(css: string): string[] {
  const declarations = css.replace(/\/\*[\s\S]*?\*\//g, '').split(/[;{}]/).map((d) => d.trim());
  return declarations.filter((d) => /^animation(-iteration-count)?\s*:/i.test(d) && /\binfinite\b/i.test(d));
}

describe('style sheets', () => {
  it('finds an endless animation written either way', () => {
    expect(endlessAnimations('.a { animation: spin 0.8s linear infinite; }')).toHaveLength(1);
    expect(endlessAnimations('.a { animation-name: spin; animation-iteration-count: infinite }')).toHaveLength(1);
    expect(endlessAnimations('.a { animation: fade 0.2s ease-out 1; } /* infinite */')).toEqual([]);
  });

  it('animate nothing without end', () => {
    const files = filesEnding(src, '.css');
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(endlessAnimations(readFileSync(file, 'utf8')), file).toEqual([]);
  });
});

describe('components', () => {
  it('finds a progress bar without a value', () => {
    expect(indeterminateBars('{busy && <progress data-testid="p" />}')).toHaveLength(1);
    expect(indeterminateBars('<progress max={100} value={pct} />')).toEqual([]);
  });

  it('show no indeterminate progress bar', () => {
    const files = filesEnding(src, '.tsx');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(indeterminateBars(readFileSync(file, 'utf8')), file).toEqual([]);
  });
});
