/**
 * outcomes.yaml has words, of the right kind, for every id rules.ts can return (and for the who-leads
 * table), parses with its schema, and holds no words for ids that no longer exist.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  copyId,
  outcomeCopySchema,
  type CopyKind,
  type OutcomeCopyEntry,
} from '../../src/content/tools/who-should-lead/outcome-schema.ts';
import {
  CHECK_IDS,
  DUTY_IDS,
  LEAD_IDS,
  MUST_NOT_IDS,
  NEXT_STEP_IDS,
  OUTCOME_IDS,
  ROLE_IDS,
  RULE_IDS,
  STATUS_ROWS,
  recommendLead,
} from '../../src/machines/who-should-lead/rules.ts';
import { TABLE_TEXT } from '../../src/machines/who-should-lead/table.ts';
import { CHILD_IN_NEED, DISABILITY, POST_16, SEN, type Facts, type Guidance } from '../../src/machines/who-should-lead/facts.ts';

const FILE = 'src/content/tools/who-should-lead/outcomes.yaml';
const raw = parse(readFileSync(resolve(FILE), 'utf8')) as unknown[];

const REQUIRED: Record<CopyKind, readonly string[]> = {
  lead: LEAD_IDS,
  'must-not': MUST_NOT_IDS,
  role: ROLE_IDS,
  rule: RULE_IDS,
  duty: DUTY_IDS,
  check: CHECK_IDS,
  'next-step': NEXT_STEP_IDS,
  outcome: OUTCOME_IDS,
  status: STATUS_ROWS,
  text: TABLE_TEXT,
};

function parsed(): OutcomeCopyEntry[] {
  return raw.map((entry, i) => {
    const result = outcomeCopySchema.safeParse(entry);
    if (!result.success) {
      throw new Error(`${FILE} entry ${i + 1} (${JSON.stringify((entry as { id?: unknown }).id)}): ${result.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    }
    return result.data;
  });
}

describe('outcomes.yaml', () => {
  it('is a list whose entries all parse with the schema', () => {
    expect(Array.isArray(raw)).toBe(true);
    expect(() => parsed()).not.toThrow();
  });

  it('has unique ids of the form <kind>:<key>', () => {
    const ids = raw.map((e) => (e as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of raw as { id: string; kind: string }[]) expect(e.id.startsWith(`${e.kind}:`), e.id).toBe(true);
  });

  it.each(Object.entries(REQUIRED))('has words for every %s id rules.ts can return', (kind, keys) => {
    const have = new Set(parsed().filter((e) => e.kind === kind).map((e) => e.id));
    const missing = keys.filter((k) => !have.has(k));
    expect(missing, `missing in ${FILE}: ${missing.map((k) => copyId(kind as CopyKind, k)).join(', ')}`).toEqual([]);
  });

  it('holds no words for ids that rules.ts does not use', () => {
    const stale = parsed().filter((e) => !REQUIRED[e.kind].includes(e.id));
    expect(stale.map((e) => copyId(e.kind, e.id))).toEqual([]);
  });

  it('parses to the bare key as id beside its kind', () => {
    const lead = parsed().find((e) => e.kind === 'lead' && e.id === 'social-worker');
    expect(lead).toMatchObject({ kind: 'lead', id: 'social-worker' });
  });

  it('says plainly that each inference is ours', () => {
    const inferred = parsed().filter((e) => e.kind === 'rule' && /^(PS-|ORDER-|INF-|YPP-05)/.test(e.id));
    expect(inferred.length).toBeGreaterThan(10);
    for (const e of inferred) expect((e as { text: string }).text, e.id).toMatch(/\bwe (infer|follow)\b/i);
  });

  it('rejects an entry whose id does not match its kind, or a name ending in a full stop', () => {
    expect(outcomeCopySchema.safeParse({ id: 'role:social-worker', kind: 'lead', name: 'The social worker', about: 'The social worker named for the child.' }).success).toBe(false);
    expect(outcomeCopySchema.safeParse({ id: 'lead:social-worker', kind: 'lead', name: 'The social worker.', about: 'The social worker named for the child.' }).success).toBe(false);
    expect(outcomeCopySchema.safeParse({ id: 'lead:social-worker', kind: 'lead', name: 'The social worker', about: 'The social worker named for the child.', extra: 1 }).success).toBe(false);
  });

  it('covers every id returned across a sample of answers', () => {
    const entries = parsed();
    const has = (kind: CopyKind, key: string) => entries.some((e) => e.kind === kind && e.id === key);
    const samples: [Facts, Guidance][] = [
      [{}, 'england'],
      [{ 'looked-after': true, placement: 'foster', 'youth-justice': 'community' }, 'england'],
      [{ 'young-persons-plan': true, age: 16 }, 'salford'],
      [{ sen: 'ehcp', 'year-group': 9, 'mental-health': 'cpa' }, 'salford'],
      [{ 'additional-needs': true, 'cross-border': true }, 'salford'],
      [{ agencies: 3, 'third-sector-sla': true }, 'scotland'],
      [{ agencies: 1, 'looked-after': true }, 'scotland'],
      [{ 'youth-justice': 'prevention' }, 'england'],
      [{ 'youth-justice': 'custody', 'child-in-need': 'open' }, 'salford'],
      [{ practitioners: 1, sen: 'support' }, 'salford'],
    ];
    for (const [facts, g] of samples) {
      const rec = recommendLead(facts, g);
      expect(has('outcome', rec.outcome)).toBe(true);
      expect(has('lead', rec.lead)).toBe(true);
      for (const m of rec.mustNot) expect(has('must-not', m)).toBe(true);
      for (const r of rec.rules) expect(has('rule', r.id)).toBe(true);
      for (const a of rec.alsoInvolved) expect(has('role', a.role)).toBe(true);
      for (const d of rec.duties) expect(has('duty', d.id)).toBe(true);
      for (const c of rec.checks) expect(has('check', c.id)).toBe(true);
      for (const n of rec.nextSteps) expect(has('next-step', n.id)).toBe(true);
      for (const o of rec.otherGuidance) expect(has('lead', o.lead) && has('outcome', o.outcome)).toBe(true);
    }
  });

  it('never describes anyone as working with a lead professional where none is needed', () => {
    // Every recommendation with no lead professional, over the statuses that can sit beside "only one
    // practitioner" or "no additional needs": its people and next steps must not take a lead professional
    // for granted ("the lead professional"; "a lead professional", a possible later one, is fine).
    const entries = parsed();
    const words = (kind: CopyKind, key: string) => {
      const e = entries.find((x) => x.kind === kind && x.id === key) as { text?: string } | undefined;
      return e?.text ?? '';
    };
    let noLead = 0;
    const seen = new Set<string>();
    for (const g of ['england', 'salford', 'scotland'] as const) {
      for (const practitioners of [undefined, 1, 3]) {
        for (const sen of SEN) {
          for (const disability of DISABILITY) {
            for (const cin of CHILD_IN_NEED) {
              for (const post16 of POST_16) {
                for (const yearGroup of [5, 9]) {
                  const facts: Facts = { practitioners, sen, disability, 'child-in-need': cin, 'post-16': post16, 'year-group': yearGroup, agencies: practitioners };
                  const rec = recommendLead(facts, g);
                  if (rec.lead !== 'none-needed') continue;
                  noLead++;
                  for (const a of rec.alsoInvolved) seen.add(`role:${a.role}`);
                  for (const n of rec.nextSteps) seen.add(`next-step:${n.id}`);
                }
              }
            }
          }
        }
      }
    }
    expect(noLead).toBeGreaterThan(0);
    // The sweep does reach roles beside "no lead professional" (an only SENCO, for one).
    expect([...seen].some((k) => k.startsWith('role:'))).toBe(true);
    for (const key of seen) {
      const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      const text = words(kind as CopyKind, id);
      expect(text, `${key} has no words`).not.toBe('');
      expect(text, `${key} takes a lead professional for granted`).not.toMatch(/\bthe lead professional\b/i);
    }
  });
});
