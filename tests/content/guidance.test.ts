/** Every practitioner guidance page: valid front matter, at least one citation, every citation resolves. */
import { describe, expect, it } from 'vitest';
import { guidanceSchema } from '../../src/content/schemas.ts';
import { sourceIds } from '../../src/content/registry.ts';
import { collectCitations } from '../../src/markdown/remark-citations.ts';
import { readMdxDir } from '../support/mdx.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { TABLE_PARTS } from '../../src/tools/who-should-lead/table.ts';

const pages = readMdxDir('src/content/guidance');
const ids = sourceIds();

describe('practitioner guidance', () => {
  it('has the pages the guidance promises', () => {
    expect(pages.map((p) => p.slug).sort()).toEqual(
      [
        'what-is-a-lead-professional', 'when-is-a-lead-professional-needed', 'who-can-be-a-lead-professional',
        'skills-and-knowledge-for-the-role', 'choosing-the-lead-professional', 'how-the-lead-professional-is-agreed',
        'who-leads-for-each-status', 'who-leads-early-help-sen-disability', 'disagreements-two-examples',
        'reading-the-who-leads-table', 'when-several-statuses-apply', 'reviews-care-plans-and-other-roles',
        'duties-and-core-tasks', 'accountability',
        'working-together', 'changing-the-lead-professional', 'disagreements-and-escalation', 'moving-to-adult-services',
        'scotland-girfec', 'for-managers', 'supporting-lead-professionals', 'practice-examples',
      ].sort(),
    );
  });

  it('shows every part of the who-leads table on exactly one page', () => {
    const shown: string[] = [];
    for (const page of pages) {
      visit(page.tree, (node) => {
        const el = node as { type: string; name?: string; attributes?: { name?: string; value?: unknown }[] };
        if (el.type !== 'mdxJsxFlowElement' || el.name !== 'WhoLeadsTable') return;
        const part = el.attributes?.find((a) => a.name === 'part')?.value;
        if (typeof part === 'string') shown.push(part);
      });
    }
    expect(shown.sort()).toEqual(Object.keys(TABLE_PARTS).sort());
  });

  it('orders are unique', () => {
    const orders = pages.map((p) => p.frontmatter.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  describe.each(pages.map((p) => [p.slug, p] as const))('%s', (_slug, page) => {
    it('has valid front matter with a one-sentence summary and a jurisdiction', () => {
      const parsed = guidanceSchema.safeParse(page.frontmatter);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    });

    it('cites at least one source, and every citation resolves', () => {
      const cites = collectCitations(page.tree, page.path, ids);
      expect(cites.length).toBeGreaterThan(0);
    });
  });
});

describe('the citation check', () => {
  const parse = (body: string) => readMdxFromString(body);
  it('fails with the file, line and allowed ids for an unknown source', () => {
    expect(() => collectCitations(parse('Text <Cite source="nice-2019" at="para 1" />.'), 'src/content/guidance/x.mdx', ids)).toThrow(
      /src\/content\/guidance\/x\.mdx:1:\d+: <Cite> unknown source "nice-2019"; allowed: dfes-2005, safeh, girfec-2010, cwdc-2007, salford/,
    );
  });
  it('fails when "at" is missing or empty', () => {
    expect(() => collectCitations(parse('<Cite source="salford" />'), 'f.mdx', ids)).toThrow(/f\.mdx:1:1: <Cite> citation of "salford" needs at=/);
    expect(() => collectCitations(parse('<Cite source="salford" at=" " />'), 'f.mdx', ids)).toThrow(/needs at=/);
  });
  it('collects citations in order without repeats', () => {
    const tree = parse('A <Cite source="salford" at="x" /> B <Cite source="safeh" at="Guideline 6" /> C <Cite source="salford" at="x" />');
    expect(collectCitations(tree, 'f.mdx', ids)).toEqual([{ source: 'salford', at: 'x' }, { source: 'safeh', at: 'Guideline 6' }]);
  });
});

function readMdxFromString(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
}
