/**
 * The rules against the analyst's decision table (decisions.yaml): one case per situation per guidance, with every
 * variant the tool asks about. Where the sources are silent, the answer must be marked as our inference, rest on
 * a register entry that says so, and never be badged statutory. The table was written from the sources, not from
 * rules.ts; where the tool departs from it, the row says why in its `note`.
 */
import { describe, expect, it } from 'vitest';
import { REASONS } from '../../../src/tools/change-lead-professional/contract.ts';
import { GUIDANCE_IDS } from '../../../src/tools/guidance.ts';
import { LEAD_IDS } from '../../../src/tools/who-should-lead/rules.ts';
import { STATUS_LEADS, TRIGGERS, statusLeadFor, strengthOf, triggerFor } from '../../../src/tools/change-lead-professional/rules.ts';
import { DECISIONS, factsOf, outcomeFor, register, type Decision } from './support.ts';

describe.each(DECISIONS.map((d) => [d.id, d] as const))('%s', (_id, d: Decision) => {
  const o = outcomeFor(factsOf(d));

  it('says whether the lead changes, how firmly and by which rule', () => {
    expect({ change: o.change, strength: o.strength, decidedBy: o.decidedBy.id }).toEqual({ change: d.change, strength: d.strength, decidedBy: d.decidedBy.id });
  });

  it('names who leads next and who chooses, by the table’s rule', () => {
    expect({ newLead: o.newLead, chooser: o.chooser, rule: o.nextRules[0]?.id }).toEqual({ newLead: d.newLead, chooser: d.chooses.who, rule: d.newLeadRule?.id });
  });

  it('says who arranges the handover and by which rule, who must be told, and what the checklist holds', () => {
    expect(o.handover).toBe(d.handover);
    expect(o.handoverRules[0]?.id).toBe(d.handoverRule?.id);
    expect(o.notify).toEqual(d.notify);
    expect(o.checklist.map((c) => c.id).sort()).toEqual([...d.passOn].sort());
  });

  it('marks our inferences, and says so where the sources are silent', () => {
    expect(o.inference).toBe(d.inference);
    expect(o.silent).toBe(d.silent !== undefined);
    for (const r of [o.decidedBy, ...o.nextRules, ...o.handoverRules, ...o.cover, ...o.notifyRules.map((n) => n.rule), ...o.also, ...o.conditions]) {
      const record = register.rules[r.id]!;
      expect(r.inference, r.id).toBe(record.inference !== undefined);
      if (r.inference) {
        expect(record.text, `${r.id} says it is ours`).toMatch(/our inference/i);
        expect(r.strength, `${r.id} is never statutory`).not.toBe('statutory');
      } else {
        expect(r.cites.length, `${r.id} is cited under ${o.guidance}`).toBeGreaterThan(0);
      }
    }
    if (o.inference) expect(o.derivedFrom.length).toBeGreaterThan(0);
  });
});

describe('the table and the rules cover each other', () => {
  it('has a case for every situation under every guidance', () => {
    for (const g of GUIDANCE_IDS) for (const reason of REASONS) expect(DECISIONS.some((d) => d.when.guidance === g && d.when.reason === reason), `${g} ${reason}`).toBe(true);
  });

  it('exercises every trigger and every status rule, under every guidance each holds for', () => {
    for (const t of TRIGGERS) {
      for (const g of Object.keys(t.rule)) {
        const hit = DECISIONS.some((d) => d.when.guidance === g && triggerFor(factsOf(d), g as never) === t);
        expect(hit, `${t.reason} → ${t.rule[g as never]} under ${g}`).toBe(true);
      }
    }
    for (const s of STATUS_LEADS) for (const g of GUIDANCE_IDS) expect(DECISIONS.some((d) => d.when.guidance === g && statusLeadFor(factsOf(d)) === s), `${s.reasons[0]} under ${g}`).toBe(true);
  });

  it('names next leads from the who-should-lead vocabulary, or unchanged, or none', () => {
    for (const d of DECISIONS) expect([...LEAD_IDS, 'unchanged', 'none'], d.id).toContain(outcomeFor(factsOf(d)).newLead);
  });

  it('gives our Named Person answer where a Scottish plan ends, as the issue asks', () => {
    const o = outcomeFor({ guidance: 'scotland', reason: 'plan-no-longer-needed' });
    expect([o.change, o.newLead]).toEqual(['role-ends', 'named-person']);
  });
});

describe('strengths of our inferences', () => {
  it('take the weakest strength of what they were derived from, followed through, and are never statutory', () => {
    // From statutory rules only: shown as expected, not statutory.
    expect(register.rules['INF-STEP-UP-SAFEH']!.inference!.derivedFrom.map((id) => register.rules[id]!.strength)).toEqual(['statutory', 'statutory']);
    expect(strengthOf(register, 'INF-STEP-UP-SAFEH')).toBe('expected');
    // HO-07 rests on an expected rule and a good-practice one.
    expect(strengthOf(register, 'HO-07')).toBe('good-practice');
    // INF-LONG-ABSENCE rests on HO-07, itself an inference.
    expect(register.rules['INF-LONG-ABSENCE']!.inference!.derivedFrom).toContain('HO-07');
    expect(strengthOf(register, 'INF-LONG-ABSENCE')).toBe('good-practice');
    for (const [id, r] of Object.entries(register.rules)) if (r.inference) expect(strengthOf(register, id), id).not.toBe('statutory');
  });
});
