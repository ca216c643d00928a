/** The first use of each glossary term on a page is marked once, centrally. */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { buildMatchers, markTerms } from '../../src/markdown/rehype-glossary.ts';
import type { GlossaryData } from '../../src/content/schemas.ts';

const term = (id: string, t: string, expansion?: string, aliases: string[] = []): GlossaryData => ({
  id, term: t, expansion, meaning: 'm', plain: 'p', jurisdiction: 'both', cites: [{ source: 'salford', at: 'x' }], aliases, families: false,
});
const TERMS = [term('cp', 'CP', 'child protection'), term('cpa', 'CPA', 'Care Programme Approach'), term('named-person', 'Named Person'), term('taf', 'TAF', 'Team Around the Family', ['T.A.F.'])];

function mark(html: string): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  markTerms(tree, buildMatchers(TERMS));
  return toHtml(tree);
}

describe('glossary marking', () => {
  it('marks only the first use of an abbreviation, with <abbr> inside a link to its entry', () => {
    expect(mark('<p>A CPA review. Another CPA.</p>')).toBe('<p>A <a href="/glossary/#cpa" class="glossary-term"><abbr title="Care Programme Approach">CPA</abbr></a> review. Another CPA.</p>');
  });
  it('does not match inside a longer word', () => {
    expect(mark('<p>The CPA and then CP.</p>')).toContain('<abbr title="child protection">CP</abbr></a>.');
  });
  it('marks several terms in one text node, and terms that are not abbreviations as plain links', () => {
    const out = mark('<p>The Named Person and the TAF meet.</p>');
    expect(out).toContain('<a href="/glossary/#named-person" class="glossary-term">Named Person</a>');
    expect(out).toContain('<abbr title="Team Around the Family">TAF</abbr>');
  });
  it('matches aliases', () => {
    expect(mark('<p>At the T.A.F. meeting.</p>')).toContain('<abbr title="Team Around the Family">T.A.F.</abbr>');
  });
  it('leaves headings, links, code and existing abbreviations alone', () => {
    expect(mark('<h2>CPA</h2><a href="/x/">CPA</a><code>CPA</code><abbr>CPA</abbr><p>CPA</p>')).toBe(
      '<h2>CPA</h2><a href="/x/">CPA</a><code>CPA</code><abbr>CPA</abbr><p><a href="/glossary/#cpa" class="glossary-term"><abbr title="Care Programme Approach">CPA</abbr></a></p>',
    );
  });
});

describe('glossary links on family pages', () => {
  it('send family-facing terms to the plain-words page and others to the glossary', async () => {
    const { familyHref } = await import('../../src/markdown/rehype-glossary.ts');
    const familyTerm = { ...term('caf', 'CAF', 'Common Assessment Framework'), families: true };
    expect(familyHref(familyTerm)).toBe('/families/words-you-might-hear/#caf');
    expect(familyHref(term('jars', 'JARs', 'joint area reviews'))).toBe('/glossary/#jars');
  });
});
