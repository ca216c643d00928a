/**
 * Every answer the tool gives, over every combination of up to three statuses under each guidance:
 * - it is worded for its own guidance: every name and sentence it shows has words for that guidance, and a
 *   national or Scottish answer never talks about Salford (issue 8, section 4);
 * - its family version reads at about age 9 to 11, measured by the family pages' own check
 *   (src/readability/measure.ts: Flesch Reading Ease >= 75, Flesch-Kincaid grade <= 5), and says where it comes from.
 */
import { describe, expect, it } from 'vitest';
import { textFor } from '../../../src/tools/engine/register.ts';
import type { Guidance } from '../../../src/tools/who-should-lead/contract.ts';
import { familyVersion } from '../../../src/tools/who-should-lead/family.ts';
import type { Recommendation } from '../../../src/tools/who-should-lead/rules.ts';
import { forGuidance, type PerGuidance } from '../../../src/tools/who-should-lead/wording/per-guidance.ts';
import { FAMILY_THRESHOLDS, measureBlocks, problems } from '../../../src/readability/measure.ts';
import { recommend, register, statusCombinations, words } from './support.ts';

const GUIDANCES: Guidance[] = ['england', 'salford', 'scotland'];

/** Every answer for a guidance, once per distinct answer. */
function answers(g: Guidance): Recommendation[] {
  const seen = new Map<string, Recommendation>();
  for (const facts of statusCombinations(g)) {
    const rec = recommend(facts, g);
    const key = JSON.stringify(rec);
    if (!seen.has(key)) seen.set(key, rec);
  }
  return [...seen.values()];
}
const ANSWERS = Object.fromEntries(GUIDANCES.map((g) => [g, answers(g)])) as Record<Guidance, Recommendation[]>;

/** Everything an answer shows in words, by where it comes from. */
function shownWords(rec: Recommendation): [string, string][] {
  const g = rec.guidance;
  const entry = (kind: string, id: string, field: string) => forGuidance((words[`${kind}:${id}`] as unknown as Record<string, PerGuidance> | undefined)?.[field], g);
  const section = (name: string, id: string) => {
    const record = register.sections[name]?.[id];
    return record ? textFor(record, g) : '';
  };
  return [
    [`lead:${rec.lead} name`, entry('lead', rec.lead, 'name')],
    [`lead:${rec.lead} about`, entry('lead', rec.lead, 'about')],
    [`outcome:${rec.outcome} title`, entry('outcome', rec.outcome, 'title')],
    [`outcome:${rec.outcome} summary`, entry('outcome', rec.outcome, 'summary')],
    ...rec.rules.map((r): [string, string] => [`rule ${r.id}`, textFor(register.rules[r.id]!, g)]),
    ...rec.rules.flatMap((r) => (rec.inference && r === rec.rules[0] ? (r.inference?.derivedFrom ?? []) : []).map((d): [string, string] => [`derived ${d}`, textFor(register.rules[d]!, g)])),
    ...rec.barred.flatMap((b): [string, string][] => [[`must-not:${b.id} name`, entry('must-not', b.id, 'name')], [`mustNot ${b.id}`, section('mustNot', b.id)]]),
    ...rec.alsoInvolved.flatMap((a): [string, string][] => [[`role:${a.role} name`, entry('role', a.role, 'name')], [`roles ${a.role}`, section('roles', a.role)]]),
    ...rec.duties.map((d): [string, string] => [`duty ${d.id}`, section('duties', d.id)]),
    ...rec.checks.map((c): [string, string] => [`check ${c.id}`, section('checks', c.id)]),
    ...rec.nextSteps.map((n): [string, string] => [`next step ${n.id}`, section('nextSteps', n.id)]),
    ...familyVersion(rec, words).map((p): [string, string] => [p.id, p.text]),
  ];
}

describe.each(GUIDANCES)('every %s answer is worded for its own guidance', (g) => {
  it('has words for this guidance for everything it shows', () => {
    const missing = new Set<string>();
    for (const rec of ANSWERS[g]) for (const [where, text] of shownWords(rec)) if (!text) missing.add(where);
    expect([...missing]).toEqual([]);
    expect(ANSWERS[g].length).toBeGreaterThan(g === 'scotland' ? 20 : 200);
  });

  it('never talks about another guidance', () => {
    // Salford's own answers may say where they rest on the national guide, and say so by name.
    const other = g === 'england' ? /Salford|handbook/ : g === 'scotland' ? /Salford|handbook|national guide|England|Connexions/ : /\bnationally\b/;
    const found = new Set<string>();
    for (const rec of ANSWERS[g]) for (const [where, text] of shownWords(rec)) if (other.test(text)) found.add(`${where}: ${text}`);
    expect([...found]).toEqual([]);
  });
});

describe.each(GUIDANCES)('the family version of every %s answer', (g) => {
  const versions = new Map<string, ReturnType<typeof familyVersion>>();
  for (const rec of ANSWERS[g]) {
    const family = familyVersion(rec, words);
    versions.set(family.map((p) => p.id).join(' + '), family);
  }

  it('says who the main contact will be and what happens next, citing where each part comes from', () => {
    for (const rec of ANSWERS[g]) {
      const family = familyVersion(rec, words);
      const [main, next] = family;
      expect(main, rec.outcome).toBeDefined();
      expect(main!.id.startsWith('family:next') || main!.id === 'family:inference', rec.outcome).toBe(false);
      if (rec.lead !== 'none-needed') expect(next?.id, rec.outcome).toMatch(/^family:next-/);
      expect(family.some((p) => p.id === 'family:inference'), rec.outcome).toBe(rec.inference);
      for (const p of family) expect(p.cites.length, `${p.id} under ${g}`).toBeGreaterThan(0);
    }
  });

  it(`reads at about age 9 to 11: Reading Ease >= ${FAMILY_THRESHOLDS.minReadingEase}, grade <= ${FAMILY_THRESHOLDS.maxGrade}`, () => {
    const report: string[] = [];
    for (const [ids, family] of versions) {
      const m = measureBlocks(family.map((p) => p.text));
      expect(problems(m), `${g}: ${ids}`).toEqual([]);
      report.push(`${ids}: ease ${m.readingEase.toFixed(1)}, grade ${m.grade.toFixed(1)}`);
    }
    console.info(`[who-should-lead family version, ${g}]\n  ${report.join('\n  ')}`);
  });
});

describe('the family paragraphs', () => {
  it('are each shown by some answer (no paragraph is kept for later)', () => {
    const shown = new Set(GUIDANCES.flatMap((g) => ANSWERS[g].flatMap((rec) => familyVersion(rec, words).map((p) => p.id))));
    const written = Object.values(words).filter((e) => e.kind === 'family').map((e) => e.id);
    expect(written.filter((id) => !shown.has(id))).toEqual([]);
  });
});
