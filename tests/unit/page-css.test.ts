/** The per-page CSS step keeps the Content-Security-Policy exact: one hash per inline script or style, no others. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runtimeClassPrefixes, withExactHashes } from '../../integrations/page-css.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const POLICY = "default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-old1=' 'sha256-old2='; style-src 'self' 'sha256-old3=';";

describe('CSP hashes after inlining', () => {
  it('replaces the script and style hashes with those of the inline elements, keeping every other source', () => {
    expect(withExactHashes(POLICY, ['a()'], ['p{color:red}'])).toBe(
      `default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${hash('a()')}; style-src 'self' ${hash('p{color:red}')}`,
    );
  });
  it('leaves no hash at all on a page with no inline script', () => {
    const out = withExactHashes(POLICY, [], ['x{}']);
    expect(out).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(out).not.toContain('old');
  });
});

describe('the scripts a page can run (what the CSS step keeps classes for)', () => {
  it('follows static imports and dynamic imports however the path is quoted', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { pageScripts } = await import('../../scripts/page-assets.mjs');
    const dist = mkdtempSync(join(tmpdir(), 'lp-assets-'));
    mkdirSync(join(dist, '_astro'));
    const files: Record<string, string> = {
      'Island.js': 'import{a}from"./shared.js";const O=()=>import(`./Outcome.js`);const R=()=>import("./Rules.js");',
      'shared.js': 'export const a=1;',
      'Outcome.js': 'export default"lp-print-only";',
      'Rules.js': "import'./more.js';",
      'more.js': '',
    };
    for (const [name, code] of Object.entries(files)) writeFileSync(join(dist, '_astro', name), code);
    const html = '<astro-island component-url="/_astro/Island.js"></astro-island>';
    const names = (list: string[]) => list.map((f) => f.slice(f.lastIndexOf('/') + 1)).sort();
    expect(names(pageScripts(dist, html))).toEqual(['Island.js', 'Outcome.js', 'Rules.js', 'more.js', 'shared.js']);
    expect(names(pageScripts(dist, html, { dynamic: false }))).toEqual(['Island.js', 'shared.js']);
  });
});

describe('classes built at run time', () => {
  it('keeps the fixed part of a class a script completes, whether it ends in -, -- or _', () => {
    expect(runtimeClassPrefixes(['lp-slides-live--', 'lp-presenter-', 'lp-x_', 'lp-slides-live', 'a-', 'return'])).toEqual(['lp-slides-live--', 'lp-presenter-', 'lp-x_']);
  });
});
