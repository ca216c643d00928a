/**
 * recommendLead is total: over every combination of statuses, and seeded samples of the other answers, for each
 * guidance it never throws and always returns a sourced answer with known ids; the firm bars hold wherever their statuses occur, and only there; inferences are
 * badged as ours and decide the page warning only when they decide the answer.
 */
import { describe, expect, it } from 'vitest';
import { FACTS_READ, type Facts, type Guidance } from '../../../src/tools/who-should-lead/contract.ts';
import {
  CHECK_IDS,
  DUTY_IDS,
  INFERENCE_STRENGTH,
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
import { ALL_KEYS, DOMAIN, cartesian, random, recommend as recommendLead, register, sampled, sampledGrid, withValue } from './support.ts';

const RULE_IDS = Object.keys(register.rules);

const GRIDS: Record<Guidance, () => Iterable<Facts>> = {
  england: function* () {
    yield* cartesian(['child-protection', 'looked-after', 'care-leaver', 'child-in-need', 'youth-justice', 'mental-health', 'disability', 'sen']);
    // Every combination of the statuses; the looked-after child's other answers (345,600 combinations) as a sample.
    yield* sampledGrid(['additional-needs', 'practitioners', 'sen', 'year-group', 'needs-beyond-school', 'post-16', 'assessment', 'placement', 'stepped-down-from'], 20_000, 2006, { 'looked-after': true });
    yield* sampled(6000, 2007);
  },
  salford: function* () {
    yield* cartesian(['child-protection', 'looked-after', 'care-leaver', 'child-in-need', 'youth-justice', 'mental-health', 'disability', 'young-persons-plan']);
    // Every combination of the statuses; the other answers (933,120 combinations) as a sample.
    yield* sampledGrid(['additional-needs', 'practitioners', 'sen', 'year-group', 'needs-beyond-school', 'assessment', 'cross-border', 'age', 'stepped-down-from', 'several-health-professionals'], 30_000, 2019);
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
    // An inference is badged as ours, never with a strength; every other rule carries its source's strength.
    need(r.inference ? r.strength === undefined : STRENGTHS.includes(r.strength!), `rule ${r.id}: strength ${r.strength} with inference ${Boolean(r.inference)}`);
    need(r.cites.length > 0, `rule ${r.id} has no citation`);
    for (const c of r.cites) need(SOURCES.has(c.source) && c.at.trim() !== '', `rule ${r.id}: bad citation ${c.source} ${c.at}`);
    for (const d of r.inference?.derivedFrom ?? []) {
      need(RULE_IDS.includes(d as never), `rule ${r.id} derived from unknown ${d}`);
      // What it was worked out from is stated by this guidance (never another guidance's rule).
      need((register.rules[d]?.cites[guidance]?.length ?? 0) > 0, `rule ${r.id} derived from ${d}, which ${guidance} does not state`);
    }
  }
  // The page warning follows the deciding rule only; such an answer rests on local agreement.
  need(rec.inference === (rec.rules[0]!.inference !== undefined), 'inference flag does not follow the deciding rule');
  if (rec.inference) need(rec.strength === INFERENCE_STRENGTH, `inference-decided answer carries ${rec.strength}`);
  for (const m of rec.mustNot) need(MUST_NOT_IDS.includes(m), `unknown must-not ${m}`);
  need(JSON.stringify(rec.barred.map((b) => b.id)) === JSON.stringify(rec.mustNot), 'barred and mustNot differ');
  for (const b of rec.barred) need(b.cites.length > 0 && RULE_IDS.includes(b.rule as never), `bar ${b.id} has no citation or rule`);
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

/** The firm rules the sources state, wherever their statuses occur, and the bars only where the case brings them in. */
function barProblems(rec: Recommendation, guidance: Guidance, f: Facts): string[] {
  const p: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) p.push(what);
  };
  const barred = (m: string) => rec.mustNot.includes(m as never);
  if (guidance === 'scotland') {
    if (f['looked-after'] || f['compulsory-measures'] || f.asbo || f['child-protection']) {
      need(rec.lead === 'specialist-agency-worker' || (rec.lead === 'agreed-locally' && f.asbo === true), 'statutory Scottish case not led by a specialist agency');
    }
    if (rec.lead === 'third-sector-practitioner') need(f['third-sector-sla'] === 'yes', 'third sector without an agreement');
    need(barred('third-sector-practitioner') === (f['third-sector-sla'] === 'no-agreement' && rec.lead !== 'none-needed'), 'third-sector bar where no agreement was said, or missing');
    return p;
  }
  const lookedAfter = f['looked-after'] === true || f['care-leaver'] === 'eligible';
  const youthJustice = f['youth-justice'] !== undefined && f['youth-justice'] !== 'no';
  const ypp = guidance === 'salford' && f['young-persons-plan'] === true && (typeof f.age !== 'number' || (f.age >= 15 && f.age <= 17));
  const cinPlan = guidance === 'salford' && (f['child-in-need'] === 'open' || f['mental-health'] === 'cpa-and-social-care');
  if (lookedAfter || f['child-protection'] || f['adoption-plan'] || f['child-in-need'] === 'assessment' || ypp) need(rec.lead === 'social-worker', 'statutory status not led by the social worker');
  // The carers are named as not the lead only where the child lives with them (issue 8, section 4).
  need(barred('foster-carer') === (lookedAfter && f.placement === 'foster'), 'foster carer bar does not follow the placement');
  need(barred('residential-key-worker') === (lookedAfter && f.placement === 'residential'), 'residential key worker bar does not follow the placement');
  // The youth justice officer is barred exactly where a statutory status (or a Salford plan) meets youth justice.
  need(barred('yot-case-manager') === (youthJustice && (lookedAfter || f['child-protection'] === true || ypp || cinPlan)), 'YOT bar does not follow the statuses');
  need(barred('connexions-personal-adviser') === (guidance === 'england' && f['post-16'] === 'e2e' && (lookedAfter || f['child-protection'] === true) && rec.lead === 'social-worker'), 'E2E bar does not follow the statuses');
  need(barred('key-professional') === ypp && barred('ypp-coordinator') === ypp, 'Young Person’s Plan bars do not follow the plan');
  if (rec.lead === 'agreed-locally') need(!barred('yot-case-manager'), 'YOT barred but lead agreed locally');
  if (rec.strength === 'statutory') need(rec.lead === 'social-worker', `statutory strength for ${rec.lead}`);
  return p;
}

describe.each(['england', 'salford', 'scotland'] as const)('recommendLead is total under %s guidance', (guidance) => {
  it('returns a sourced answer for every combination of statuses, and for samples of the other answers', () => {
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
  }, 180_000);

  it('ignores every answer the guidance does not read', () => {
    const unread = ALL_KEYS.filter((k) => !FACTS_READ[guidance].includes(k));
    const next = random(42);
    for (const facts of sampled(1500, 7)) {
      const base = recommendLead(facts, guidance);
      let noisy = facts;
      for (const key of unread) {
        const options = DOMAIN[key];
        noisy = withValue(noisy, key, options[Math.floor(next() * options.length)]);
      }
      expect(recommendLead(noisy, guidance), `${guidance} ${JSON.stringify(noisy)}`).toEqual(base);
    }
  }, 60_000);

  it('is deterministic', () => {
    for (const facts of sampled(200, 99)) expect(recommendLead(facts, guidance)).toEqual(recommendLead(facts, guidance));
  });
});
