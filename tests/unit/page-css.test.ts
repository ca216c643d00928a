/** The per-page CSS step keeps the Content-Security-Policy exact: one hash per inline script or style, no others. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dropUnusedCss, inlinePageCss, runtimeClassPrefixes, scriptsAddSelectors, withExactHashes } from '../../integrations/page-css.ts';

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

describe('CSS a page can never use', () => {
  it('drops the fallback of a custom property declared on :root, and only then', () => {
    const css =
      ':root{--a:#111;--b:rgb(1 2 3)}@media print{:root{--c:var(--a,#000)}}' +
      'p{color:var(--a,#0b0c0c);border:1px solid var(--b,rgb(0 0 0));outline:var(--c,red);background:var(--d,#fff)}';
    expect(dropUnusedCss(css)).toBe(
      ':root{--a:#111;--b:rgb(1 2 3)}@media print{:root{--c:var(--a)}}' +
      // --c is declared for print only and --d nowhere: their fallbacks stay.
      'p{color:var(--a);border:1px solid var(--b);outline:var(--c,red);background:var(--d,#fff)}',
    );
  });
  it('drops a named page rule that no rule of the page asks for, and keeps one that is asked for', () => {
    const named = '@page lp-checklist{size:A4;margin:15mm}';
    expect(dropUnusedCss(`p{color:red}${named}`)).toBe('p{color:red}');
    const asked = `@media print{.lp-families--printable{page:lp-checklist}}${named}`;
    expect(dropUnusedCss(asked)).toBe(asked);
    expect(dropUnusedCss('@page{margin:1cm}p{content:"{"}')).toBe('@page{margin:1cm}p{content:"{"}');
  });
});

describe('rules that select nothing on the page', () => {
  it('are dropped when both classes of a sibling rule occur but never side by side; states, <mark> and used rules stay', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dist = mkdtempSync(join(tmpdir(), 'lp-css-'));
    mkdirSync(join(dist, '_astro'));
    writeFileSync(
      join(dist, '_astro', 'site.css'),
      '.body{margin:0}.body+.heading{padding-top:5px}.heading{font-weight:700}.link:focus{outline:3px solid}mark{background:#ff0}.unused{color:red}',
    );
    const html = '<!doctype html><html lang="en"><head><link rel="stylesheet" href="/_astro/site.css"></head><body><h2 class="heading">H</h2><p class="body"><a class="link" href="/">x</a></p></body></html>';
    writeFileSync(join(dist, 'index.html'), html);
    await inlinePageCss(dist);
    const out = readFileSync(join(dist, 'index.html'), 'utf8');
    const css = out.match(/<style>(.*)<\/style>/s)![1];
    expect(css).toContain('.body{');
    expect(css).toContain('.heading{');
    expect(css).toContain('.link:focus');
    expect(css).toContain('mark{');
    expect(css, 'a heading never follows .body here').not.toContain('.body+.heading');
    expect(css).not.toContain('.unused');
    expect(out).not.toContain('beasties');
    // The rest of the page is untouched.
    expect(out.replace(/<style>.*<\/style>/s, '')).toBe(html.replace('<link rel="stylesheet" href="/_astro/site.css">', ''));
  });

  it('are matched against the HTML only when no script can add a class or id the HTML lacks', () => {
    const css = '.lp-a{}.lp-b--open{}#results{}';
    const html = '<p class="lp-a"></p>';
    expect(scriptsAddSelectors(css, html, ['document', 'offline-notice', 'hidden'])).toBe(false);
    expect(scriptsAddSelectors(css, html, ['lp-b--open'])).toBe(true);
    expect(scriptsAddSelectors(css, html, ['results'])).toBe(true);
    expect(scriptsAddSelectors(css, html, ['lp-slides-live--'])).toBe(true);
  });
});
