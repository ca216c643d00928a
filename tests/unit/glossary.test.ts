/**
 * Checks the glossary data file (src/content/glossary.yaml) as a whole: the things the schema
 * cannot see one entry at a time (unique ids, terms and aliases; citations that resolve), the
 * writing rules for `expansion` and `plain`, and the family-facing terms the site relies on.
 */
import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { citationProblem, loadGlossary, sourceIds } from '../../src/content/registry.ts';
import { buildMatchers, markTerms } from '../../src/markdown/rehype-glossary.ts';

const glossary = loadGlossary();
const ids = sourceIds();

/** Every spelling that links to an entry: its term and its aliases. */
const spellings = glossary.flatMap((e) => [e.term, ...e.aliases].map((s) => ({ id: e.id, spelling: s })));

/** Two or more capitals together, or separated only by digits, dots or slashes: CAMHS, E2E, T.A.F., DfES. */
const ABBREVIATION = /[A-Z][A-Z0-9./]*[A-Z]/;

/** Terms (or aliases) that must exist, each on an entry marked for families. */
const FAMILY_FACING = [
  'LP', 'lead professional', 'lead practitioner', 'CAF', 'EHA', 'TAF', 'T.A.F.', 'TAC', 'TAC/F',
  'SENCO', 'SEN', 'EHCP', 'statement of SEN', 'CAMHS', 'CPA', 'care co-ordinator', 'YOT', 'YJS',
  'CIN', 'child in need', 'CP plan', 'child protection plan', 'child protection register',
  'looked after', 'looked-after', 'care leaver', 'eligible child', 'relevant child', 'personal adviser', 'PA',
  'key worker', 'Named Person', "Child's Plan", 'GIRFEC', 'CSP', 'social worker', 'early help',
  'step-down', 'step-up', 'strategy discussion', 'advocacy', "Young Person's Plan", 'YPP',
  'Key Professional', 'GP', 'health visitor', "Children's Hearings System", 'compulsory measures',
  'ASBO', 'Connexions', 'E2E',
];

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

describe('glossary data file', () => {
  it('has a full set of entries', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(80);
    expect(glossary.length).toBeLessThanOrEqual(120);
  });

  it('has unique ids', () => {
    expect(duplicates(glossary.map((e) => e.id))).toEqual([]);
  });

  it('has terms and aliases that are unique across the whole file (case-sensitive)', () => {
    expect(duplicates(spellings.map((s) => s.spelling))).toEqual([]);
  });

  it('has no empty or padded terms and aliases', () => {
    const bad = spellings.filter((s) => s.spelling.trim() !== s.spelling || s.spelling.length < 2);
    expect(bad).toEqual([]);
  });

  it('cites a known source with an "at" in every citation', () => {
    const problems = glossary.flatMap((e) =>
      e.cites.map((c) => citationProblem(c.source, c.at, ids)).filter((p) => p !== null).map((p) => `${e.id}: ${p}`),
    );
    expect(problems).toEqual([]);
    for (const e of glossary) for (const c of e.cites) expect(c.at.trim(), `${e.id} cites ${c.source}`).not.toBe('');
  });

  it('gives every abbreviation (a term written in capitals, like CAMHS or E2E) its expansion', () => {
    const missing = glossary.filter((e) => ABBREVIATION.test(e.term) && !e.expansion?.trim()).map((e) => e.term);
    expect(missing).toEqual([]);
  });

  it('writes every plain sentence as one sentence of at most 20 words', () => {
    const problems = glossary.flatMap((e) => {
      const plain = e.plain.trim();
      const out: string[] = [];
      if (!/[.?!]$/.test(plain)) out.push(`${e.id}: plain must end with a full stop`);
      if (/[.?!]\s+\S/.test(plain)) out.push(`${e.id}: plain must be a single sentence`);
      const words = plain.split(/\s+/).length;
      if (words > 20) out.push(`${e.id}: plain has ${words} words (at most 20)`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('uses no unexplained abbreviation in a plain sentence', () => {
    // The families' sentence spells things out; an abbreviation may appear only as "Short for …" of itself.
    const problems = glossary.filter((e) => {
      const rest = e.plain.replace(/^Short for [^,]+,/, '');
      return ABBREVIATION.test(rest);
    });
    expect(problems.map((e) => `${e.id}: ${e.plain}`)).toEqual([]);
  });

  it('has a practitioner meaning for every entry', () => {
    const short = glossary.filter((e) => e.meaning.trim().length < 40).map((e) => e.id);
    expect(short).toEqual([]);
  });

  it('lists the family-facing terms, each on an entry marked for families', () => {
    const bySpelling = new Map(glossary.flatMap((e) => [e.term, ...e.aliases].map((s) => [s, e] as const)));
    const missing = FAMILY_FACING.filter((s) => !bySpelling.has(s));
    expect(missing).toEqual([]);
    const notForFamilies = FAMILY_FACING.filter((s) => bySpelling.get(s)?.families !== true);
    expect(notForFamilies).toEqual([]);
  });

  it('lists the curly-apostrophe form of every spelling with an apostrophe (Markdown turns \' into ’)', () => {
    const all = new Set(spellings.map((s) => s.spelling));
    const missing = [...all].filter((s) => s.includes("'") && !all.has(s.replaceAll("'", '’')));
    expect(missing).toEqual([]);
  });
});

describe('glossary terms in running text', () => {
  const matchers = buildMatchers(glossary);

  /** Runs the build's rehype step on one paragraph and returns the first glossary link made. */
  function firstLink(text: string): { href: string; text: string } | null {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }] };
    markTerms(tree, matchers);
    const p = tree.children[0];
    if (p.type !== 'element') return null;
    for (const child of p.children) {
      if (child.type === 'element' && child.tagName === 'a') {
        const inner = child.children[0];
        const leaf = inner.type === 'element' ? inner.children[0] : inner;
        return { href: String(child.properties.href), text: leaf.type === 'text' ? leaf.value : '' };
      }
    }
    return null;
  }

  it.each(spellings)('links "$spelling" to its own entry (#$id), not to a shorter or overlapping one', ({ id, spelling }) => {
    expect(firstLink(`Before the words ${spelling} and after.`)).toEqual({ href: `/glossary/#${id}`, text: spelling });
  });

  it('does not link a term inside a longer word or number', () => {
    expect(firstLink('The CPAs and SENDCO and PACE and 2E2E were mentioned.')).toBeNull();
  });

  it('wraps an abbreviation in <abbr> with its expansion', () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Ask CAMHS.' }] }] };
    markTerms(tree, matchers);
    expect(JSON.stringify(tree)).toContain('"title":"child and adolescent mental health services"');
  });
});
