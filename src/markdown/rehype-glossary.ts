/**
 * Rehype step: marks the first use of each glossary term on a page, once, centrally.
 * An abbreviation becomes <abbr title="expansion"> inside a link to its glossary entry;
 * any other term becomes a link to its entry. Headings, links, code and existing <abbr>
 * are left alone; prose inside MDX components (<Differ>, <Inset>…) is marked like any other.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { loadGlossary } from '../content/registry.ts';
import type { GlossaryData } from '../content/schemas.ts';

const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'title', 'dfn']);

interface Matcher {
  entry: GlossaryData;
  pattern: RegExp;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regular expression per term, matching the term or an alias as a whole word. */
export function buildMatchers(terms: readonly GlossaryData[]): Matcher[] {
  return terms
    .map((entry) => {
      const spellings = [entry.term, ...entry.aliases].sort((a, b) => b.length - a.length).map(escape);
      // Not preceded or followed by a letter or digit (so "CP" does not match inside "CPA").
      return { entry, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${spellings.join('|')})(?![\\p{L}\\p{N}])`, 'u') };
    })
    .sort((a, b) => b.entry.term.length - a.entry.term.length);
}

/** Where a marked term links: its glossary entry, or on family pages its plain-words entry. */
export type HrefFor = (entry: GlossaryData) => string;
export const practitionerHref: HrefFor = (entry) => `/glossary/#${entry.id}`;
export const familyHref: HrefFor = (entry) => (entry.families ? `/families/words-you-might-hear/#${entry.id}` : practitionerHref(entry));

function markup(entry: GlossaryData, text: string, hrefFor: HrefFor): Element {
  const href = hrefFor(entry);
  const inner: ElementContent = entry.expansion
    ? { type: 'element', tagName: 'abbr', properties: { title: entry.expansion }, children: [{ type: 'text', value: text }] }
    : { type: 'text', value: text };
  return { type: 'element', tagName: 'a', properties: { href, className: ['glossary-term'] }, children: [inner] };
}

/** Splits text nodes at the first unused match of any term, left to right. */
export function markTerms(tree: Root, matchers: Matcher[], hrefFor: HrefFor = practitionerHref): void {
  const used = new Set<string>();
  const walk = (parent: Root | Element) => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i];
      if (child.type === 'element') {
        if (!SKIP.has(child.tagName)) walk(child);
        continue;
      }
      if (child.type !== 'text') {
        if ('children' in child && Array.isArray(child.children)) walk(child as unknown as Element);
        continue;
      }
      let best: { m: Matcher; index: number; text: string } | null = null;
      for (const m of matchers) {
        if (used.has(m.entry.id)) continue;
        const hit = m.pattern.exec(child.value);
        if (hit && (best === null || hit.index < best.index)) best = { m, index: hit.index, text: hit[0] };
      }
      if (!best) continue;
      used.add(best.m.entry.id);
      const before: Text = { type: 'text', value: child.value.slice(0, best.index) };
      const after: Text = { type: 'text', value: child.value.slice(best.index + best.text.length) };
      const replacement: ElementContent[] = [];
      if (before.value) replacement.push(before);
      replacement.push(markup(best.m.entry, best.text, hrefFor));
      if (after.value) replacement.push(after);
      (parent.children as ElementContent[]).splice(i, 1, ...replacement);
      // Continue with the text after the match (it may hold other terms).
      i += replacement.length - (after.value ? 2 : 1);
    }
  };
  walk(tree);
}

export default function rehypeGlossary() {
  const matchers = buildMatchers(loadGlossary());
  return (tree: Root, file: { path?: string }) => {
    const isFamilyPage = (file.path ?? '').replace(/\\/g, '/').includes('/src/content/families/');
    markTerms(tree, matchers, isFamilyPage ? familyHref : practitionerHref);
  };
}
