/**
 * The rules of "Choosing between candidates": each guidance's criteria as its source lists them, what it says about
 * each from its own document, how firm each is; that a candidate's statutory responsibility makes the choice not free
 * and links to "Who should be the lead professional?" with the answers filled in; that a young person brings up the
 * national guide's para 2.15 under every guidance; and, whatever the answers, that the record scores, totals and
 * ranks nothing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GUIDANCE, ROLES, STATUSES, type Criterion, type Facts, type Guidance, type Role, type Status } from '../../../src/tools/choose-lead-professional/contract.ts';
import { CRITERIA_OF, STATUSES_OF, rolesFor } from '../../../src/tools/choose-lead-professional/lists.ts';
import { GUIDANCE_SOURCE } from '../../../src/tools/guidance.ts';
import { flow as whoShouldLead, register as whoShouldLeadRegister } from '../who-should-lead/support.ts';
import { recordFor, register } from './support.ts';

const base = (guidance: Guidance, candidates: Role[] = ['health-visitor', 'teacher']): Facts => ({ guidance, candidates, 'statutory-responsibility': [], 'young-person': false });

describe("each guidance's criteria", () => {
  // The sources' own lists: the national guide's nine issues and Poole's time and manager; Salford's eight questions
  // (its third split in two, main and statutory responsibility); the Scottish summary's four and its opening words;
  // the SAFeh role description's two, and statutory responsibility (ours).
  const LISTS: Record<Guidance, string> = {
    england: 'main-needs trust wishes primary-responsibility statutory-responsibility relationship skills draw-in-services support-systems time-and-manager',
    salford: 'main-needs wishes primary-responsibility statutory-responsibility relationship advocacy skills draw-in-services support-systems',
    scotland: 'main-needs wishes relationship statutory-responsibility skills',
    safeh: 'most-involved relationship statutory-responsibility',
  };
  it.each(GUIDANCE)('%s: the rows follow the source, each saying what that guidance says, from its own document', (g) => {
    const rec = recordFor(base(g));
    expect(rec.rows.map((r) => r.criterion).join(' ')).toBe(LISTS[g]);
    for (const row of rec.rows) {
      const said = register.sections.criteria?.[row.says];
      expect(said, row.says).toBeDefined();
      const cites = said!.cites[g] ?? [];
      expect(cites.length, row.says).toBeGreaterThan(0);
      // Only our SAFeh statutory row leans on the national guide.
      const expected = g === 'safeh' && row.criterion === 'statutory-responsibility' ? 'cwdc-2007' : GUIDANCE_SOURCE[g];
      for (const c of cites) expect(c.source, row.says).toBe(expected);
    }
  });

  it('shows each row as firmly as its source: good practice, except Poole (local agreement) and our SAFeh question (our inference)', () => {
    const strengths = (g: Guidance) => Object.fromEntries(recordFor(base(g)).rows.map((r) => [r.criterion, r.rule.strength ?? (r.rule.inference ? 'ours' : 'none')]));
    for (const g of GUIDANCE) {
      for (const [criterion, strength] of Object.entries(strengths(g))) {
        const expected = g === 'england' && criterion === 'time-and-manager' ? 'local-agreement' : g === 'safeh' && criterion === 'statutory-responsibility' ? 'ours' : 'good-practice';
        expect(strength, `${g} ${criterion}`).toBe(expected);
      }
    }
    expect(recordFor(base('safeh')).rows.find((r) => r.criterion === 'statutory-responsibility')!.rule.inference).toBe(true);
  });

  it('frames the list with the guidance\'s own words: could include, include, will be influenced by, likely to be', () => {
    expect(Object.fromEntries(GUIDANCE.map((g) => [g, recordFor(base(g)).framing.id]))).toEqual({ england: 'CR-02', salford: 'CR-04', safeh: 'CR-07', scotland: 'CR-05' });
  });

  it('offers the Named Person only under Scotland', () => {
    expect(rolesFor('scotland')).toContain('named-person');
    for (const g of ['england', 'salford', 'safeh'] as const) expect(rolesFor(g)).not.toContain('named-person');
  });
});

describe('statutory responsibility: not a free choice', () => {
  const RULES: Record<Guidance, Partial<Record<Status, string>>> = {
    england: { 'child-protection': 'CP-01', 'looked-after': 'L-01', 'child-in-need-assessment': 'CIN-01', 'adoption-plan': 'AD-01' },
    salford: { 'child-protection': 'CP-02', 'young-persons-plan': 'YPP-02', 'looked-after': 'L-01', 'child-in-need-assessment': 'CIN-01', 'child-in-need-open': 'CIN-06', 'adoption-plan': 'AD-01' },
    safeh: { 'child-protection': 'INF-SAFEH-STATUTORY', 'looked-after': 'INF-SAFEH-STATUTORY', 'child-in-need-assessment': 'INF-SAFEH-STATUTORY', 'adoption-plan': 'INF-SAFEH-STATUTORY' },
    scotland: { 'looked-after': 'SC-05', 'compulsory-measures': 'SC-04a', 'co-ordinated-support-plan': 'SC-05', asbo: 'SC-05', 'child-protection': 'SC-06' },
  };
  const cases = GUIDANCE.flatMap((g) => STATUSES_OF[g].map((s) => [g, s] as const));

  it('offers exactly the statuses each guidance names', () => {
    for (const g of GUIDANCE) expect([...STATUSES_OF[g]].sort()).toEqual(Object.keys(RULES[g]).sort());
  });

  it.each(cases)('%s, %s: says so with the rule, and links to "Who should be the lead professional?" with the answers filled in', (g, status) => {
    const rec = recordFor({ ...base(g, ['social-worker', 'teacher']), 'statutory-responsibility': ['social-worker'], 'statutory-status': [status] });
    expect(rec.statutory).not.toBeNull();
    expect(rec.statutory!.holders).toEqual(['social-worker']);
    expect(rec.statutory!.statuses.map((s) => s.rule.id)).toEqual([RULES[g][status]]);
    expect(rec.statutory!.statuses[0]!.rule.cites.length).toBeGreaterThan(0);
    const link = whoShouldLead.readLink(rec.statutory!.whoShouldLead);
    expect(link.ignored, rec.statutory!.whoShouldLead).toEqual([]);
    expect(link.facts.guidance).toBe(g === 'safeh' ? 'england' : g);
    expect(rec.statutory!.otherGuidance).toBe(g === 'safeh');
    // The status is answered in the other tool's own terms.
    const asked = new URLSearchParams(rec.statutory!.whoShouldLead);
    expect([...asked.keys()].length).toBe(2);
    const [param, value] = [...asked.entries()][1]!;
    expect(link.facts[param], `${param}=${value}`).toBe(value === 'yes' ? true : value);
  });

  it('says so, with the general rule, when a candidate has statutory responsibility but no status was given', () => {
    for (const g of GUIDANCE) {
      const rec = recordFor({ ...base(g), 'statutory-responsibility': ['teacher'] });
      expect(rec.statutory?.statuses).toEqual([]);
      expect(rec.statutory?.general.cites.length).toBeGreaterThan(0);
      expect(rec.statutory?.whoShouldLead).toBe(`guidance=${g === 'safeh' ? 'england' : g}`);
    }
  });

  it('is a free choice when no candidate has statutory responsibility, whatever statuses were given', () => {
    expect(recordFor({ ...base('england'), 'statutory-status': ['looked-after'] }).statutory).toBeNull();
  });
});

describe('the points the sources make', () => {
  const points = (f: Facts) => recordFor(f).points;

  it("shows the national guide's para 2.15 on a young person's choice under every guidance, labelled where it is other guidance", () => {
    for (const g of GUIDANCE) {
      const yp = points({ ...base(g), 'young-person': true }).find((p) => p.id === 'young-person');
      const cr08 = yp?.rules.find((r) => r.id === 'CR-08');
      expect(cr08?.cites).toEqual([{ source: 'cwdc-2007', at: 'para 2.15' }]);
      expect(cr08?.guidance, g).toBe('england');
      expect(points(base(g)).some((p) => p.id === 'young-person'), `${g} without a young person`).toBe(false);
    }
    // Salford adds that its Young Person's Plan Key Professional is chosen by the young person, and is not the lead.
    expect(points({ ...base('salford'), 'young-person': true }).find((p) => p.id === 'young-person')!.rules.map((r) => r.id)).toEqual(['CR-08', 'YPP-04']);
  });

  it('shows the Scottish third-sector condition only when a voluntary sector candidate is named', () => {
    expect(points({ ...base('scotland', ['named-person', 'voluntary-sector-practitioner']) }).some((p) => p.id === 'third-sector')).toBe(true);
    expect(points(base('scotland', ['named-person', 'teacher'])).some((p) => p.id === 'third-sector')).toBe(false);
    expect(points(base('england', ['voluntary-sector-practitioner', 'teacher'])).some((p) => p.id === 'third-sector')).toBe(false);
  });

  it('shows every guidance that it gives no order of priority, and each point only with rules cited for the guidance', () => {
    for (const g of GUIDANCE) {
      const ps = points({ ...base(g, ['voluntary-sector-practitioner', 'teacher']), 'young-person': true });
      expect(ps[0]?.id).toBe('no-ranking');
      for (const p of ps) for (const r of p.rules) expect(r.cites.length, `${g} ${p.id} ${r.id}`).toBeGreaterThan(0);
    }
    expect(points(base('england')).find((p) => p.id === 'manager')!.rules.map((r) => r.strength)).toEqual(['local-agreement', 'local-agreement', 'good-practice', 'good-practice']);
  });

  it("leaves places for the team's decision and the family's agreement; the manager's only where Poole's point applies", () => {
    expect(recordFor(base('england')).fields).toEqual(['lead', 'why', 'family-views', 'family-agreement', 'manager-agreement', 'review', 'date']);
    expect(recordFor({ ...base('scotland'), 'young-person': true }).fields).toEqual(['lead', 'why', 'family-views', 'young-person-choice', 'family-agreement', 'review', 'date']);
  });
});

describe('no scores, no totals, no ranking', () => {
  /** Every number anywhere in a value (a record with none cannot carry a score or a total). */
  const numbers = (v: unknown): unknown[] =>
    typeof v === 'number' ? [v] : Array.isArray(v) ? v.flatMap(numbers) : v && typeof v === 'object' ? Object.values(v).flatMap(numbers) : [];
  const criteria = [...new Set(Object.values(CRITERIA_OF).flat())] as Criterion[];

  it('keeps the candidates in the order of the role list and every answer as given, whatever the answers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GUIDANCE),
        fc.uniqueArray(fc.constantFrom(...ROLES.filter((r) => r !== 'named-person')), { minLength: 2, maxLength: 4 }),
        fc.array(fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), { minLength: criteria.length, maxLength: criteria.length }),
        fc.boolean(),
        (g, named, ticks, youngPerson) => {
          const candidates = ROLES.filter((r) => (named as readonly Role[]).includes(r));
          const facts: Facts = { guidance: g, candidates, 'young-person': youngPerson };
          criteria.forEach((c, i) => ((facts as Record<string, unknown>)[c] = candidates.filter((_, j) => ticks[i]![j])));
          const rec = recordFor(facts);
          expect(rec.candidates).toEqual(candidates);
          for (const row of rec.rows) expect(row.yes).toEqual((facts[row.criterion] as Role[]).filter((c) => candidates.includes(c)));
          expect(numbers(rec)).toEqual([]);
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it('is the same record whichever order the link lists a criterion\'s candidates in', () => {
    expect(recordFor({ ...base('england'), wishes: ['teacher', 'health-visitor'] })).toEqual(recordFor({ ...base('england'), wishes: ['health-visitor', 'teacher'] }));
  });
});

describe('honest strength', () => {
  it('never badges an inference as statutory, and marks local agreements as such', () => {
    for (const r of Object.values(register.rules)) if (r.inference) expect(r.strength, r.id).toBeUndefined();
    for (const id of ['CR-06a', 'CR-06b', 'SC-09', 'SC-10', 'SC-11', 'SC-12']) expect(register.rules[id]?.strength, id).toBe('local-agreement');
    // The same rule has the same strength on both tools' rules pages.
    for (const id of Object.keys(register.rules).filter((x) => whoShouldLeadRegister.rules[x])) {
      expect(register.rules[id]?.strength, id).toBe(whoShouldLeadRegister.rules[id]?.strength);
    }
  });

  it('offers every status of the contract under some guidance', () => {
    expect([...new Set(Object.values(STATUSES_OF).flat())].sort()).toEqual([...STATUSES].sort());
  });
});
