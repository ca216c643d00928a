/**
 * The words: every id an answer can return has practitioner words, the plain-words version for the family can be
 * made for every answer and clears the family pages' readability bar, and no words are kept for nothing.
 */
import { describe, expect, it } from 'vitest';
import { FAMILY_THRESHOLDS, measureText, problems } from '../../../src/readability/measure.ts';
import { loadFamilyWording } from '../../../src/tools/change-lead-professional/wording/family-schema.ts';
import { BODIES, CHANGES, CHECKLIST_GROUPS, CHOOSERS, NEXT_LEADS, familyKeys } from '../../../src/tools/change-lead-professional/rules.ts';
import { DECISIONS, factsOf, outcomeFor, tool } from './support.ts';

const family = loadFamilyWording('src/tools/change-lead-professional/wording/family.yaml');
const { wording } = tool;
const answers = DECISIONS.map((d) => {
  const facts = factsOf(d);
  const o = outcomeFor(facts);
  return { id: d.id, o, parts: familyKeys(facts, o) };
});
const resolve = (candidates: readonly string[]) => candidates.find((k) => family[k] !== undefined);

describe('the practitioner words', () => {
  it('name every answer, lead, chooser, body and checklist group the rules can return', () => {
    const keys = [
      ...CHANGES.map((c) => `change.${c}`),
      ...NEXT_LEADS.map((l) => `lead.${l}`),
      ...CHOOSERS.filter((c) => c !== 'none').map((c) => `chooser.${c}`),
      ...BODIES.map((b) => `body.${b}`),
      ...CHECKLIST_GROUPS.map((g) => `checklist.group.${g}`),
      'next.unchanged',
      'next.none',
      'handover.outgoing-lead',
      'handover.team',
      'handover.none.stays',
      'handover.none.role-ends',
    ];
    expect(keys.filter((k) => wording[k] === undefined)).toEqual([]);
  });
});

describe('the plain-words version for the family', () => {
  it.each(answers.map((a) => [a.id, a] as const))('can be made for %s, and reads at the family pages’ level', (_id, a) => {
    const missing = a.parts.filter((candidates) => resolve(candidates) === undefined);
    expect(missing, 'a part with no words').toEqual([]);
    const text = a.parts.map((c) => family[resolve(c)!]).join('\n\n');
    expect(problems(measureText(text), FAMILY_THRESHOLDS), text).toEqual([]);
  });

  it('keeps no words that no answer uses', () => {
    const used = new Set(answers.flatMap((a) => a.parts.map((c) => resolve(c)!)));
    expect(Object.keys(family).filter((k) => !used.has(k))).toEqual([]);
  });
});
