/**
 * recommendLead is total: over a large grid of answers for each guidance it never throws and always
 * returns a sourced answer with known ids, and the firm bars hold wherever their statuses occur.
 */
import { describe, expect, it } from 'vitest';
import { CONTRACT, FACTS_READ, type Facts, type FactKey, type Guidance } from '../../../src/tools/who-should-lead/contract.ts';
import {
  CHECK_IDS,
  DUTY_IDS,
  LEAD_IDS,
  MUST_NOT_IDS,
  NEXT_STEP_IDS,
  OUTCOME_IDS,
  ROLES_WITHOUT_LEAD,
  ROLE_IDS,
  type Recommendation,
} from '../../../src/tools/who-should-lead/rules.ts';
import { STRENGTHS } from '../../../src/content/strength.ts';
import { sourceIds } from '../../../src/content/registry.ts';
import { recommend as recommendLead, register } from './support.ts';

const RULE_IDS = Object.keys(register.rules);
const values = (k: FactKey) => (CONTRACT[k] as { values: readonly string[] }).values;
const PLACEMENTS = values('placement');
const CARE_LEAVER = values('care-leaver');
const CHILD_IN_NEED = values('child-in-need');
const YOUTH_JUSTICE = values('youth-justice');
const MENTAL_HEALTH = values('mental-health');
const DISABILITY = values('disability');
const SEN = values('sen');
const POST_16 = values('post-16');
const ASSESSMENT = values('assessment');

/** Every value a fact can take, including "not answered". */
const DOMAIN: Record<FactKey, readonly unknown[]> = {
  guidance: [undefined],
  age: [undefined, 8, 15, 16, 17, 18],
  practitioners: [undefined, 0, 1, 2, 5],
  'additional-needs': [undefined, true, false],
  'child-protection': [undefined, true, false],
  'looked-after': [undefined, true, false],
  placement: [undefined, ...PLACEMENTS],
  'care-leaver': [undefined, ...CARE_LEAVER],
  'adoption-plan': [undefined, true, false],
  'child-in-need': [undefined, ...CHILD_IN_NEED],
  'young-persons-plan': [undefined, true, false],
  'youth-justice': [undefined, ...YOUTH_JUSTICE],
  'mental-health': [undefined, ...MENTAL_HEALTH],
  disability: [undefined, ...DISABILITY],
  sen: [undefined, ...SEN],
  'year-group': [undefined, 0, 8, 9, 11, 12],
  'needs-beyond-school': [undefined, true, false],
  'post-16': [undefined, ...POST_16],
  'cross-border': [undefined, true, false],
  assessment: [undefined, ...ASSESSMENT],
  agencies: [undefined, 0, 1, 2, 4],
  'compulsory-measures': [undefined, true, false],
  'co-ordinated-support-plan': [undefined, true, false],
  asbo: [undefined, true, false],
  'complex-health': [undefined, true, false],
  'third-sector-sla': [undefined, true, false],
};
const ALL_KEYS = Object.keys(DOMAIN) as FactKey[];

/** A small deterministic pseudo-random generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function withValue(facts: Facts, key: FactKey, value: unknown): Facts {
  const next: Record<string, unknown> = { ...facts };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as Facts;
}

/** Every combination of `keys` (the rest unanswered). */
function* cartesian(keys: readonly FactKey[], base: Facts = {}): Generator<Facts> {
  if (keys.length === 0) {
    yield base;
    return;
  }
  const [first, ...rest] = keys;
  for (const v of DOMAIN[first!]) yield* cartesian(rest, withValue(base, first!, v));
}

/** `count` random combinations over every fact (each fact unanswered about a third of the time). */
function* sampled(count: number, seed: number): Generator<Facts> {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    let facts: Facts = {};
    for (const key of ALL_KEYS) {
      if (next() < 0.35) continue;
      const values = DOMAIN[key];
      facts = withValue(facts, key, values[Math.floor(next() * values.length)]);
    }
    yield facts;
  }
}

const GRIDS: Record<Guidance, () => Iterable<Facts>> = {
  england: function* () {
    yield* cartesian(['child-protection', 'looked-after', 'care-leaver', 'child-in-need', 'youth-justice', 'mental-health', 'disability', 'sen']);
    yield* cartesian(['additional-needs', 'practitioners', 'sen', 'year-group', 'needs-beyond-school', 'post-16', 'assessment', 'placement', 'adoption-plan'], { 'looked-after': true });
    yield* sampled(6000, 2007);
  },
  salford: function* () {
    yield* cartesian(['child-protection', 'looked-after', 'care-leaver', 'child-in-need', 'youth-justice', 'mental-health', 'disability', 'young-persons-plan']);
    yield* cartesian(['additional-needs', 'practitioners', 'sen', 'year-group', 'needs-beyond-school', 'assessment', 'cross-border', 'age', 'adoption-plan']);
    yield* sampled(6000, 2018);
  },
  scotland: function* () {
    yield* cartesian(['agencies', 'looked-after', 'compulsory-measures', 'child-protection', 'co-ordinated-support-plan', 'asbo', 'complex-health', 'third-sector-sla']);
    yield* sampled(2000, 2010);
  },
};

const SOURCES = new Set(sourceIds());

/** Problems with one answer: unknown ids, missing citations, unread answers, inconsistent flags. */
function sourcingProblems(rec: Recommendation, guidance: Guidance): string[] {
  const p: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) p.push(what);
  };
  need(LEAD_IDS.includes(rec.lead), `unknown lead ${rec.lead}`);
  need(STRENGTHS.includes(rec.strength), `unknown strength ${rec.strength}`);
  need(OUTCOME_IDS.includes(rec.outcome), `unknown outcome ${rec.outcome}`);
  need(rec.rules.length > 0, 'no rules');
  for (const r of rec.rules) {
    need(RULE_IDS.includes(r.id as never), `unknown rule ${r.id}`);
    need(STRENGTHS.includes(r.strength), `rule ${r.id}: unknown strength`);
    need(r.cites.length > 0, `rule ${r.id} has no citation`);
    for (const c of r.cites) need(SOURCES.has(c.source) && c.at.trim() !== '', `rule ${r.id}: bad citation ${c.source} ${c.at}`);
    for (const d of r.inference?.derivedFrom ?? []) need(RULE_IDS.includes(d as never), `rule ${r.id} derived from unknown ${d}`);
  }
  need(rec.inference === rec.rules.some((r) => r.inference !== undefined), 'inference flag does not match the rules');
  for (const m of rec.mustNot) need(MUST_NOT_IDS.includes(m), `unknown must-not ${m}`);
  for (const a of rec.alsoInvolved) need(ROLE_IDS.includes(a.role as never) && a.cites.length > 0, `bad role ${a.role}`);
  for (const d of rec.duties) need(DUTY_IDS.includes(d.id as never) && d.cites.length > 0, `bad duty ${d.id}`);
  for (const c of rec.checks) need(CHECK_IDS.includes(c.id as never) && c.cites.length > 0, `bad check ${c.id}`);
  need(rec.nextSteps.length > 0, 'no next steps');
  for (const n of rec.nextSteps) need(NEXT_STEP_IDS.includes(n.id as never) && n.cites.length > 0, `bad next step ${n.id}`);
  // Where no lead professional is needed, nobody keeps the words that assume one.
  if (rec.lead === 'none-needed') for (const a of rec.alsoInvolved) need(!(a.role in ROLES_WITHOUT_LEAD), `role ${a.role} assumes a lead professional`);
  for (const k of rec.decidedBy) need(FACTS_READ[guidance].includes(k), `decided by unread ${k}`);
  for (const o of rec.otherGuidance) {
    need(guidance !== 'scotland' && o.guidance !== guidance && o.guidance !== 'scotland', `bad otherGuidance ${o.guidance}`);
    need(LEAD_IDS.includes(o.lead) && o.cites.length > 0, `bad otherGuidance lead ${o.lead}`);
  }
  return p;
}

/** The firm rules the sources state, wherever their statuses occur. */
function barProblems(rec: Recommendation, guidance: Guidance, f: Facts): string[] {
  const p: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) p.push(what);
  };
  if (guidance === 'scotland') {
    if (f['looked-after'] || f['compulsory-measures'] || f.asbo || f['child-protection']) need(rec.lead === 'specialist-agency-worker', 'statutory Scottish case not led by a specialist agency');
    if (rec.lead === 'third-sector-practitioner') need(f['third-sector-sla'] === true, 'third sector without an agreement');
    return p;
  }
  const lookedAfter = f['looked-after'] === true || f['care-leaver'] === 'eligible';
  const youthJustice = f['youth-justice'] !== undefined && f['youth-justice'] !== 'no';
  if (lookedAfter || f['child-protection'] || f['adoption-plan'] || f['child-in-need'] === 'assessment') need(rec.lead === 'social-worker', 'statutory status not led by the social worker');
  if (lookedAfter) need(rec.mustNot.includes('foster-carer') && rec.mustNot.includes('residential-key-worker'), 'looked after without the carer bars');
  if ((lookedAfter || f['child-protection']) && youthJustice) need(rec.mustNot.includes('yot-case-manager'), 'YOT not barred for looked after or child protection');
  if (guidance === 'salford' && f['child-in-need'] === 'open' && youthJustice) need(rec.lead === 'social-worker' && rec.mustNot.includes('yot-case-manager'), 'Salford CIN plan with YJS not led by the social worker');
  if (guidance === 'salford' && f['young-persons-plan'] === true) need(rec.lead === 'social-worker', 'YPP not led by the social worker');
  if (rec.lead === 'agreed-locally') need(!rec.mustNot.includes('yot-case-manager'), 'YOT barred but lead agreed locally');
  if (rec.strength === 'statutory') need(rec.lead === 'social-worker', `statutory strength for ${rec.lead}`);
  return p;
}

describe.each(['england', 'salford', 'scotland'] as const)('recommendLead is total under %s guidance', (guidance) => {
  it('returns a sourced answer for every combination in the grid', () => {
    let count = 0;
    const failures: string[] = [];
    for (const facts of GRIDS[guidance]()) {
      let problems: string[];
      try {
        const rec = recommendLead(facts, guidance);
        problems = [...sourcingProblems(rec, guidance), ...barProblems(rec, guidance, facts)];
      } catch (error) {
        problems = [`threw ${String(error)}`];
      }
      if (problems.length && failures.length < 20) failures.push(`${JSON.stringify(facts)}: ${problems.join('; ')}`);
      count++;
    }
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(5000);
  }, 120_000);

  it('ignores every answer the guidance does not read', () => {
    const unread = ALL_KEYS.filter((k) => !FACTS_READ[guidance].includes(k));
    const next = random(42);
    for (const facts of sampled(1500, 7)) {
      const base = recommendLead(facts, guidance);
      let noisy = facts;
      for (const key of unread) {
        const values = DOMAIN[key];
        noisy = withValue(noisy, key, values[Math.floor(next() * values.length)]);
      }
      expect(recommendLead(noisy, guidance), `${guidance} ${JSON.stringify(noisy)}`).toEqual(base);
    }
  }, 60_000);

  it('is deterministic', () => {
    for (const facts of sampled(200, 99)) expect(recommendLead(facts, guidance)).toEqual(recommendLead(facts, guidance));
  });
});
