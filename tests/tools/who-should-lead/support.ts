/** The tool as the build loads it (register, relevance table, flow, machine), and a grid of facts, shared by this folder's tests. */
import { loadTool } from '../../../src/tools/engine/server.ts';
import { recommendLead } from '../../../src/tools/who-should-lead/rules.ts';
import { CONTRACT, type Facts, type FactKey, type Guidance } from '../../../src/tools/who-should-lead/contract.ts';
import { loadOutcomeWording } from '../../../src/tools/who-should-lead/wording/outcome-schema.ts';

export const tool = loadTool('who-should-lead');
export const { register, flow, machine, relevance } = tool;
export const words = loadOutcomeWording('src/tools/who-should-lead/wording/outcomes.yaml');
/** recommendLead under the tool's register. */
export const recommend = (facts: Facts, guidance: Guidance) => recommendLead(facts, guidance, register);

const values = (k: FactKey) => (CONTRACT[k] as { values: readonly string[] }).values;

/** Every value a fact can take, including "not answered". */
export const DOMAIN: Record<FactKey, readonly unknown[]> = {
  guidance: [undefined],
  age: [undefined, 8, 15, 16, 17, 18],
  practitioners: [undefined, 0, 1, 2, 5],
  'additional-needs': [undefined, true, false],
  'child-protection': [undefined, true, false],
  'looked-after': [undefined, true, false],
  placement: [undefined, ...values('placement')],
  'care-leaver': [undefined, ...values('care-leaver')],
  'adoption-plan': [undefined, true, false],
  'child-in-need': [undefined, ...values('child-in-need')],
  'stepped-down-from': [undefined, ...values('stepped-down-from')],
  'young-persons-plan': [undefined, true, false],
  'youth-justice': [undefined, ...values('youth-justice')],
  'mental-health': [undefined, ...values('mental-health')],
  disability: [undefined, ...values('disability')],
  'several-health-professionals': [undefined, true, false],
  sen: [undefined, ...values('sen')],
  'year-group': [undefined, 0, 8, 9, 11, 12],
  'needs-beyond-school': [undefined, true, false],
  'post-16': [undefined, ...values('post-16')],
  'cross-border': [undefined, true, false],
  assessment: [undefined, ...values('assessment')],
  agencies: [undefined, 0, 1, 2, 4],
  'compulsory-measures': [undefined, true, false],
  'co-ordinated-support-plan': [undefined, true, false],
  asbo: [undefined, true, false],
  'complex-health': [undefined, true, false],
  'third-sector-sla': [undefined, ...values('third-sector-sla')],
};
export const ALL_KEYS = Object.keys(DOMAIN) as FactKey[];

/** A small deterministic pseudo-random generator (mulberry32), so failures reproduce. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function withValue(facts: Facts, key: FactKey, value: unknown): Facts {
  const next: Record<string, unknown> = { ...facts };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as Facts;
}

/** Every combination of `keys` (the rest unanswered). */
export function* cartesian(keys: readonly FactKey[], base: Facts = {}): Generator<Facts> {
  if (keys.length === 0) {
    yield base;
    return;
  }
  const [first, ...rest] = keys;
  for (const v of DOMAIN[first!]) yield* cartesian(rest, withValue(base, first!, v));
}

/** `count` combinations of `keys` drawn at random from their whole grid (the rest unanswered): a sample of `cartesian`. */
export function* sampledGrid(keys: readonly FactKey[], count: number, seed: number, base: Facts = {}): Generator<Facts> {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    let facts = base;
    for (const key of keys) facts = withValue(facts, key, DOMAIN[key][Math.floor(next() * DOMAIN[key].length)]);
    yield facts;
  }
}

/** `count` random combinations over every fact (each fact unanswered about a third of the time). */
export function* sampled(count: number, seed: number): Generator<Facts> {
  const next = random(seed);
  for (let i = 0; i < count; i++) {
    let facts: Facts = {};
    for (const key of ALL_KEYS) {
      if (next() < 0.35) continue;
      const options = DOMAIN[key];
      facts = withValue(facts, key, options[Math.floor(next() * options.length)]);
    }
    yield facts;
  }
}

/** Combinations of up to three statuses (every kind of each) for a guidance, the others unanswered. */
export function* statusCombinations(guidance: Guidance): Generator<Facts> {
  const keys: FactKey[] =
    guidance === 'scotland'
      ? ['looked-after', 'compulsory-measures', 'child-protection', 'co-ordinated-support-plan', 'asbo', 'complex-health', 'third-sector-sla']
      : ['child-protection', 'looked-after', 'care-leaver', 'child-in-need', 'stepped-down-from', 'youth-justice', 'mental-health', 'disability', 'sen', 'post-16', 'assessment', 'several-health-professionals', 'young-persons-plan', 'cross-border'];
  const base: Facts = guidance === 'scotland' ? { agencies: 3 } : { practitioners: 3, age: 16, 'year-group': 9 };
  const kinds = (k: FactKey) => DOMAIN[k].filter((v) => v !== undefined && v !== false && v !== 'no');
  function* walk(start: number, depth: number, facts: Facts): Generator<Facts> {
    yield facts;
    if (depth === 3) return;
    for (let i = start; i < keys.length; i++) for (const v of kinds(keys[i]!)) yield* walk(i + 1, depth + 1, withValue(facts, keys[i]!, v));
  }
  yield* walk(0, 0, base);
}
