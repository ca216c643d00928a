/** What goes into the search index (index-plan.ts) and which section a result opens at (sections.ts). */
import { describe, expect, it } from 'vitest';
import { NOT_SEARCHED, glossaryRecord, notSearchedBecause, urlPathOf } from '../../src/search/index-plan.ts';
import { excerpt, sectionsOf, type FragmentData } from '../../src/components/search/sections.ts';
import { loadGlossary } from '../../src/content/registry.ts';

describe('the search index plan', () => {
  it('keeps every tool share page and the whole-page glossary out, with a reason, and nothing else', () => {
    expect(notSearchedBecause('/tools/who-should-lead/share/')).toMatch(/link reference/);
    expect(notSearchedBecause('/tools/another-tool/share/')).not.toBeNull();
    expect(notSearchedBecause('/glossary/')).toMatch(/one record per term/);
    for (const path of ['/', '/tools/', '/tools/who-should-lead/', '/guidance/who-leads-for-each-status/', '/families/', '/sources/salford/']) {
      expect(notSearchedBecause(path), path).toBeNull();
    }
    expect(NOT_SEARCHED.every((n) => n.why.length > 20)).toBe(true);
  });

  it('turns built file names into URL paths', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('guidance/accountability/index.html')).toBe('/guidance/accountability/');
    expect(urlPathOf('404.html')).toBe('/404.html');
    expect(urlPathOf('guidance\\accountability\\index.html')).toBe('/guidance/accountability/');
  });

  it('makes one record per glossary term, at /glossary/#id, titled with the term, filtered like a practitioner page', () => {
    const terms = loadGlossary();
    const ehcp = terms.find((t) => t.id === 'ehcp');
    expect(ehcp).toBeDefined();
    const record = glossaryRecord(ehcp!);
    expect(record.url).toBe('/glossary/#ehcp');
    expect(record.content).toContain('<html lang="en-GB">');
    expect(record.content).toMatch(/<h1 data-pagefind-weight="2">EHCP: Education, Health and Care Plan<\/h1>/);
    expect(record.content).toContain('data-pagefind-filter="audience[content]" content="practitioners"');
    expect(record.content).toContain(`data-pagefind-filter="jurisdiction[content]" content="${ehcp!.jurisdiction}"`);
    expect(record.content).toContain('<p data-pagefind-weight="0.3">In plain words: ');
    expect(new Set(terms.map((t) => glossaryRecord(t).url)).size).toBe(terms.length);
  });

  it('escapes a term’s text in its record', () => {
    const record = glossaryRecord({ ...loadGlossary()[0], term: 'A <b> & C', expansion: undefined });
    expect(record.content).toContain('A &#x3C;b> &#x26; C');
  });
});

/** A page of 30 words: an intro (0–9), a heading at 10, a table row header at 20, and a region id that is not a section. */
function fragment(matched: { location: number; balanced_score: number }[]): FragmentData {
  const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
  words[12] = 'EHCP';
  words[22] = 'EHCP,';
  words[3] = '<script>';
  return {
    url: '/guidance/who-leads-for-each-status/',
    content: words.join(' '),
    excerpt: 'Pagefind’s own excerpt',
    meta: { title: 'Who leads for each status' },
    anchors: [
      { element: 'h2', id: 'year-9', text: 'Year 9', location: 10 },
      { element: 'th', id: 'status-sen', text: 'Child with special educational needs', location: 20 },
      { element: 'div', id: 'region', location: 25 },
    ],
    weighted_locations: matched,
  };
}

describe('sections of a result', () => {
  it('opens at the heading or table row whose section holds the best-scoring matches', () => {
    const sections = sectionsOf(fragment([{ location: 12, balanced_score: 2 }, { location: 22, balanced_score: 5 }]));
    expect(sections.map((s) => s.url)).toEqual([
      '/guidance/who-leads-for-each-status/#status-sen',
      '/guidance/who-leads-for-each-status/#year-9',
    ]);
    expect(sections[0].title).toBe('Child with special educational needs');
    expect(sections[0].score).toBe(5);
  });

  it('treats ids on other elements as part of the section around them', () => {
    const [best] = sectionsOf(fragment([{ location: 27, balanced_score: 1 }]));
    expect(best.url).toBe('/guidance/who-leads-for-each-status/#status-sen');
  });

  it('opens at the page itself when the matches come before the first section', () => {
    const [best] = sectionsOf(fragment([{ location: 3, balanced_score: 1 }]));
    expect(best.url).toBe('/guidance/who-leads-for-each-status/');
    expect(best.title).toBeNull();
    expect(best.excerpt).toContain('<mark>&lt;script&gt;</mark>');
  });

  it('keeps a result that is already a section (a glossary term) whole, with Pagefind’s excerpt', () => {
    const term = { ...fragment([{ location: 1, balanced_score: 3 }]), url: '/glossary/#ehcp' };
    expect(sectionsOf(term)).toEqual([{ url: '/glossary/#ehcp', title: null, excerpt: 'Pagefind’s own excerpt', score: 3 }]);
  });

  it('gives no sections when nothing matched', () => {
    expect(sectionsOf(fragment([]))).toEqual([]);
  });
});

describe('excerpts', () => {
  const words = 'one two three four five six seven eight nine ten'.split(' ');

  it('shows the window with the most matches, marked, with an ellipsis where it cuts the section', () => {
    expect(excerpt(words, new Set([6, 7]), 0, 10, 3)).toBe('… six <mark>seven</mark> <mark>eight</mark> …');
    expect(excerpt(words, new Set([0]), 0, 10, 3)).toBe('<mark>one</mark> two three …');
    expect(excerpt(words, new Set([9]), 0, 10, 3)).toBe('… eight nine <mark>ten</mark>');
  });

  it('stays inside the section', () => {
    expect(excerpt(words, new Set([1, 5]), 4, 6, 24)).toBe('five <mark>six</mark>');
  });
});
