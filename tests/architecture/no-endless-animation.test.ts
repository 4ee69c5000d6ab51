/**
 * Issue 16: where Chromium composites in software (SwiftShader, no GPU), every frame of a CSS animation is read back
 * from the GPU process, about 20 ms each. The header's spinning busy mark took 2.5 s of an 8 s cold start that way.
 * No style may animate without end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : []);
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
    const files = cssFiles(src);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(endlessAnimations(readFileSync(file, 'utf8')), file).toEqual([]);
  });
});
