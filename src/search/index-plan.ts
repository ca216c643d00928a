/**
 * What goes into the site search index, decided in one place (used by integrations/pagefind.ts).
 *
 * - Every built page whose layout marks its main content `data-pagefind-body` (pages with an audience),
 *   except the pages listed in NOT_SEARCHED.
 * - One record per glossary term, at /glossary/#<id>, so a search for a term lands on the term itself
 *   and is ranked on the term's own text, not on the 10,000 words of the whole glossary page.
 */
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import type { GlossaryData } from '../content/schemas.ts';
import { INDEXES, indexFor, type IndexName } from './indexes.ts';

export { INDEXES, indexFor, type IndexName };

/** Built pages kept out of search, and why. Paths are URL paths with a trailing slash. */
export const NOT_SEARCHED: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern: /^\/tools\/[^/]+\/share\/$/,
    why: "a tool's link reference (every URL parameter and value): it matches many queries and answers none",
  },
  {
    pattern: /^\/glossary\/$/,
    why: 'indexed as one record per term instead (glossaryRecord), so results land on /glossary/#<id>',
  },
];

/** Why a page is kept out of search, or null when it is searched. */
export function notSearchedBecause(path: string): string | null {
  return NOT_SEARCHED.find((n) => n.pattern.test(path))?.why ?? null;
}

/** The URL path ("/guidance/accountability/") of a built HTML file given relative to dist/. */
export function urlPathOf(relativeFile: string): string {
  const rel = relativeFile.split('\\').join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** Where a term applies, as its search filter values (a term for both places matches either filter). */
const FILTER_PLACES: Record<GlossaryData['jurisdiction'], string> = { england: 'england', scotland: 'scotland', both: 'both' };

/**
 * Weights of a term record's words. Its name ranks like a short heading (a page's h1 weighs 7, an h2 6);
 * its definition weighs less than running text on a page (1), because a definition mentions many
 * things in passing: "year 9 EHCP" should find the guidance on Year 9, not every term that says "Year 9".
 */
export const TERM_WEIGHTS = { name: '2', definition: '0.3' } as const;

/**
 * A glossary term as a small HTML document for the search index: its name as the title, what it
 * stands for, the practitioners' meaning and the plain one.
 */
export function glossaryRecord(term: GlossaryData): { url: string; content: string } {
  const title = term.expansion ? `${term.term}: ${term.expansion}` : term.term;
  const body = el('main', { dataPagefindBody: '' }, [
    el('meta', { dataPagefindFilter: 'audience[content]', content: 'practitioners' }),
    el('meta', { dataPagefindFilter: 'jurisdiction[content]', content: FILTER_PLACES[term.jurisdiction] }),
    el('meta', { dataPagefindMeta: 'section[content]', content: 'Glossary' }),
    el('h1', { dataPagefindWeight: TERM_WEIGHTS.name }, [text(title)]),
    el('p', { dataPagefindWeight: TERM_WEIGHTS.definition }, [text(term.meaning)]),
    el('p', { dataPagefindWeight: TERM_WEIGHTS.definition }, [text(`In plain words: ${term.plain}`)]),
  ]);
  const doc = el('html', { lang: 'en-GB' }, [el('head', {}, [el('title', {}, [text(title)])]), el('body', {}, [body])]);
  return { url: `/glossary/#${term.id}`, content: `<!doctype html>${toHtml(doc)}` };
}
