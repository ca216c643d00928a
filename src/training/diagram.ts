/**
 * Slides show each tool's generated decision diagram by taking the SVG from the tool's diagram page
 * (/tools/<tool>/diagram/, an inline SVG whose nodes carry data-state) when the site is built. Nothing is
 * linked or framed at run time: the SVG is copied into the slide's slot in the built HTML
 * (integrations/training-diagrams.ts calls `inlineDiagrams` on every built training page). Where a tool
 * has no diagram page, the slot keeps its fallback: a link to the tool.
 *
 * Pure functions over HTML strings, so the unit tests can run them on made-up pages.
 */
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';

/** The address of a tool's generated diagram page. */
export function diagramHref(tool: string): string {
  return `/tools/${tool}/diagram/`;
}

function elements(node: Root | Element, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    out.push(child);
    elements(child, out);
  }
  return out;
}

/** The generated diagram in a diagram page: the first <svg> holding a node with data-state; null if none. */
export function extractDiagramSvg(pageHtml: string): Element | null {
  const tree = fromHtml(pageHtml);
  return elements(tree).find((el) => el.tagName === 'svg' && elements(el).some((n) => n.properties.dataState !== undefined)) ?? null;
}

/** The text of every <style> inside an element (CSP hashes them). */
function styleTexts(svg: Element): string[] {
  return elements(svg)
    .filter((el) => el.tagName === 'style')
    .map((el) => el.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
}

const SLOT_OPEN = /<div\b[^>]*\bdata-diagram-slot="([a-z0-9-]+)"[^>]*>/g;
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** What inlining did to one page. */
export interface InlineResult {
  html: string;
  /** Tools whose diagram was copied in. */
  inlined: string[];
  /** Tools with a slot but no diagram page (the fallback link stays). */
  missing: string[];
}

/**
 * Copies each tool's diagram SVG into every diagram slot of a built page. `diagramPage(tool)` returns the
 * built HTML of /tools/<tool>/diagram/, or null when there is none. Any <style> inside the SVG has its
 * hash added to the page's Content-Security-Policy, so the policy stays strict.
 */
export function inlineDiagrams(html: string, diagramPage: (tool: string) => string | null): InlineResult {
  const inlined: string[] = [];
  const missing: string[] = [];
  const styles: string[] = [];
  let out = '';
  let last = 0;
  for (const m of html.matchAll(SLOT_OPEN)) {
    const tool = m[1]!;
    const openEnd = m.index + m[0].length;
    const close = html.indexOf('</div>', openEnd);
    if (close < 0) throw new Error(`diagram slot for "${tool}" is not closed`);
    const page = diagramPage(tool);
    const svg = page ? extractDiagramSvg(page) : null;
    if (!svg) {
      missing.push(tool);
      continue;
    }
    const caption = attr(m[0], 'data-diagram-caption') ?? '';
    const href = attr(m[0], 'data-diagram-href') ?? diagramHref(tool);
    styles.push(...styleTexts(svg));
    const figure = `<figure class="lp-diagram__figure" data-diagram="${tool}">${toHtml(svg, { space: 'svg' })}<figcaption class="lp-diagram__caption"><a class="govuk-link" href="${href}">${caption}</a></figcaption></figure>`;
    out += html.slice(last, openEnd) + figure;
    last = close;
    inlined.push(tool);
  }
  out += html.slice(last);
  if (styles.length) out = addStyleHashes(out, styles);
  return { html: out, inlined, missing };
}

/** Adds 'sha256-…' sources for these inline styles to the style-src of the page's CSP <meta>. */
export function addStyleHashes(html: string, styles: readonly string[]): string {
  const hashes = [...new Set(styles.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`))];
  return html.replace(/(<meta http-equiv="content-security-policy" content="[^"]*?style-src )([^;"]*)/, (_whole, head: string, list: string) => `${head}${list.trim()} ${hashes.filter((h) => !list.includes(h)).join(' ')}`.trimEnd());
}
