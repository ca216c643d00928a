/**
 * Search offers: the vocabulary each tool declares (wording/search.yaml, checked at build time by
 * src/search/tool-offers.ts) and the matcher the search page runs (src/components/search/offers.ts). Every link it
 * offers must be one the tool reads in full, written as the engine's writeParams writes it, opening at the first
 * question still to answer.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readParams, writeParams, type FactValue } from '../../src/tools/engine/contract.ts';
import { loadTool } from '../../src/tools/engine/server.ts';
import { createToolMachine, openAt, stepOf } from '../../src/tools/engine/machine.ts';
import { OUTCOME, START } from '../../src/tools/engine/flow.ts';
import { TOOL_IDS, type ToolId } from '../../src/tools/registry.ts';
import { MAX_LINKS, keepsAll, offerData, readVocabulary, toolVocabulary, vocabularyFile } from '../../src/search/tool-offers.ts';
import { normalise, offersFor, type Offer } from '../../src/components/search/offers.ts';

/** As built without a default guidance (the shipped settings). */
const data = offerData({});
const WSL = 'who-should-lead';
const tool = (id: string) => loadTool(id as ToolId);
const hrefOf = (id: string, facts: Record<string, FactValue>) => `/tools/${id}/?${writeParams(tool(id).flow.def.contract, facts)}`;
const hrefs = (offers: Offer[], id = WSL) => offers.find((o) => o.tool === id)?.links.map((l) => l.href) ?? [];

/** Every link offered must be read by the tool in full, as writeParams writes it, and open at a question. */
function expectSound(offers: Offer[], query: string) {
  for (const offer of offers) {
    const { flow } = tool(offer.tool);
    const contract = flow.def.contract;
    expect(offer.links.length, query).toBeGreaterThan(0);
    expect(offer.links.length, query).toBeLessThanOrEqual(MAX_LINKS);
    expect(new Set(offer.links.map((l) => l.href)).size, query).toBe(offer.links.length);
    for (const { href } of offer.links) {
      const [path, search = ''] = href.split('?');
      expect(path).toBe(`/tools/${offer.tool}/`);
      const read = readParams(contract, search);
      expect(read.ignored, `${query}: ${href}`).toEqual([]);
      expect(writeParams(contract, read.facts), `${query}: ${href} is not as writeParams writes it`).toBe(search);
      expect(keepsAll(tool(offer.tool), read.facts), `${query}: the tool drops part of ${href}`).toBe(true);
      const link = flow.readLink(search);
      const opens = stepOf(openAt(createToolMachine(flow), flow, link.answers));
      expect(opens, `${query}: ${href}`).toBe(flow.firstUnanswered(link.answers) ?? OUTCOME);
      expect(opens).not.toBe(START);
    }
  }
}

describe('search offers for the queries of issue 13', () => {
  it('"looked after and youth offending": who should lead, looked after, one link per kind of youth justice and per guidance that has both', () => {
    const offers = offersFor('looked after and youth offending', data);
    expect(offers.map((o) => o.tool)).toEqual([WSL]);
    const expected = ['england', 'salford'].flatMap((guidance) =>
      ['prevention', 'community', 'custody'].map((kind) => hrefOf(WSL, { guidance, 'looked-after': true, 'youth-justice': kind })),
    );
    expect(hrefs(offers).sort()).toEqual(expected.sort());
    expect(offers[0]!.answers).toEqual(['looked after', 'youth offending']);
    expect(offers[0]!.links.every((l) => l.choice.length === 2)).toBe(true);
    expectSound(offers, 'looked after and youth offending');
  });

  it('"year 9 EHCP Salford": one link, with the guidance, the plan and the school year', () => {
    const offers = offersFor('year 9 EHCP Salford', data);
    expect(offers.map((o) => hrefs([o], o.tool))).toEqual([[hrefOf(WSL, { guidance: 'salford', sen: 'ehcp', 'year-group': 9 })]]);
    expect(offers[0]!.links[0]!.choice).toEqual([]);
    expectSound(offers, 'year 9 EHCP Salford');
  });

  it("offers the site's default guidance first", () => {
    const salfordFirst = offerData({ defaultGuidance: 'salford' });
    expect(hrefs(offersFor('looked after', salfordFirst))[0]).toBe(hrefOf(WSL, { guidance: 'salford', 'looked-after': true }));
    expect(hrefs(offersFor('looked after', data))[0]).toBe(hrefOf(WSL, { guidance: 'england', 'looked-after': true }));
  });
});

describe('the matcher', () => {
  const only = (query: string) => hrefs(offersFor(query, data));

  it('matches whole words and phrases, whatever the case, hyphens and punctuation', () => {
    expect(only('LOOKED-AFTER, in Salford!')).toEqual([hrefOf(WSL, { guidance: 'salford', 'looked-after': true })]);
    expect(only('cafe in Salford')).toEqual([]);
    expect(only('CAF in Salford')).toHaveLength(2);
    expect(normalise("Young Person’s Plan")).toBe('young persons plan');
  });

  it('ignores a phrase just after "not", "no" or "no longer"', () => {
    expect(offersFor('not looked after', data)).toEqual([]);
    expect(offersFor('no longer looked after', data)).toEqual([]);
  });

  it('takes the longest phrase where phrases overlap', () => {
    expect(only('SEN support Salford')).toEqual([hrefOf(WSL, { guidance: 'salford', sen: 'support' })]);
  });

  it('narrows a value two phrases both name, and offers each where they name different ones', () => {
    expect(only('youth offending custody Salford')).toEqual([hrefOf(WSL, { guidance: 'salford', 'youth-justice': 'custody' })]);
    expect(only('custody community order Salford')).toHaveLength(2);
  });

  it('offers nothing for a guidance alone, a number out of range, or an answer that needs one the query lacks', () => {
    expect(offersFor('Salford', data)).toEqual([]);
    expect(offersFor('year 9 Salford', data)).toEqual([]);
    expect(only('year 15 EHCP Salford')).toEqual([hrefOf(WSL, { guidance: 'salford', sen: 'ehcp' })]);
  });

  it(`offers nothing rather than more than ${MAX_LINKS} links`, () => {
    // CAMHS (2 kinds) and a disability (with or without a key worker) under either English guidance: 8 possibilities.
    expect(offersFor('CAMHS disability', data).filter((o) => o.tool === WSL)).toEqual([]);
    expect(only('CAMHS disability Salford')).toHaveLength(4);
    // Possibilities the tool would not keep together are not counted: CAMHS only, and a care leaver still looked after.
    expect(only('CAMHS care leaver')).not.toContain(hrefOf(WSL, { guidance: 'england', 'care-leaver': 'eligible', 'mental-health': 'camhs-only' }));
  });

  it('gives every phrase of every vocabulary, on its own, only links the tool reads in full', () => {
    for (const t of data.tools) {
      for (const [phrases] of t.words) {
        for (const phrase of phrases) {
          const query = phrase.replace('#', '9');
          expectSound(offersFor(query, data), query);
        }
      }
    }
  });

  it('gives only sound links for any mix of vocabulary words, numbers and other words (property)', () => {
    const phrases = data.tools.flatMap((t) => t.words.flatMap(([p]) => p));
    const word = fc.oneof(
      fc.constantFrom(...phrases).map((p) => p.replace('#', '9')),
      fc.constantFrom('and', 'the', 'child', 'who', 'leads', 'lead professional', 'not', '12', '0', '99', 'year'),
      fc.integer({ min: 0, max: 30 }).map((n) => `year ${n}`),
    );
    let links = 0;
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        const query = words.join(' ');
        const offers = offersFor(query, data);
        expectSound(offers, query);
        links += offers.flatMap((o) => o.links).length;
      }),
      { numRuns: 400, seed: 13 },
    );
    // The queries must reach offers often enough for the property to mean something.
    expect(links).toBeGreaterThan(400);
  });
});

describe('the vocabulary files', () => {
  const wsl = tool(WSL);
  const file = vocabularyFile(WSL);
  const read = (yaml: unknown) => readVocabulary(wsl, yaml, file);

  it('every tool with a vocabulary file has offers, and every offer names its tool', () => {
    expect(data.tools.map((t) => t.id).sort()).toEqual(['change-lead-professional', 'resolve-disagreement', WSL]);
    expect(TOOL_IDS).toEqual(expect.arrayContaining(data.tools.map((t) => t.id)));
    for (const t of data.tools) expect(t.title).toBe(tool(t.id).wording['tool.title']);
  });

  it.each([
    [{ placements: { foster: ['foster care'] } }, /search\.yaml: "placements" is not a question of the tool/],
    [{ placement: { fostered: ['foster care'] } }, /search\.yaml: placement\.fostered: "fostered" is not an option of "placement"/],
    [{ guidance: { salford: ['Salford'] } }, /search\.yaml: the guidance's words belong in src\/content\/guidances\.yaml/],
    [{ 'year-group': ['school year'] }, /search\.yaml: year-group: "school year" needs exactly one \{n\}/],
    [{ placement: { foster: [] } }, /search\.yaml: placement\.foster: expected a list of words/],
  ])('refuses %j, naming the file', (yaml, message) => {
    expect(() => read(yaml)).toThrow(message);
  });

  it('refuses words that name two different answers, and words too broad to offer', () => {
    expect(() => toolVocabulary(wsl, read({ placement: { foster: ['care'] }, statuses: { 'looked-after': ['care'] } }))).toThrow(
      /search\.yaml: "care" names both placement\.foster and statuses\.looked-after/,
    );
    // Mental health on its own: five kinds under either English guidance.
    expect(() => toolVocabulary(wsl, read({ statuses: { 'mental-health': ['mental health'] } }))).toThrow(/search\.yaml: statuses\.mental-health: "mental health" alone would offer 10 links/);
  });
});
