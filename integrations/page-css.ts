/**
 * Gives each built page only the CSS it uses, inlined, with the Content-Security-Policy kept exact.
 *
 * When `astro build` finishes, for every HTML page in dist/:
 * 1. PurgeCSS keeps, from the stylesheets the page links, the rules whose selectors the page can use:
 *    the classes, ids and elements in its HTML, and every token in the JavaScript it can run (its
 *    islands and their imports). A token in that JavaScript ending in "-" or "_" is a class name that is
 *    completed at run time (`lp-strength--${strength}`), so every class starting with it is kept.
 * 2. Where the page's scripts name no class or id that its HTML lacks (every content page), Beasties then
 *    matches each remaining selector against the page's own elements and drops the rules that select
 *    nothing there: PurgeCSS keeps `.govuk-body + .govuk-heading-l` because both classes occur, Beasties
 *    only if such a pair is really next to each other. States (`:hover`, `:focus`, `:target`) are kept for
 *    every element that could have them.
 * 3. `dropUnusedCss` then takes out what the page's CSS can never use: `var()` fallbacks for custom properties the
 *    page declares on :root, and named `@page` rules no rule asks for.
 * 4. The result replaces the page's <link rel="stylesheet"> elements with one <style> element: a first
 *    visit costs one request and the page's own CSS (about 3.5 KB gzipped for a guidance page, against
 *    13 KB for the whole stylesheet), and the HTML never arrives without its styles.
 * 5. The page's CSP <meta> gets exactly the hashes of the inline scripts and styles it now has (and no
 *    others), so no 'unsafe-inline' is ever needed.
 * Stylesheets no page links any more are deleted. `astro dev` is untouched: it serves the full CSS.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Beasties from 'beasties';
import postcss from 'postcss';
import { PurgeCSS } from 'purgecss';
import { pageScripts, stylesheetsOf } from '../scripts/page-assets.mjs';

/** Words that can be class names, ids or element names (GOV.UK override classes contain "!"). */
const TOKENS = /[A-Za-z0-9_!-]+/g;
const tokens = (text: string) => text.match(TOKENS) ?? [];
/** In HTML, whole attribute values count too, for selectors such as `a[href^="/"]`. */
const htmlTokens = (html: string) => [...tokens(html), ...[...html.matchAll(/\s[\w-]+="([^"]*)"/g)].map((m) => m[1])];

/**
 * Selectors kept whatever the page holds, each for a named reason.
 * - `mark`: Pagefind writes <mark> into search result excerpts at run time.
 */
const ALWAYS_KEEP = ['mark'];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's CSP with its script-src and style-src hashes replaced by those of its inline elements. */
export function withExactHashes(policy: string, inlineScripts: string[], inlineStyles: string[]): string {
  const hashes: Record<string, string[]> = { 'script-src': inlineScripts.map(sha256), 'style-src': inlineStyles.map(sha256) };
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...values] = directive.split(/\s+/);
      if (!(name in hashes)) return directive;
      return [name, ...values.filter((v) => !/^'sha(256|384|512)-/.test(v)), ...new Set(hashes[name])].join(' ');
    })
    .join('; ');
}

/**
 * The fixed parts of class names a script builds at run time: `lp-slides-live--${view}` leaves the token
 * "lp-slides-live--", ending in - or -- or _. Every selector with a class that starts so is kept.
 */
export function runtimeClassPrefixes(scriptTokens: readonly string[]): string[] {
  return [...new Set(scriptTokens.filter((t) => /[a-z][-_]+$/.test(t) && t.length > 3))];
}

/** The text of every inline (no src) script and every style element, as the browser will hash it. */
function inlineBlocks(html: string, tag: 'script' | 'style'): string[] {
  const open = tag === 'script' ? /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g : /<style\b[^>]*>([\s\S]*?)<\/style>/g;
  return [...html.matchAll(open)].map((m) => m[1]).filter((text) => text.length > 0);
}

/** Class and id names in a stylesheet's selectors. */
const selectorNames = (css: string) => new Set([...css.matchAll(/[.#](-?[A-Za-z_][\w-]*)/g)].map((m) => m[1]));

/**
 * True when the page's scripts could give an element a class or id the HTML does not have (a class built at
 * run time, or markup an island draws): then only the token match of PurgeCSS is safe, not the DOM match.
 */
export function scriptsAddSelectors(css: string, html: string, scriptTokens: readonly string[]): boolean {
  if (runtimeClassPrefixes(scriptTokens).length > 0) return true;
  const inHtml = new Set(htmlTokens(html));
  const named = selectorNames(css);
  return scriptTokens.some((t) => named.has(t) && !inHtml.has(t));
}

/** `value` with the fallback of every `var(--name, fallback)` whose name `drop` accepts taken out, nesting respected. */
function withoutVarFallbacks(value: string, drop: (name: string) => boolean): string {
  let out = '';
  let at = 0;
  for (const m of value.matchAll(/var\((--[\w-]+),/g)) {
    if (m.index < at || !drop(m[1])) continue;
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < value.length && depth > 0; i++) {
      if (value[i] === '(') depth++;
      else if (value[i] === ')') depth--;
    }
    out += `${value.slice(at, m.index)}var(${m[1]})`;
    at = i;
  }
  return out + value.slice(at);
}

/**
 * Drops what the page's CSS can never use once it holds only this page's rules (parsed with PostCSS):
 * - the fallback of `var(--name, fallback)` where `--name` is declared in a top-level `:root` rule of the same
 *   CSS (GOV.UK writes `var(--govuk-text-colour, #0b0c0c)` for pages without its custom properties; with them
 *   declared on :root for every medium, the fallback is never used);
 * - a named page rule (`@page lp-checklist`) that no rule of the page's CSS asks for with `page: <name>`.
 */
export function dropUnusedCss(css: string): string {
  const root = postcss.parse(css);
  const declared = new Set<string>();
  root.each((node) => {
    if (node.type === 'rule' && node.selector === ':root') node.each((d) => void (d.type === 'decl' && d.prop.startsWith('--') && declared.add(d.prop)));
  });
  const pagesAskedFor = new Set<string>();
  root.walkDecls('page', (d) => void pagesAskedFor.add(d.value.trim()));
  root.walkAtRules('page', (rule) => {
    if (rule.params.trim() !== '' && !pagesAskedFor.has(rule.params.trim())) rule.remove();
  });
  root.walkDecls((d) => {
    if (d.value.includes('var(')) d.value = withoutVarFallbacks(d.value, (name) => declared.has(name));
  });
  return root.toString();
}

/** Drops the rules whose selectors match no element of the page (states and ALWAYS_KEEP aside). */
async function keepRulesThatMatch(html: string): Promise<string> {
  const beasties = new Beasties({
    logLevel: 'silent',
    external: false,
    reduceInlineStyles: true,
    mergeStylesheets: false,
    fonts: false,
    allowRules: ALWAYS_KEEP.map((tag) => new RegExp(`(^|[\\s>+~,(])${tag}\\b`)),
  });
  // Beasties marks the element it matched against; the mark is of no use in the built page.
  return (await beasties.process(html)).replace(/(<html\b[^>]*?) data-beasties-container(="")?/, '$1');
}

export async function inlinePageCss(dist: string): Promise<{ pages: number; removed: string[] }> {
  const files = htmlFiles(dist);
  const linked = new Set<string>();
  const cssCache = new Map<string, string>();
  const readCss = (href: string) => {
    if (!cssCache.has(href)) cssCache.set(href, readFileSync(join(dist, href), 'utf8'));
    return cssCache.get(href)!;
  };
  for (const file of files) {
    let html = readFileSync(file, 'utf8');
    const sheets = stylesheetsOf(html).filter((href) => href.startsWith('/_astro/'));
    for (const href of sheets) linked.add(href);
    if (sheets.length > 0) {
      const scripts = pageScripts(dist, html).map((f) => readFileSync(f, 'utf8'));
      const scriptTokens = scripts.flatMap(tokens);
      const prefixes = runtimeClassPrefixes(scriptTokens);
      const [result] = await new PurgeCSS().purge({
        content: [{ raw: html, extension: 'html' }, ...scripts.map((raw) => ({ raw, extension: 'js' }))],
        css: [{ raw: sheets.map(readCss).join('\n') }],
        defaultExtractor: tokens,
        extractors: [{ extensions: ['html'], extractor: htmlTokens }],
        safelist: { standard: ALWAYS_KEEP, greedy: prefixes.map((p) => new RegExp(`(^|[^A-Za-z0-9_-])${p.replace(/[-_]/g, '\\$&')}`)) },
        variables: true,
        keyframes: true,
        fontFace: true,
      });
      const css = dropUnusedCss(result.css.trim());
      const style = `<style>${css}</style>`;
      let first = true;
      html = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\/_astro\/[^"]+"[^>]*>/g, () => {
        const out = first ? style : '';
        first = false;
        return out;
      });
      if (!scriptsAddSelectors(css, html, scriptTokens)) html = await keepRulesThatMatch(html);
    }
    html = html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/, (_m, a: string, policy: string, b: string) => {
      const decoded = policy.replace(/&#39;/g, "'");
      return `${a}${withExactHashes(decoded, inlineBlocks(html, 'script'), inlineBlocks(html, 'style'))}${b}`;
    });
    writeFileSync(file, html);
  }
  const removed: string[] = [];
  for (const href of linked) {
    const stillLinked = files.some((f) => readFileSync(f, 'utf8').includes(`href="${href}"`));
    if (!stillLinked) {
      rmSync(join(dist, href));
      removed.push(href);
    }
  }
  return { pages: files.length, removed };
}

export default function pageCss(): AstroIntegration {
  return {
    name: 'lead-professional:page-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, removed } = await inlinePageCss(fileURLToPath(dir));
        logger.info(`${pages} pages carry only the CSS they use; ${removed.length} stylesheet(s) no longer needed were removed`);
      },
    },
  };
}
