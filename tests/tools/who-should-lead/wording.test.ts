/**
 * The outcome wording (wording/outcomes.yaml) and the register's sentences cover every id rules.ts can return
 * (and the who-leads table), parse with their schemas, and hold no words for ids that no longer exist.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { outcomeCopySchema, type CopyKind, type OutcomeCopyEntry } from '../../../src/tools/who-should-lead/wording/outcome-schema.ts';
import { LEAD_IDS, MUST_NOT_IDS, OUTCOME_IDS, ROLE_IDS, STATUS_ROWS } from '../../../src/tools/who-should-lead/rules.ts';
import { TABLE_TEXT } from '../../../src/tools/who-should-lead/table.ts';
import { CONTRACT, type Facts, type Guidance } from '../../../src/tools/who-should-lead/contract.ts';
import { textFor, textsOf } from '../../../src/tools/engine/register.ts';
import { NEXT_STEP_IDS } from '../../../src/tools/who-should-lead/rules.ts';
import { recommend as recommendLead, register } from './support.ts';

const FILE = 'src/tools/who-should-lead/wording/outcomes.yaml';
const raw = parse(readFileSync(resolve(FILE), 'utf8')) as unknown[];
const copyId = (kind: string, key: string) => `${kind}:${key}`;
const { values: SEN } = CONTRACT.sen;
const { values: DISABILITY } = CONTRACT.disability;
const { values: CHILD_IN_NEED } = CONTRACT['child-in-need'];
const { values: POST_16 } = CONTRACT['post-16'];

const REQUIRED: Record<Exclude<CopyKind, 'family'>, readonly string[]> = {
  lead: LEAD_IDS,
  'must-not': MUST_NOT_IDS,
  role: ROLE_IDS,
  outcome: OUTCOME_IDS,
  status: STATUS_ROWS,
  text: TABLE_TEXT,
};

function parsed(): (OutcomeCopyEntry & { key: string })[] {
  return raw.map((entry, i) => {
    const result = outcomeCopySchema.safeParse(entry);
    if (!result.success) {
      throw new Error(`${FILE} entry ${i + 1} (${JSON.stringify((entry as { id?: unknown }).id)}): ${result.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    }
    return { ...result.data, key: result.data.id.slice(result.data.kind.length + 1) };
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
    const have = new Set(parsed().filter((e) => e.kind === kind).map((e) => e.key));
    const missing = keys.filter((k) => !have.has(k));
    expect(missing, `missing in ${FILE}: ${missing.map((k) => copyId(kind, k)).join(', ')}`).toEqual([]);
  });

  it('holds no words for ids that rules.ts does not use', () => {
    const stale = parsed().filter((e) => e.kind !== 'family' && !REQUIRED[e.kind].includes(e.key));
    expect(stale.map((e) => e.id)).toEqual([]);
    // Family paragraphs are shown for outcomes, leads and next steps that exist.
    for (const e of parsed()) {
      if (e.kind !== 'family') continue;
      for (const o of e.outcomes ?? []) expect(OUTCOME_IDS, e.id).toContain(o);
      for (const l of e.leads ?? []) expect(LEAD_IDS as readonly string[], e.id).toContain(l);
      for (const n of e.steps ?? []) expect(NEXT_STEP_IDS as readonly string[], e.id).toContain(n);
    }
  });

  it('says plainly, in the register, that each inference is ours, in every wording', () => {
    const inferred = Object.values(register.rules).filter((r) => r.inference);
    expect(inferred.length).toBeGreaterThan(15);
    for (const r of inferred) for (const [g, text] of textsOf(r)) expect(text, `${r.id} (${g})`).toMatch(/\bwe (infer|put|read|do not pick)\b/i);
  });

  it('rejects an entry whose id does not match its kind, or a name ending in a full stop', () => {
    expect(outcomeCopySchema.safeParse({ id: 'role:social-worker', kind: 'lead', name: 'The social worker', about: 'The social worker named for the child.' }).success).toBe(false);
    expect(outcomeCopySchema.safeParse({ id: 'lead:social-worker', kind: 'lead', name: 'The social worker.', about: 'The social worker named for the child.' }).success).toBe(false);
    expect(outcomeCopySchema.safeParse({ id: 'lead:social-worker', kind: 'lead', name: 'The social worker', about: 'The social worker named for the child.', extra: 1 }).success).toBe(false);
  });

  it('covers every id returned across a sample of answers', () => {
    const entries = parsed();
    const has = (kind: CopyKind, key: string) => entries.some((e) => e.kind === kind && e.key === key);
    const said = (section: string, id: string) => Boolean(register.sections[section]?.[id]?.text);
    const samples: [Facts, Guidance][] = [
      [{}, 'england'],
      [{ 'looked-after': true, placement: 'foster', 'youth-justice': 'community' }, 'england'],
      [{ 'young-persons-plan': true, age: 16 }, 'salford'],
      [{ sen: 'ehcp', 'year-group': 9, 'mental-health': 'cpa' }, 'salford'],
      [{ 'additional-needs': true, 'cross-border': true }, 'salford'],
      [{ agencies: 3, 'third-sector-sla': 'yes' }, 'scotland'],
      [{ agencies: 3, 'third-sector-sla': 'no-agreement', asbo: true, 'co-ordinated-support-plan': true }, 'scotland'],
      [{ 'stepped-down-from': 'looked-after', 'mental-health': 'cpa-and-social-care' }, 'salford'],
      [{ 'care-leaver': 'eligible', placement: 'foster', 'several-health-professionals': true, 'post-16': 'e2e' }, 'salford'],
      [{ agencies: 1, 'looked-after': true }, 'scotland'],
      [{ 'youth-justice': 'prevention' }, 'england'],
      [{ 'youth-justice': 'custody', 'child-in-need': 'open' }, 'salford'],
      [{ practitioners: 1, sen: 'support' }, 'salford'],
    ];
    for (const [facts, g] of samples) {
      const rec = recommendLead(facts, g);
      expect(has('outcome', rec.outcome)).toBe(true);
      expect(has('lead', rec.lead)).toBe(true);
      for (const m of rec.mustNot) expect(has('must-not', m) && said('mustNot', m)).toBe(true);
      for (const r of rec.rules) expect(textFor(register.rules[r.id]!, g), r.id).toBeTruthy();
      for (const a of rec.alsoInvolved) expect(has('role', a.role) && said('roles', a.role)).toBe(true);
      for (const d of rec.duties) expect(said('duties', d.id)).toBe(true);
      for (const c of rec.checks) expect(said('checks', c.id)).toBe(true);
      for (const n of rec.nextSteps) expect(said('nextSteps', n.id)).toBe(true);
      for (const o of rec.otherGuidance) expect(has('lead', o.lead) && has('outcome', o.outcome)).toBe(true);
    }
  });

  it('never describes anyone as working with a lead professional where none is needed', () => {
    // Every recommendation with no lead professional, over the statuses that can sit beside "only one
    // practitioner" or "no additional needs": its people and next steps must not take a lead professional
    // for granted ("the lead professional"; "a lead professional", a possible later one, is fine).
    const entries = parsed();
    const section = (kind: string) => (kind === 'next-step' ? 'nextSteps' : 'roles');
    const words = (kind: string, key: string) => {
      const record = register.sections[section(kind)]?.[key];
      return record ? textsOf(record).map(([, text]) => text).join(' ') : '';
    };
    expect(entries.length).toBeGreaterThan(0);
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
      const text = words(kind!, id!);
      expect(text, `${key} has no words`).not.toBe('');
      expect(text, `${key} takes a lead professional for granted`).not.toMatch(/\bthe lead professional\b/i);
    }
  });
});
