/**
 * Every citation the site shows points at a real place in its seed: the <Cite> (and <FamilyCite>)
 * elements of the guidance, family and training pages, the `cites` of the glossary, and the citations
 * in the training data (module outcomes' basis and key rules, exercise cases, knowledge-check feedback,
 * slides), each checked once by tests/support/anchors.ts. Skipped when the seeds are not available at ../shared/seeds.
 */
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { loadGlossary, sourceIds } from '../../src/content/registry.ts';
import type { Citation } from '../../src/content/schemas.ts';
import { collectCitations } from '../../src/markdown/remark-citations.ts';
import { anchorProblem, loadSeedTexts, seedsAvailable } from '../support/anchors.ts';
import { readMdxDir } from '../support/mdx.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TRAINING_DIRS } from '../../src/training/refs.ts';

const ids = sourceIds();

/** A page's citations; <FamilyCite> takes the same attributes as <Cite>, so it is read as one. */
function pageCitations(tree: Root, path: string): Citation[] {
  const copy = structuredClone(tree);
  visit(copy, (node) => {
    const jsx = node as { type: string; name?: string | null };
    if ((jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') && jsx.name === 'FamilyCite') jsx.name = 'Cite';
  });
  return collectCitations(copy, path, ids);
}

function allCitations(): Citation[] {
  const out: Citation[] = [];
  for (const dir of ['src/content/guidance', 'src/content/families', TRAINING_DIRS.modules, TRAINING_DIRS.exercises]) {
    for (const page of readMdxDir(dir)) {
      out.push(...pageCitations(page.tree, page.path));
      out.push(...citationsIn(page.frontmatter));
    }
  }
  for (const term of loadGlossary()) out.push(...term.cites);
  for (const dir of [TRAINING_DIRS.checks, TRAINING_DIRS.slides]) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) out.push(...citationsIn(parse(readFileSync(join(dir, f), 'utf8'))));
  }
  const seen = new Set<string>();
  return out
    .map((c) => ({ source: c.source, at: c.at.trim() }))
    .filter((c) => !seen.has(`${c.source}|${c.at}`) && seen.add(`${c.source}|${c.at}`));
}

/** Every { source, at } object anywhere in a data file or front matter (training data cites this way). */
function citationsIn(data: unknown): Citation[] {
  if (Array.isArray(data)) return data.flatMap(citationsIn);
  if (data === null || typeof data !== 'object') return [];
  const o = data as Record<string, unknown>;
  if (typeof o.source === 'string' && typeof o.at === 'string') return [{ source: o.source, at: o.at }];
  return Object.values(o).flatMap(citationsIn);
}

/** Read once: parsing every page is the slow part. */
const CITATIONS = allCitations();

describe('content citations', () => {
  it('are collected from the guidance pages, the family pages, the glossary and the training content', () => {
    expect(CITATIONS.length).toBeGreaterThan(100);
    // Cited only by a training exercise (Callum's model answer).
    expect(CITATIONS).toContainEqual({ source: 'cwdc-2007', at: 'Annex B' });
  });
});

describe.skipIf(!seedsAvailable())('content citation anchors are found in the seeds', () => {
  const seedText = loadSeedTexts();
  it.each(CITATIONS.map((c) => [`${c.source} ${c.at}`, c] as const))('%s', (_name, c) => {
    expect(seedText.get(c.source), `unknown source ${c.source}`).toBeDefined();
    expect(anchorProblem(c, seedText.get(c.source))).toBeNull();
  });
});

describe.skipIf(!seedsAvailable())('the anchor check', () => {
  const seedText = loadSeedTexts();
  const problem = (source: string, at: string) => anchorProblem({ source, at }, seedText.get(source));
  it('accepts the forms the site uses', () => {
    for (const [source, at] of [
      ['cwdc-2007', 'para 3.14'],
      ['cwdc-2007', 'after para 3.3'],
      ['safeh', 'Guideline 6'],
      ['safeh', 'Guideline 12'],
      ['safeh', "'aim to' list"],
      ['safeh', "'aim to' bullet 3"],
      ['cwdc-2007', "Box 1 'Looked after child'"],
      ['cwdc-2007', "Annex C 'Care leavers'"],
      ['cwdc-2007', "Annex C 'Children involved with youth justice services' item 5"],
      ['cwdc-2007', "case study 'Dispute resolution protocol' (Poole)"],
      ['cwdc-2007', "case study 'A whole systems approach' (Devon)"],
      ['cwdc-2007', "'A Parent's Perspective' (after para 2.15)"],
      ['cwdc-2007', "Executive summary 'Key functions'"],
      ['cwdc-2007', 'Box 2'],
      ['salford', "thresholds table 'Care leaver'"],
      ['salford', 'footnote 1'],
      ['girfec-2010', "'Choosing the most appropriate Lead Professional'"],
    ] as const) {
      expect(problem(source, at), `${source} ${at}`).toBeNull();
    }
  });
  it('refuses anchors that point at nothing', () => {
    for (const [source, at] of [
      ['cwdc-2007', 'para 9.99'],
      ['cwdc-2007', 'after para 7.1'],
      ['safeh', 'Guideline 13'],
      ['girfec-2010', 'Guideline 1'],
      ['safeh', "'aim to' bullet 11"],
      ['safeh', "'Principle' list"],
      ['cwdc-2007', "Box 1 'Care leavers'"],
      ['cwdc-2007', "Box 1 'Transition to adult services'"],
      ['cwdc-2007', "Annex C 'Looked after child'"],
      ['cwdc-2007', "Box 3 'Care leaver'"],
      ['cwdc-2007', "case study 'SENCO as lead professional' (Lucas)"],
      ['cwdc-2007', "case study 'GP as lead professional' (Poole)"],
      ['cwdc-2007', "'A Parent's Perspective' (after para 3.1)"],
      ['salford', "thresholds table 'Level 2'"],
      ['salford', "'Dispute resolution process'"],
      ['salford', 'thresholds table'],
      ['salford', 'footnote 2'],
      ['cwdc-2007', 'Box 3'],
      ['cwdc-2007', 'section 4'],
      ['cwdc-2007', "Box 1 'Care leaver' row 2"],
    ] as const) {
      expect(problem(source, at), `${source} ${at}`).not.toBeNull();
    }
  });
});
